import { accountLiveFamily } from './account-live';
import { mySignInsFamily } from './my-sign-ins';
import { ssprFamily } from './sspr';
import type { StepFamily } from './types';

/** The account-page families (reset, recovery, security info), tried in order; each knows its own hosts. */
export const accountPageFamilies: readonly StepFamily[] = [ssprFamily, accountLiveFamily, mySignInsFamily];

import { accessRulesErrors } from './codes/access-rules';
import { appErrors } from './codes/app';
import { organizationErrors } from './codes/organization';
import { passwordErrors } from './codes/password';
import { sessionErrors } from './codes/session';
import { verificationErrors } from './codes/verification';
import type { ErrorFacts } from './types';

export type { ErrorExplanation, ErrorFacts } from './types';
export { errorCodeSource } from './types';

/** Every code we explain offline, one family module each, sorted numerically by code. */
export const errorFacts: readonly ErrorFacts[] = [
  ...accessRulesErrors,
  ...appErrors,
  ...organizationErrors,
  ...passwordErrors,
  ...sessionErrors,
  ...verificationErrors,
].sort((a, b) => Number(a.code) - Number(b.code));

import { accessRulesErrors } from './codes/access-rules';
import { appErrors } from './codes/app';
import { organizationErrors } from './codes/organization';
import { passwordErrors } from './codes/password';
import { sessionErrors } from './codes/session';
import { verificationErrors } from './codes/verification';
import type { ErrorExplanation } from './types';

export type { ErrorExplanation } from './types';
export { errorCodeSource } from './types';

/** Every offline explanation, one family module each, sorted numerically by code. */
export const errorExplanations: readonly ErrorExplanation[] = [
  ...accessRulesErrors,
  ...appErrors,
  ...organizationErrors,
  ...passwordErrors,
  ...sessionErrors,
  ...verificationErrors,
].sort((a, b) => Number(a.code) - Number(b.code));

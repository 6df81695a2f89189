import { accountKindAdvice, generalAdvice, lockedAdvice, staySignedInAdvice } from './account';
import { afterResetAdvice, passwordResetAdvice } from './password';
import type { Advice, AdviceContext } from './types';
import { securitySetupAdvice, verificationAdvice } from './verification';
import type { Portal } from '@/utils/portals/types';
import type { StepId } from '@/utils/steps/types';

export type { Advice, AdviceContext, AdviceLink } from './types';
export { contactPhrase } from './types';

/** Which advice each step gets, most useful first: the whole table, as data. */
export const adviceByStep: Readonly<Record<StepId, readonly ((portal: Portal, context: AdviceContext) => Advice)[]>> = {
  account: [accountKindAdvice, generalAdvice],
  'account-picker': [accountKindAdvice],
  password: [passwordResetAdvice, accountKindAdvice, afterResetAdvice],
  verification: [verificationAdvice],
  'security-setup': [securitySetupAdvice],
  'stay-signed-in': [staySignedInAdvice],
  'password-change': [afterResetAdvice, passwordResetAdvice],
  locked: [lockedAdvice, passwordResetAdvice],
  error: [generalAdvice],
  unknown: [generalAdvice, passwordResetAdvice],
};

/** The advice for a step on a portal (its cloud and account kind decide the links), in the person's language. */
export function adviceFor(step: StepId, portal: Portal, context: AdviceContext): Advice[] {
  return adviceByStep[step].map((make) => make(portal, context));
}

import { accountKindAdvice, generalAdvice, lockedAdvice, staySignedInAdvice } from './account';
import { afterChangeAdvice, afterResetAdvice, passwordResetAdvice } from './password';
import {
  recoveryFormAdvice,
  resetAccountAdvice,
  resetNewPasswordAdvice,
  resetUnavailableAdvice,
  resetVerifyAdvice,
  securityInfoAdvice,
} from './recovery';
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
  'reset-account': [resetAccountAdvice, accountKindAdvice],
  'reset-verify': [resetVerifyAdvice],
  'reset-new-password': [resetNewPasswordAdvice],
  'reset-done': [afterChangeAdvice],
  'reset-unavailable': [resetUnavailableAdvice, accountKindAdvice],
  'recovery-form': [recoveryFormAdvice],
  'security-info': [securityInfoAdvice],
  error: [generalAdvice],
  unknown: [generalAdvice, passwordResetAdvice],
};

/** On reset and security-info pages a step the reader does not know gets that page's general help. */
const unknownOn: Readonly<Record<'recovery' | 'security-info', readonly ((portal: Portal, context: AdviceContext) => Advice)[]>> = {
  recovery: [passwordResetAdvice, resetVerifyAdvice],
  'security-info': [securityInfoAdvice, securitySetupAdvice],
};

/**
 * The advice for a step on a portal (its cloud and account kind decide the links), in the person's language; right
 * after a completed password change, the after-change checklist comes first.
 */
export function adviceFor(step: StepId, portal: Portal, context: AdviceContext): Advice[] {
  const table =
    step === 'unknown' && (portal.role === 'recovery' || portal.role === 'security-info') ? unknownOn[portal.role] : adviceByStep[step];
  const advice = table.map((make) => make(portal, context));
  return context.justChangedPassword && step !== 'reset-done' ? [afterChangeAdvice(portal, context), ...advice] : advice;
}

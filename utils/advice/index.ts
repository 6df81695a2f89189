import {
  accountKindAdvice,
  deviceCodeAdvice,
  generalAdvice,
  lockedAdvice,
  passwordlessAdvice,
  signInOptionsAdvice,
  staySignedInAdvice,
  twoAccountsAdvice,
} from './account';
import {
  accessPassAdvice,
  appNotificationAdvice,
  certificateAdvice,
  chooseMethodAdvice,
  codeAdvice,
  datedNoticeAdvice,
  numberMatchAdvice,
  passkeyAdvice,
  passkeySetupAdvice,
  phoneCallAdvice,
  verificationAdvice,
} from './methods';
import { consentAdvice } from './consent';
import { appConfirmAdvice, challengeAdvice, securityCheckAdvice } from './interrupts';
import { afterChangeAdvice, afterResetAdvice, passwordResetAdvice } from './password';
import {
  accountRecoveryAdvice,
  recoveryFormAdvice,
  resetAccountAdvice,
  resetNewPasswordAdvice,
  resetUnavailableAdvice,
  resetVerifyAdvice,
  securityInfoAdvice,
} from './recovery';
import type { Advice, AdviceContext } from './types';
import { securitySetupAdvice } from './verification';
import type { Portal } from '@/utils/portals/types';
import type { MethodId, StepId } from '@/utils/steps/types';

export type { Advice, AdviceContext, AdviceLink } from './types';
export { contactPhrase } from './types';

/** One piece of advice for a portal, or nothing where it does not apply (a notice for another cloud, say). */
export type AdviceMaker = (portal: Portal, context: AdviceContext) => Advice | undefined;

/** Which advice each step gets, most useful first: the whole table, as data. */
export const adviceByStep: Readonly<Record<StepId, readonly AdviceMaker[]>> = {
  account: [accountKindAdvice, passwordlessAdvice, generalAdvice],
  'account-picker': [twoAccountsAdvice],
  'sign-in-options': [signInOptionsAdvice, passwordlessAdvice],
  password: [passwordResetAdvice, passwordlessAdvice, accountKindAdvice, afterResetAdvice],
  verification: [verificationAdvice],
  'security-setup': [securitySetupAdvice],
  'stay-signed-in': [staySignedInAdvice],
  'password-change': [afterResetAdvice, passwordResetAdvice],
  'device-code': [deviceCodeAdvice],
  'app-confirm': [appConfirmAdvice],
  consent: [consentAdvice],
  challenge: [challengeAdvice],
  locked: [lockedAdvice, passwordResetAdvice, accountRecoveryAdvice],
  'reset-account': [resetAccountAdvice, passwordlessAdvice, accountKindAdvice],
  'reset-verify': [resetVerifyAdvice, accountRecoveryAdvice],
  'reset-new-password': [resetNewPasswordAdvice],
  'reset-done': [afterChangeAdvice],
  'reset-unavailable': [resetUnavailableAdvice, accountRecoveryAdvice, accountKindAdvice],
  'recovery-form': [recoveryFormAdvice],
  'security-info': [securityInfoAdvice, securityCheckAdvice],
  error: [generalAdvice],
  unknown: [generalAdvice, passwordResetAdvice],
};

/**
 * On the verification step, the advice for the method on screen. Only a code by text message or a call gets the
 * dated notice: a code from the Authenticator app (`code`) is not a text, and a list of methods names none yet.
 */
export const adviceByMethod: Readonly<Record<MethodId, readonly AdviceMaker[]>> = {
  'number-match': [numberMatchAdvice],
  'app-notification': [appNotificationAdvice],
  code: [codeAdvice],
  text: [codeAdvice, datedNoticeAdvice],
  'phone-call': [phoneCallAdvice, datedNoticeAdvice],
  passkey: [passkeyAdvice],
  certificate: [certificateAdvice],
  'access-pass': [accessPassAdvice],
  choose: [chooseMethodAdvice, accountRecoveryAdvice],
};

/** The methods whose codes Microsoft stops sending on the dated notice's day (texts and calls). */
const textOrCall: ReadonlySet<MethodId | undefined> = new Set<MethodId | undefined>(['text', 'phone-call']);

/** On reset and security-info pages a step the reader does not know gets that page's general help. */
const unknownOn: Readonly<Record<'recovery' | 'security-info', readonly AdviceMaker[]>> = {
  recovery: [passwordResetAdvice, resetVerifyAdvice],
  'security-info': [securityInfoAdvice, securitySetupAdvice],
};

function tableFor(step: StepId, portal: Portal, method: MethodId | undefined): readonly AdviceMaker[] {
  if (step === 'verification' && method) return adviceByMethod[method];
  if (step === 'security-setup' && method === 'passkey') return [passkeySetupAdvice, securitySetupAdvice];
  if (step === 'security-setup' && textOrCall.has(method)) return [securitySetupAdvice, datedNoticeAdvice];
  if (step === 'unknown' && (portal.role === 'recovery' || portal.role === 'security-info')) return unknownOn[portal.role];
  return adviceByStep[step];
}

/**
 * The advice for a step (and, on verification and security setup, the method on screen) on a portal, whose cloud
 * and account kind decide the links, in the person's language; right after a completed password change, the
 * after-change checklist comes first.
 */
export function adviceFor(step: StepId, portal: Portal, context: AdviceContext, method?: MethodId): Advice[] {
  const advice = tableFor(step, portal, method).flatMap((make) => make(portal, context) ?? []);
  return context.justChangedPassword && step !== 'reset-done' ? [afterChangeAdvice(portal, context), ...advice] : advice;
}

import { datedNotices, hasHappened } from './dated';
import { contactPhrase, type Advice, type AdviceContext } from './types';
import { links } from '../links';
import type { Portal } from '../portals/types';

// Help for the way the person proves it is them (Learn: how-to-mfa-number-match, concept-authentication-passkeys-fido2,
// how-to-authentication-passkey-profiles, how-to-mfa-registration-campaign, concept-sms-voice-retirement; Support:
// two-step verification for work or school accounts, verification codes of personal accounts).

const work = (portal: Portal) => portal.account === 'work';

/** Where a person whose verification fails reads on: the work or school article, or the personal one and the Sign-in helper. */
function troubleshootLinks(portal: Portal, { t }: AdviceContext) {
  return work(portal)
    ? [{ label: t('advice.links.workVerificationHelp'), url: links.workVerificationHelp.url }]
    : [
        { label: t('advice.links.verificationCodes'), url: links.personalVerificationCodes.url },
        { label: t('advice.links.signInHelper'), url: links.signInHelper.url },
      ];
}

/** "Type the number shown here into Authenticator", and never approve what you did not start. */
export function numberMatchAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return {
    id: 'number-match',
    title: t('advice.numberMatch.title'),
    body: work(portal) ? t('advice.numberMatch.bodyWork', { contact: contactPhrase(context) }) : t('advice.numberMatch.bodyPersonal'),
    links: troubleshootLinks(portal, context),
  };
}

/** Approve in the app: what to check when the notification does not come. */
export function appNotificationAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return {
    id: 'app-notification',
    title: t('advice.appNotification.title'),
    body: t('advice.appNotification.body'),
    links: troubleshootLinks(portal, context),
  };
}

/** A one-time code that does not arrive: what to try, in order. */
export function codeAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return {
    id: 'verification',
    title: t('advice.verification.title'),
    body: t('advice.verification.body'),
    links: troubleshootLinks(portal, context),
  };
}

/** A phone call: answer it, and what to do when none comes. */
export function phoneCallAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return {
    id: 'phone-call',
    title: t('advice.phoneCall.title'),
    body: t('advice.phoneCall.body'),
    links: troubleshootLinks(portal, context),
  };
}

/** A passkey: what it is, where it lives, the QR code for a phone's, and why a work account may refuse some. */
export function passkeyAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return {
    id: 'passkey',
    title: t('advice.passkey.title'),
    body: work(portal) ? t('advice.passkey.bodyWork') : t('advice.passkey.bodyPersonal'),
    links: work(portal)
      ? [{ label: t('advice.links.workPasskeys'), url: links.workPasskeys.url }]
      : [{ label: t('advice.links.personalPasskeys'), url: links.personalPasskeys.url }, ...troubleshootLinks(portal, context)],
  };
}

/** A certificate (smart card or one on the device): the browser asks which. */
export function certificateAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return {
    id: 'certificate',
    title: t('advice.certificate.title'),
    body: t('advice.certificate.body', { contact: contactPhrase(context) }),
    links: troubleshootLinks(portal, context),
  };
}

/**
 * A Temporary Access Pass: type it as the IT desk gave it; it lasts a limited time and may work once; use it to set
 * up methods (Learn: howto-authentication-temporary-access-pass, "a time-limited passcode that can be configured for
 * single use or multiple sign-ins", to onboard other methods; checked 2026-12-08).
 */
export function accessPassAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return {
    id: 'access-pass',
    title: t('advice.accessPass.title'),
    body: t('advice.accessPass.body', { contact: contactPhrase(context) }),
    links: [{ label: t('advice.links.yourSecurityInfo'), url: (portal.links.securityInfo ?? portal.links.home).url }],
  };
}

/** The list of methods: only the ones set up earlier; what to do when none is yours. */
export function chooseMethodAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return work(portal)
    ? {
        id: 'choose-method',
        title: t('advice.chooseMethod.title'),
        body: t('advice.chooseMethod.bodyWork', { contact: contactPhrase(context) }),
        links: troubleshootLinks(portal, context),
      }
    : {
        id: 'choose-method',
        title: t('advice.chooseMethod.title'),
        body: t('advice.chooseMethod.bodyPersonal'),
        links: [{ label: t('advice.links.recoveryForm'), url: links.personalRecoveryForm.url }],
      };
}

/** Verification the reader cannot name: general help, never advice for the wrong method. */
export function verificationAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return {
    id: 'verification-general',
    title: t('advice.verificationGeneral.title'),
    body: t('advice.verificationGeneral.body'),
    links: troubleshootLinks(portal, context),
  };
}

/** Asked to create a passkey while signing in: what happens, how long "skip" lasts, and the alternatives. */
export function passkeySetupAdvice(portal: Portal, { t }: AdviceContext): Advice {
  return {
    id: 'passkey-setup',
    title: t('advice.passkeySetup.title'),
    body: work(portal) ? t('advice.passkeySetup.bodyWork') : t('advice.passkeySetup.bodyPersonal'),
    links: work(portal)
      ? [{ label: t('advice.links.workPasskeys'), url: links.workPasskeys.url }]
      : [{ label: t('advice.links.accountSecurity'), url: links.personalSecurity.url }],
  };
}

/** The dated notices that concern this page (text and call codes ending), worded for the day it is. */
export function datedNoticeAdvice(portal: Portal, { t, now = new Date() }: AdviceContext): Advice | undefined {
  const notice = datedNotices.find((candidate) => candidate.applies(portal));
  if (!notice) return undefined;
  const words = hasHappened(notice, now) ? notice.past : notice.soon;
  return {
    id: notice.id,
    title: t(words.title),
    body: t(words.body),
    links: [{ label: t('advice.links.retirementNotice'), url: notice.source }],
  };
}

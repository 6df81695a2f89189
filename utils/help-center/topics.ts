import { helpLinks } from '../advice/help-links';
import { contactPhrase, type AdviceContext, type AdviceLink } from '../advice/types';
import { cloudName } from '../portals/clouds';
import { signInPortals } from '../portals';
import type { Portal } from '../portals/types';
import { portalName } from '../portals/words';

/** One help-center topic in the person's language: what people look for when they are stuck. */
export interface HelpTopic {
  /** Stable id, kebab-case; the popup's `data-topic`. */
  readonly id: string;
  readonly title: string;
  /** Empty for "Where do I sign in?", which the popup shows as the list of portals. */
  readonly body: string;
  /** Extra words people search with, comma-separated. */
  readonly keywords: string;
  readonly links: readonly AdviceLink[];
}

/** The ids of the topics, in the order the help center lists them. */
export const helpTopicIds = [
  'where-to-sign-in',
  'forgot-password',
  'verification-code',
  'sign-in-helper',
  'blocked-or-locked',
  'personal-vs-work',
  'after-password-change',
  'contact-admin',
] as const;

const work = (portal: Portal) => portal.account === 'work' && portal.status.state === 'active';
const personal = () => signInPortals.find((portal) => portal.account === 'personal')!;
const worldwide = () => signInPortals.find((portal) => portal.cloud === 'global' && portal.account === 'work')!;

/** Every help-center topic, written for this language and helpdesk; links come from the portal catalog. */
export function helpTopics(context: AdviceContext): HelpTopic[] {
  const { t } = context;
  const contact = contactPhrase(context);
  const securityInfo = (portal: Portal) => (portal.links.securityInfo ?? portal.links.home).url;
  const where: HelpTopic = {
    id: 'where-to-sign-in',
    title: t('topics.whereToSignIn.title'),
    body: '',
    keywords: t('topics.whereToSignIn.keywords'),
    links: signInPortals
      .filter((portal) => portal.status.state === 'active')
      .map((portal) => ({ label: portalName(portal, t), url: portal.links.home.url })),
  };
  return [
    where,
    {
      id: 'forgot-password',
      title: t('topics.forgotPassword.title'),
      body: t('topics.forgotPassword.body', { contact }),
      keywords: t('topics.forgotPassword.keywords'),
      links: [
        { label: t('topics.forgotPassword.personal'), url: personal().links.passwordReset.url },
        ...signInPortals.filter(work).map((portal) => ({
          label: t('topics.forgotPassword.workIn', { cloud: cloudName(portal.cloud, t) }),
          url: portal.links.passwordReset.url,
        })),
      ],
    },
    {
      id: 'verification-code',
      title: t('topics.verificationCode.title'),
      body: t('topics.verificationCode.body'),
      keywords: t('topics.verificationCode.keywords'),
      links: [
        { label: t('advice.links.verificationCodes'), url: helpLinks.verificationCodes },
        { label: t('advice.links.accountSecurity'), url: securityInfo(personal()) },
        { label: t('advice.links.yourSecurityInfo'), url: securityInfo(worldwide()) },
      ],
    },
    {
      id: 'sign-in-helper',
      title: t('topics.signInHelper.title'),
      body: t('topics.signInHelper.body'),
      keywords: t('topics.signInHelper.keywords'),
      links: [{ label: t('advice.links.signInHelper'), url: helpLinks.signInHelper }],
    },
    {
      id: 'blocked-or-locked',
      title: t('topics.blockedOrLocked.title'),
      body: t('topics.blockedOrLocked.body', { contact }),
      keywords: t('topics.blockedOrLocked.keywords'),
      links: [
        { label: t('advice.links.cantSignIn'), url: helpLinks.personalCantSignIn },
        { label: t('advice.links.recoveryForm'), url: helpLinks.personalRecoveryForm },
      ],
    },
    {
      id: 'personal-vs-work',
      title: t('topics.personalVsWork.title'),
      body: t('topics.personalVsWork.body'),
      keywords: t('topics.personalVsWork.keywords'),
      links: [
        { label: t('advice.links.personalSignIn'), url: personal().links.home.url },
        { label: t('advice.links.workSignIn'), url: worldwide().links.home.url },
      ],
    },
    {
      id: 'after-password-change',
      title: t('topics.afterPasswordChange.title'),
      body: t('topics.afterPasswordChange.body'),
      keywords: t('topics.afterPasswordChange.keywords'),
      links: [
        { label: t('advice.links.accountSecurity'), url: securityInfo(personal()) },
        { label: t('advice.links.yourSecurityInfo'), url: securityInfo(worldwide()) },
      ],
    },
    {
      id: 'contact-admin',
      title: t('topics.contactAdmin.title'),
      body: t('topics.contactAdmin.body'),
      keywords: t('topics.contactAdmin.keywords'),
      links: [{ label: t('advice.links.workResetHowTo'), url: helpLinks.workResetHowTo }],
    },
  ];
}

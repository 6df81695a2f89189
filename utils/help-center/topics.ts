import { contactPhrase, type AdviceContext, type AdviceLink } from '../advice/types';
import { dynamicKey, keyPart, type MessageKey, type MessageValues } from '../i18n/translate';
import { links } from '../links';
import { portalFor, signInPortals } from '../portals';
import { cloudName } from '../portals/clouds';
import type { Portal } from '../portals/types';

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

/** A topic's link as data: its label's key (with values) and where it goes, from the link registry or the catalog. */
interface TopicLink {
  readonly label: MessageKey;
  readonly values?: (t: AdviceContext['t']) => MessageValues;
  readonly url: string;
}

/** A topic as data: its id (the words are `topics.<camelId>.title|body|keywords`) and its links. */
interface TopicData {
  readonly id: string;
  /** Whether the body names the helpdesk (`{contact}`). */
  readonly contact?: boolean;
  /** The "where do I sign in" topic has no body: the popup draws the list of portals. */
  readonly noBody?: boolean;
  /** A body the panel shows too, by its key (one text, the same words in both places). */
  readonly sharedBody?: MessageKey;
  readonly links: () => readonly TopicLink[];
}

const activeWork = (portal: Portal) => portal.account === 'work' && portal.status.state === 'active';
const securityInfo = (portal: Portal) => (portal.links.securityInfo ?? portal.links.home).url;

/** The topics in the order the help center lists them; links come from the registry and the portal catalog. */
export const topicTable: readonly TopicData[] = [
  {
    id: 'where-to-sign-in',
    noBody: true,
    links: () =>
      signInPortals
        .filter((portal) => portal.status.state === 'active')
        .flatMap((portal) => [
          { label: dynamicKey('portal', keyPart(portal.id), 'name'), url: portal.links.home.url },
          ...(portal.links.homeDod ? [{ label: 'summary.links.homeDod' as MessageKey, url: portal.links.homeDod.url }] : []),
        ]),
  },
  {
    id: 'forgot-password',
    contact: true,
    links: () => [
      { label: 'topics.forgotPassword.personal', url: portalFor('global', 'personal').links.passwordReset.url },
      ...signInPortals.filter(activeWork).map((portal) => ({
        label: 'topics.forgotPassword.workIn' as const,
        values: (t: AdviceContext['t']) => ({ cloud: cloudName(portal.cloud, t) }),
        url: portal.links.passwordReset.url,
      })),
    ],
  },
  {
    id: 'verification-code',
    links: () => [
      { label: 'advice.links.workVerificationHelp', url: links.workVerificationHelp.url },
      { label: 'advice.links.verificationCodes', url: links.personalVerificationCodes.url },
      { label: 'advice.links.accountSecurity', url: securityInfo(portalFor('global', 'personal')) },
      { label: 'advice.links.yourSecurityInfo', url: securityInfo(portalFor('global')) },
    ],
  },
  { id: 'sign-in-helper', links: () => [{ label: 'advice.links.signInHelper', url: links.signInHelper.url }] },
  {
    id: 'blocked-or-locked',
    contact: true,
    links: () => [
      { label: 'advice.links.cantSignIn', url: links.personalCantSignIn.url },
      { label: 'advice.links.recoveryForm', url: links.personalRecoveryForm.url },
    ],
  },
  {
    id: 'personal-vs-work',
    links: () => [
      { label: 'advice.links.personalSignIn', url: portalFor('global', 'personal').links.home.url },
      { label: 'advice.links.workSignIn', url: portalFor('global').links.home.url },
    ],
  },
  {
    id: 'after-password-change',
    sharedBody: 'advice.afterChange.body',
    links: () => [
      { label: 'advice.links.accountSecurity', url: securityInfo(portalFor('global', 'personal')) },
      { label: 'advice.links.yourSecurityInfo', url: securityInfo(portalFor('global')) },
    ],
  },
  { id: 'contact-admin', links: () => [{ label: 'advice.links.workResetHowTo', url: links.workResetHowTo.url }] },
];

/** The ids of the topics, in the order the help center lists them. */
export const helpTopicIds: readonly string[] = topicTable.map((topic) => topic.id);

/** Every help-center topic, written for this language and helpdesk: the table with its words looked up by key. */
export function helpTopics(context: AdviceContext): HelpTopic[] {
  const { t } = context;
  const contact = contactPhrase(context);
  return topicTable.map((topic) => {
    const words = (field: string, values?: MessageValues) => t(dynamicKey('topics', keyPart(topic.id), field), values);
    return {
      id: topic.id,
      title: words('title'),
      body: topic.noBody ? '' : topic.sharedBody ? t(topic.sharedBody) : words('body', topic.contact ? { contact } : undefined),
      keywords: words('keywords'),
      links: topic.links().map((link) => ({ label: t(link.label, link.values?.(t)), url: link.url })),
    };
  });
}

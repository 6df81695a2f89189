import { links } from '../links';
import type { Portal } from '../portals/types';
import type { ConsentDetails } from '../steps/types';
import { knownPermissionOf, trapRisks, type PermissionRisk } from './consent-permissions';
import { contactPhrase, type Advice, type AdviceContext } from './types';

// An app asks for permissions (Learn: application-consent-experience; configure-user-consent: "allow user consent
// only for applications that have been published by a verified publisher"; publisher-verification-overview: the
// blue badge means the publisher proved its identity with a Microsoft Partner Network account). What the page shows
// about the app comes first, in plain words, then what to do.

type Translate = AdviceContext['t'];

/** The app's name and publisher as the page shows them, each on its own line; verification is said only when shown. */
function appFacts({ app, publisher, publisherState }: ConsentDetails, t: Translate): string[] {
  const facts = app ? [t('advice.consent.app', { name: app })] : [];
  if (publisher && publisherState) facts.push(t(`advice.consent.publisher.${publisherState}`, { name: publisher }));
  else if (publisher) facts.push(t('advice.consent.publisher.named', { name: publisher }));
  else if (publisherState) facts.push(t(`advice.consent.publisher.${publisherState}Only`));
  return facts;
}

/** Each permission line in plain words where it is a known one, else as the page words it; no line twice. */
function permissionFacts(permissions: readonly string[], t: Translate): { facts: string[]; risks: Set<PermissionRisk> } {
  const facts: string[] = [];
  const risks = new Set<PermissionRisk>();
  for (const line of permissions) {
    const known = knownPermissionOf(line);
    if (known) risks.add(known.risk);
    const fact = known ? t(`advice.consent.permission.${known.words}`) : t('advice.consent.permission.asShown', { line });
    if (!facts.includes(fact)) facts.push(fact);
  }
  return { facts, risks };
}

/** "Your mail, your files, lasting access": the trap's risks the app asks for, in a fixed order. */
function trapList(risks: ReadonlySet<PermissionRisk>, t: Translate): string {
  const named = (['mail', 'files', 'offline'] as const).filter((risk) => risks.has(risk) && trapRisks.has(risk));
  return named.map((risk) => t(`advice.consent.risk.${risk}`)).join(t('advice.consent.risk.separator'));
}

/**
 * An app asks for permissions: the app, its publisher (verified or not) and the permissions in plain words where the
 * page shows them; a plain warning when an unverified app asks for mail, files or lasting access; then what to do.
 */
export function consentAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t, consent } = context;
  const work = portal.account === 'work';
  const asked = consent ? permissionFacts(consent.permissions, t) : { facts: [], risks: new Set<PermissionRisk>() };
  const facts = [...(consent ? appFacts(consent, t) : []), ...asked.facts];
  const trap = consent?.publisherState === 'unverified' ? trapList(asked.risks, t) : '';
  const alert = trap
    ? work
      ? t('advice.consent.trapWork', { asks: trap, contact: contactPhrase(context) })
      : t('advice.consent.trapPersonal', { asks: trap })
    : undefined;
  return {
    id: 'consent',
    title: t('advice.consent.title'),
    ...(facts.length > 0 ? { facts } : {}),
    ...(alert ? { alert } : {}),
    body: work ? t('advice.consent.bodyWork', { contact: contactPhrase(context) }) : t('advice.consent.bodyPersonal'),
    links: [
      { label: t('advice.links.consentPrompt'), url: links.applicationConsent.url },
      work
        ? { label: t('advice.links.yourSecurityInfo'), url: (portal.links.securityInfo ?? portal.links.home).url }
        : { label: t('advice.links.yourAccount'), url: links.personalAccount.url },
    ],
  };
}

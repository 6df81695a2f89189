import { sources } from '../links';
import type { MessageKey } from '../i18n/translate';
import type { Portal } from '../portals/types';

/**
 * A change that happens on a day, with the page that says so: its notice reads "from …" before the day and
 * "since …" from the day on, decided from the clock, without the network. Each date is a UTC calendar day.
 */
export interface DatedNotice {
  readonly id: string;
  /** The day of the change, `YYYY-MM-DD`. */
  readonly date: string;
  /** The public page that announces it, and its date as we read it. */
  readonly source: string;
  readonly checked: string;
  /** The pages it concerns. */
  readonly applies: (portal: Portal) => boolean;
  /** Its title and words before the day, and from the day on. */
  readonly soon: { readonly title: MessageKey; readonly body: MessageKey };
  readonly past: { readonly title: MessageKey; readonly body: MessageKey };
}

/** Other dated facts the texts rely on, each with its day and source (a unit test keeps them well-formed); checked 2026-12-07. */
export const datedFacts = {
  /** Number matching on for every Authenticator push notification (tenant-wide enforcement). */
  numberMatching: { date: '2023-05-08', source: sources.numberMatching },
  /** New personal Microsoft accounts passwordless by default (announced 1 May 2025). */
  passwordlessPersonal: { date: '2025-05-01', source: sources.passwordlessPersonal },
  /** Entra ID: passkeys on, and a prompt to register one, for users enabled for text or voice codes. */
  passkeysByDefault: { date: '2026-09-01', source: sources.smsVoiceRetirement },
} as const;

/** The worldwide cloud's work accounts (Office 365 Germany's organizations live there now). */
const worldwideWork = (portal: Portal) => portal.account === 'work' && (portal.cloud === 'global' || portal.cloud === 'germany');

/** The notices, in the order they are shown. */
export const datedNotices: readonly DatedNotice[] = [
  {
    // The source (entra-docs docs/identity/authentication/concept-sms-voice-retirement.md, read at 1452462 with
    // ms.date 2026-06-10; the issue cites a revision of 2026-07-29 with the same facts): Microsoft-provided SMS and
    // voice retired from 1 February 2027, password reset included; a customer-managed telecom provider selectable
    // from 30 October 2026; after the day, a user whose only MFA method is SMS or voice gets a blocking prompt to
    // register a passkey during sign-in, with no tenant opt-out. Public cloud only: "Other cloud environments will
    // follow on a later schedule". Shown only for codes by text or call (advice/index.ts), never for an app's code.
    id: 'sms-voice-retirement',
    date: '2027-02-01',
    source: sources.smsVoiceRetirement,
    checked: '2026-12-07',
    applies: worldwideWork,
    soon: { title: 'advice.smsVoiceRetirement.soonTitle', body: 'advice.smsVoiceRetirement.soon' },
    past: { title: 'advice.smsVoiceRetirement.pastTitle', body: 'advice.smsVoiceRetirement.past' },
  },
];

/** Whether a notice's day has come at `now`. */
export function hasHappened(notice: Pick<DatedNotice, 'date'>, now: Date): boolean {
  return now.getTime() >= Date.parse(`${notice.date}T00:00:00Z`);
}

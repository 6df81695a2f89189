import type { Translate } from '../i18n/translate';
import type { ConsentDetails } from '../steps/types';

/** A link offered with a piece of advice. */
export interface AdviceLink {
  /** What the link does, in plain words. */
  readonly label: string;
  /** Where it goes; https on a Microsoft domain (a test checks). */
  readonly url: string;
}

/** One short piece of help for the step the person is on. */
export interface Advice {
  /** Stable id, kebab-case, for tests and the popup's topics. */
  readonly id: string;
  /** A short heading. */
  readonly title: string;
  /** What the page shows that the advice is about (an app's name, publisher, permissions), one short line each. */
  readonly facts?: readonly string[];
  /** A plain warning drawn before the body, when what the page shows is a known trap. */
  readonly alert?: string;
  /** One to three short sentences. */
  readonly body: string;
  /** At least one useful link. */
  readonly links: readonly AdviceLink[];
}

/** What advice is written with: the person's language and, if the organization named one, its helpdesk. */
export interface AdviceContext {
  /** Translates message keys into the person's language. */
  readonly t: Translate;
  /** The helpdesk's name from policy, used instead of the generic "contact your admin". */
  readonly helpdeskName?: string;
  /** Whether this tab's previous step was a password change that has now gone through. */
  readonly justChangedPassword?: boolean;
  /** The moment the advice is for: dated notices read "from …" before their day and "since …" after. */
  readonly now?: Date;
  /** On a consent page: the app, publisher and permissions the page shows, as the reader found them. */
  readonly consent?: ConsentDetails;
}

/** "Contact your admin…", or "contact <helpdesk>" when the organization named its helpdesk. */
export function contactPhrase({ t, helpdeskName }: AdviceContext): string {
  return helpdeskName ? t('contact.helpdesk', { name: helpdeskName }) : t('contact.admin');
}

/** The four Microsoft clouds a sign-in page can belong to; also the panel's `data-cloud` values. */
export type Cloud = 'global' | 'germany' | 'china' | 'usgov';

/** Work or school (Microsoft Entra ID) versus personal Microsoft account; also the panel's `data-account` values. */
export type AccountKind = 'work' | 'personal';

/**
 * What a portal's pages are: sign-in pages, password reset and account recovery, security info (the panel runs on
 * all three), or an entry portal that only redirects to sign-in (the extension does not run there).
 */
export type PortalRole = 'sign-in' | 'recovery' | 'security-info' | 'entry';

import type { SourcedLink } from '../links/links';

export type { SourcedLink } from '../links/links';

/** Whether a portal still works, and since when it does not. */
export type PortalStatus = { readonly state: 'active' } | { readonly state: 'retired'; readonly since: string; readonly source: string };

/** The links every portal offers; optional ones do not exist for that kind of account. */
export interface PortalLinks {
  /** The portal's home page, where people start (US Government: GCC High's). */
  readonly home: SourcedLink;
  /** US Government only: the DoD home, beside GCC High's. */
  readonly homeDod?: SourcedLink;
  /** Self-service password reset for this cloud and account kind. */
  readonly passwordReset: SourcedLink;
  /** Where people add or change their security info (phone, authenticator app). */
  readonly securityInfo?: SourcedLink;
  /** Where an `AADSTS` code can be looked up; append `?code=<number>`. */
  readonly errorLookup?: SourcedLink;
}

/** One entry of the portal catalog: facts only, each with its source; its name and audience are in the locale files. */
export interface Portal {
  /** Stable id, kebab-case. */
  readonly id: string;
  /** Which cloud its accounts live in. */
  readonly cloud: Cloud;
  /** Which kind of account signs in here. */
  readonly account: AccountKind;
  /** Sign-in, recovery or security-info pages (the content script runs there), or an entry portal (it only redirects). */
  readonly role: PortalRole;
  /** Exact lower-case hostnames, sorted; no wildcards. */
  readonly hosts: readonly string[];
  /** Public pages that list these hostnames. */
  readonly hostSources: readonly string[];
  /** Active, or retired since a date. */
  readonly status: PortalStatus;
  /** Where to go from here. */
  readonly links: PortalLinks;
  /** Real-shaped URLs this portal must recognize (at least two). */
  readonly examples: readonly string[];
}

import { sources } from '../links';

/**
 * The sovereign clouds' sign-in hosts MSAL knows (Bleu, France; Delos, Germany; Singapore), checked 2026-12-07.
 * Deliberately not portals of the catalog: no public page shows what their sign-in pages look like or where their
 * people reset a password, so the extension names nothing there rather than guess. They are never the closed
 * Office 365 Germany (only microsoftonline.de is) and never another cloud: no chip, no panel, no warning.
 */
export const sovereignSignInHosts = {
  hosts: ['login.sovcloud-identity.de', 'login.sovcloud-identity.fr', 'login.sovcloud-identity.sg'],
  source: sources.msalKnownClouds,
} as const;

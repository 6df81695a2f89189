import { portals } from '@/utils/portals';

/** Hosts that look like Microsoft sign-in hosts but are not: mapped to the same server, they must get no panel. */
export const lookAlikeHosts = [
  'login.microsoftonline.com.evil.example',
  'login-microsoftonline.com',
  'login.microsoftonline.co',
  'xn--login-microsftonline-7xc.com',
  'login.live.com.evil.example',
  'sub.login.microsoftonline.com',
] as const;

/** Ordinary sites, for pages the extension must never touch. */
export const ordinaryHosts = ['news.example', 'shop.example.org', 'intranet.contoso.test'] as const;

/** The demo's start page lives here (`npm run demo`): a host of our own, outside Microsoft's names. */
export const demoHost = 'demo.sign-in-assistant.test';

/** An organization's report endpoint (the reportWebhook policy's address in the tests). */
export const reportHost = 'reports.contoso.test';

/** Every hostname the test server answers for. */
export const servedHosts: readonly string[] = [
  ...portals.flatMap((portal) => portal.hosts),
  ...lookAlikeHosts,
  ...ordinaryHosts,
  demoHost,
  reportHost,
];

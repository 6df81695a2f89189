import type { SignalDetector } from './types';

/**
 * Hosting where anyone can publish a page in minutes under a shared name: static and serverless hosting, object
 * storage, form builders, IPFS gateways and tunnels. The kinds phishing reports name again and again (e.g. the
 * hosts in public phishing feeds and kit write-ups); sorted. A page there is not suspect by itself.
 */
export const freeHostingSuffixes: readonly string[] = [
  '000webhostapp.com',
  'appspot.com',
  'azurewebsites.net',
  'blob.core.windows.net',
  'blogspot.com',
  'cloudflare-ipfs.com',
  'codesandbox.io',
  'csb.app',
  'digitaloceanspaces.com',
  'dweb.link',
  'firebaseapp.com',
  'fleek.co',
  'github.io',
  'gitlab.io',
  'glitch.me',
  'googleapis.com',
  'herokuapp.com',
  'ipfs.io',
  'netlify.app',
  'ngrok-free.app',
  'ngrok.app',
  'ngrok.io',
  'onrender.com',
  'pages.dev',
  'pythonanywhere.com',
  'r2.dev',
  'replit.app',
  'repl.co',
  's3.amazonaws.com',
  'sharepoint.com',
  'square.site',
  'storage.googleapis.com',
  'surge.sh',
  'trycloudflare.com',
  'vercel.app',
  'weebly.com',
  'web.app',
  'web.core.windows.net',
  'webflow.io',
  'wixsite.com',
  'workers.dev',
];

/** Brand words attackers put in host names, after undoing common look-alike spellings (0→o, 1→l, rn→m, vv→w). */
const brandInHost =
  /micro-?soft|office-?365|\bo365\b|outlook|onedrive|sharepoint|hotmail|msonline|microsoftonline|msft|login-?live|live-?login|m365|azure-?ad|entra/;

/** Undo the spellings that make a host look like a brand to a hurried reader. */
function unspoofed(host: string): string {
  return host.replace(/0/g, 'o').replace(/1/g, 'l').replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/3/g, 'e');
}

/** Whether a host is an IP address (v4 or v6) rather than a name. */
const isAddress = (host: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');

/**
 * The host and path speak for a throwaway page: free hosting or storage, a brand word or look-alike spelling in the
 * host, an IP address or an IDN, or a sign-in form inside a WordPress site's folders (a hacked site). Supporting only.
 */
export const riskyHost: SignalDetector = {
  reports: ['risky-host'],
  detect(evidence) {
    const host = evidence.location?.hostname.toLowerCase() ?? '';
    const path = evidence.location?.pathname.toLowerCase() ?? '';
    if (!host) return [];
    const risky =
      freeHostingSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`)) ||
      brandInHost.test(unspoofed(host)) ||
      isAddress(host) ||
      host.split('.').some((label) => label.startsWith('xn--')) ||
      /\/(wp-content|wp-includes|wp-admin)\//.test(path) ||
      /\/ipfs\/|\/ipns\//.test(path);
    return risky ? ['risky-host'] : [];
  },
};

import { matching } from './scope';
import type { SignalDetector } from './types';

/**
 * The CDNs Microsoft's sign-in pages load their scripts, styles and tenant branding from (worldwide and 21Vianet's),
 * checked 2026-12-07 against the genuine pages' resources and Microsoft Learn's list of endpoints to allow
 * ("Microsoft 365 URLs and IP address ranges", ID 56; 21Vianet: "Microsoft 365 operated by 21Vianet endpoints").
 */
export const signInCdnHosts: readonly string[] = [
  'aadcdn.msauth.cn',
  'aadcdn.msauth.net',
  'aadcdn.msauthimages.net',
  'aadcdn.msftauth.cn',
  'aadcdn.msftauth.net',
  'aadcdn.msftauthimages.net',
  'logincdn.msauth.net',
  'logincdn.msftauth.net',
];

/** Whether an address is a file on one of Microsoft's sign-in CDNs. */
export function isSignInCdnFile(url: string): boolean {
  try {
    return signInCdnHosts.includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

const isImage = (url: string) =>
  /\.(png|jpe?g|gif|svg|ico|webp)(\?|#|$)/i.test(url) || /\/(images?|logos?|bannerlogo|illustration)\//i.test(url);

/**
 * Scripts or styles from a sign-in CDN, in the resource timing or in script and stylesheet addresses. Images do not
 * count here: a logo hot-linked from the CDN is the logo signal, and one `<img>` must not count twice.
 */
export const signInCdn: SignalDetector = {
  reports: ['sign-in-cdn'],
  detect(evidence) {
    if (evidence.resources.some((url) => isSignInCdnFile(url) && !isImage(url))) return ['sign-in-cdn'];
    for (const element of matching(evidence, 'script[src], link[rel~="stylesheet"][href], link[rel="preload"][href]')) {
      const url = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
      if (isSignInCdnFile(url) && !isImage(url)) return ['sign-in-cdn'];
    }
    return [];
  },
};

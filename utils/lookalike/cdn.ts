import { matching } from './scope';
import type { SignalDetector } from './types';

/**
 * Files from the CDNs Microsoft's sign-in pages load their scripts, styles and tenant branding from (seen in the
 * genuine pages' resources; a page elsewhere that loads them is copying or relaying the sign-in page).
 */
export const signInCdnHosts: readonly string[] = [
  'aadcdn.msauth.net',
  'aadcdn.msauthimages.net',
  'aadcdn.msftauth.net',
  'aadcdn.msftauthimages.net',
  'logincdn.msauth.net',
  'logincdn.msftauth.net',
];

const isSignInCdn = (url: string) => {
  try {
    return signInCdnHosts.includes(new URL(url).hostname);
  } catch {
    return false;
  }
};

/** A resource from one of Microsoft's sign-in CDNs: in the resource timing, or in a script, style or image address. */
export const signInCdn: SignalDetector = {
  id: 'sign-in-cdn',
  detect(evidence) {
    if (evidence.resources.some(isSignInCdn)) return true;
    for (const element of matching(evidence, 'script[src], link[href], img[src]')) {
      if (isSignInCdn(element.getAttribute('src') ?? element.getAttribute('href') ?? '')) return true;
    }
    return false;
  },
};

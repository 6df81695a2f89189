import { matching } from './scope';
import type { SignalDetector } from './types';

/**
 * Microsoft branding where a sign-in page has it: the title or the page's heading names Microsoft or Office 365 /
 * Microsoft 365 together with signing in, or an image is Microsoft's logo by its name. A supporting signal only:
 * many honest pages say "Sign in with Microsoft".
 */
// "Outlook" alone is an ordinary word ("economic outlook"): the brand is Microsoft, Office 365, OneDrive, SharePoint.
const brand = /\b(microsoft|office\s?365|onedrive|sharepoint)\b/i;
const signIn = /\b(sign[\s-]?in|log[\s-]?in|anmelden|connexion|iniciar sesi[oó]n)\b|登录|登入|サインイン|로그인/i;

/** A Microsoft-branded sign-in title, heading or logo. */
export const microsoftBranding: SignalDetector = {
  id: 'microsoft-branding',
  detect(evidence) {
    const title = evidence.document.title ?? '';
    if (brand.test(title) && signIn.test(title)) return true;
    for (const image of matching(evidence, 'img[alt], img[src], [role="img"][aria-label]')) {
      const name = `${image.getAttribute('alt') ?? ''} ${image.getAttribute('aria-label') ?? ''} ${image.getAttribute('src') ?? ''}`;
      if (/microsoft[\s_-]?logo|microsoft_logo|bannerlogo/i.test(name)) return true;
    }
    const heading = matching(evidence, 'h1, [role="heading"]')[0]?.textContent ?? '';
    return brand.test(heading) && signIn.test(heading);
  },
};

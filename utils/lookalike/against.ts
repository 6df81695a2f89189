import { anyMatches, matching } from './scope';
import { neighbourhoods, wordsNearForm } from './neighbourhood';
import { freeHostingSuffixes, riskyHost } from './host';
import { microsoftBrandPattern } from './phrases';
import type { PageEvidence, SignalDetector, SignalId } from './types';

/** Microsoft's sign-in hosts a "Sign in with Microsoft" link goes to (the catalog's, and MSAL's authority hosts). */
const microsoftSignInLink =
  /^https:\/\/(login\.microsoftonline\.(com|us|de)|login\.microsoft\.com|login\.live\.com|login\.windows\.net|login\.partner\.microsoftonline\.cn|login\.chinacloudapi\.cn|[a-z0-9-]+\.ciamlogin\.com|[a-z0-9-]+\.b2clogin\.com)\//i;

/** A button or link offering to sign in with a Microsoft account elsewhere, in the languages the phrases cover. */
const withMicrosoft =
  /\b(sign in|log in|login|continue|connect|sign up) with (a )?(microsoft|office 365|azure( ad)?|entra( id)?|outlook)\b|\bmit microsoft (anmelden|fortfahren)\b|\bse connecter avec microsoft\b|\b(iniciar sesión|continuar) con microsoft\b|\bentrar com (a )?microsoft\b|\baccedi con microsoft\b|\binloggen met microsoft\b|microsoft\s?(で|アカウントで)サインイン|microsoft(로|으로) 로그인|(使用|通过)\s?microsoft\s?(帐户|账户)?登录/i;

/** A label that names Microsoft's account or product: what a "Sign in with Microsoft" link or button says or shows. */
const namesMicrosoft = /\b(microsoft|office 365|microsoft 365|azure|entra|outlook)\b/i;

/**
 * A "Sign in with Microsoft" offer: a button that says so, or a link to Microsoft's real sign-in (authorize, SAML or
 * WS-Federation) whose label names Microsoft (in its text, `aria-label`, `title` or its image's `alt` or name). Kits
 * copy Microsoft's own links ("Can't access your account?", "Create one!") with the page, but never label them so.
 */
function signsInWithMicrosoft(evidence: PageEvidence): boolean {
  for (const link of matching(evidence, 'a[href], button[formaction]').slice(0, 500)) {
    const target = link.getAttribute('href') ?? link.getAttribute('formaction') ?? '';
    if (!microsoftSignInLink.test(target) || !/oauth2|authorize|oauth20|\/saml2|\/wsfed/i.test(target)) continue;
    const image = link.querySelector('img');
    const label = [
      link.textContent ?? '',
      link.getAttribute('aria-label'),
      link.getAttribute('title'),
      image?.getAttribute('alt'),
      image?.getAttribute('src'),
    ].join(' ');
    if (label.length < 300 && namesMicrosoft.test(label)) return true;
  }
  for (const button of matching(evidence, 'a, button, [role="button"], input[type="submit"], input[type="button"]').slice(0, 300)) {
    const label = `${button.textContent ?? ''} ${button.getAttribute('aria-label') ?? ''} ${button.getAttribute('value') ?? ''}`;
    if (label.length < 120 && withMicrosoft.test(label)) return true;
  }
  return false;
}

/**
 * An article or documentation page: an `<article>` or `<main>` with many paragraphs of text, where the only form is
 * a small box beside it (a newsletter, a comment, a search). A sign-in page has a few short lines.
 */
function articleLayout(evidence: PageEvidence): boolean {
  const paragraphs = evidence.document.querySelectorAll('p');
  let long = 0;
  let text = 0;
  for (let index = 0; index < paragraphs.length && index < 400; index += 1) {
    const length = (paragraphs[index]!.textContent ?? '').length;
    if (length > 120) long += 1;
    text += length;
  }
  return (long >= 6 && text >= 2500) || (anyMatches(evidence, 'article, [itemtype*="Article"]') && long >= 4);
}

/**
 * Outlook on the web served by Exchange itself on a host that is not free hosting: the page is at Exchange's own
 * address (`/owa/`), or loads its scripts and styles from the same host's `/owa/auth/` folder, as Exchange's logon
 * page does. Most likely an organization's own (`trustedSignInHosts` silences such a host entirely).
 */
function ownOutlookWeb(evidence: PageEvidence): boolean {
  const path = evidence.location?.pathname.toLowerCase() ?? '';
  if (riskyHost.detect(evidence).length > 0) return false;
  if (/^\/owa\/(auth\/logon\.aspx|auth\.owa|$)/.test(path)) return true;
  return matching(evidence, 'script[src], link[rel~="stylesheet"][href]').some((element) =>
    /^\/owa\/auth\//i.test(element.getAttribute('src') ?? element.getAttribute('href') ?? ''),
  );
}

/** The host's own name, e.g. "contoso" for mail.contoso.com: its longest label other than the suffix and common words. */
function siteName(host: string): string | undefined {
  if (freeHostingSuffixes.some((suffix) => host.endsWith(`.${suffix}`))) return undefined;
  const labels = host.split('.').slice(0, -1);
  const name = labels.filter((label) => !/^(www|login|signin|sso|auth|secure|mail|account|accounts|portal|my|id|app)$/.test(label)).pop();
  return name && name.length >= 4 ? name : undefined;
}

/** The site names itself above the form (its title, heading or logo), and no Microsoft brand is in its host. */
function siteOwnBrand(evidence: PageEvidence): boolean {
  const host = evidence.location?.hostname.toLowerCase() ?? '';
  const name = siteName(host);
  if (!name || riskyHost.detect(evidence).length > 0) return false;
  const words = wordsNearForm(evidence, neighbourhoods(evidence)).join(' ').toLowerCase().replace(/[\s-]/g, '');
  return words.includes(name.replace(/-/g, ''));
}

/** Evidence against a look-alike: a "Sign in with Microsoft" offer, an article, an organization's own Outlook, the site's own brand. */
export const evidenceAgainst: SignalDetector = {
  reports: ['sign-in-with-microsoft', 'article-layout', 'own-outlook-web', 'site-own-brand'],
  detect(evidence) {
    const found: SignalId[] = [];
    // A page that names itself after Microsoft's products ("SharePoint Online") and offers "Sign in with Outlook" is
    // no service of its own offering Microsoft's sign-in: the offer then counts for nothing.
    if (signsInWithMicrosoft(evidence) && !microsoftBrandPattern.test(evidence.document.title ?? '')) found.push('sign-in-with-microsoft');
    if (articleLayout(evidence)) found.push('article-layout');
    if (ownOutlookWeb(evidence)) found.push('own-outlook-web');
    if (siteOwnBrand(evidence)) found.push('site-own-brand');
    return found;
  },
};

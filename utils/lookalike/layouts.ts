import { anyMatches, matching } from './scope';
import { credentialFields, neighbourhoods, wordsNearForm } from './neighbourhood';
import type { PageEvidence, SignalDetector, SignalId } from './types';

/**
 * Microsoft's sign-in layouts, independent of field ids, checked 2026-12-07:
 * - Entra's knockout view names in `data-bind` (`login-paginated-username-view`, `session-approval-view`, …) and its
 *   lightbox classes (`lightbox-cover`, `inner fade-in-lightbox`);
 * - the company-branding CSS classes Microsoft documents for custom CSS (`ext-sign-in-box`, `ext-title`,
 *   `ext-footer`…: Microsoft Learn, "Company branding: CSS template reference");
 * - the redesigned personal sign-in's test ids (`data-testid="usernameEntry"`, …; utils/steps/live.ts);
 * - the sign-in footer's links to Microsoft's services agreement and privacy statement, side by side.
 */
const layoutSelector = [
  '[data-bind*="-view"][data-bind*="component"]',
  '[data-bind*="login-paginated"]',
  '[data-bind*="session-approval-view"]',
  '[data-bind*="otc-confirm-view"]',
  '[data-bind*="login-credential-picker-view"]',
  '.lightbox-cover',
  '.ext-sign-in-box',
  '.ext-title',
  '.ext-footer',
  '.ext-middle',
  '[data-testid="usernameEntry"]',
  '[data-testid="passwordEntry"]',
  '[data-testid="primaryButton"][type="submit"]',
  // the sign-in page's footer, which copies keep: "Terms of use" and "Privacy & cookies" to Microsoft's own pages
  'a[href*="microsoft.com/en-us/servicesagreement" i] ~ a[href*="privacy.microsoft.com" i]',
  'a[href*="microsoft.com/servicesagreement" i] ~ a[href*="privacy.microsoft.com" i]',
].join(', ');

/**
 * Outlook on the web's forms logon (Exchange's `/owa/auth/logon.aspx`): the form `logonForm` posting to `auth.owa`
 * with the hidden `flags` and `forcedownlevel` fields (as public clients that sign in to it post them, e.g.
 * k9mail/k-9's WebDAV store and dafthack/MailSniper), and the logon page's classes and ids (`signInInputText`,
 * `owaLogoContainer`, `mainLogonDiv`, `signInErrorDiv`), seen in copies of Exchange's `logon.aspx` in public kit
 * collections, checked 2026-12-07.
 */
const outlookWebSelector =
  'form[name="logonForm"], form[action*="auth.owa" i], input[name="forcedownlevel"], input[name="isUtf8"] ~ input[name="flags"]';

/** Words of a shared-document lure near the form: "view the document", "shared a file", "protected file". */
const lureWords =
  /\b(view|open|access|download|preview)\b.{0,30}\b(document|file|pdf|invoice|spreadsheet|shared)\b|\bshared (a|the|this|an?) (file|document)\b|\b(protected|secured?|encrypted) (file|document)\b|\b(dokument|document|documento|fichier|datei) (anzeigen|ansehen|partagé|compartido|condiviso|freigegeben)\b/i;

/** The document services such lures name. */
const documentProducts = /\b(excel|word|onedrive|one drive|sharepoint|office|pdf|p\.d\.f|docusign|adobe|outlook|microsoft)\b/i;

/** A blurred page behind the form: inline `blur(` filters, blur classes, or `blur(` in the page's own styles. */
function blurredBackground(evidence: PageEvidence): boolean {
  if (anyMatches(evidence, '[style*="blur(" i], [class*="blur" i], [id*="blur" i]')) return true;
  return matching(evidence, 'style')
    .slice(0, 20)
    .some((style) => /filter\s*:\s*blur\(/i.test((style.textContent ?? '').slice(0, 200_000)));
}

const placedByPixel = /position\s*:\s*absolute/i;
const widthOf = (image: Element) =>
  Number.parseInt(image.getAttribute('width') ?? /width\s*:\s*(\d+)px/i.exec(image.getAttribute('style') ?? '')?.[1] ?? '0', 10);

/**
 * An image-built kit (page builders' output, common in saved kits): the credential fields placed by pixel
 * (`position: absolute` in their own style) over a picture at least 300 pixels wide of the whole sign-in box. The
 * pictures, if so (at most 50 looked at); none otherwise.
 */
export function picturesBehindForm(evidence: PageEvidence): Element[] {
  const fields = credentialFields(evidence).filter((field) => placedByPixel.test(field.getAttribute('style') ?? ''));
  if (fields.length === 0) return [];
  return matching(evidence, 'img[width], img[style]')
    .slice(0, 50)
    .filter((image) => widthOf(image) >= 300);
}

/** Microsoft's sign-in layouts, Outlook on the web's forms logon, and the shared-document lure. */
export const signInLayouts: SignalDetector = {
  reports: ['sign-in-layout', 'outlook-web-forms', 'document-lure', 'form-over-picture'],
  detect(evidence) {
    const found: SignalId[] = [];
    if (anyMatches(evidence, layoutSelector)) found.push('sign-in-layout');
    if (anyMatches(evidence, outlookWebSelector)) found.push('outlook-web-forms');
    if (picturesBehindForm(evidence).length > 0) found.push('form-over-picture');
    const words = wordsNearForm(evidence, neighbourhoods(evidence)).join(' ');
    if (blurredBackground(evidence) || (lureWords.test(words) && documentProducts.test(words))) found.push('document-lure');
    return found;
  },
};

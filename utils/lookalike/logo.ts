import { matching } from './scope';
import type { SignalDetector } from './types';

/** An image named or described as Microsoft's logo (kits keep Microsoft's own file names, or hot-link them). */
const logoName =
  /microsoft[\s_.-]?(logo|corporation)|\bms[\s_-]?logo|bannerlogo|logo[\s_-]?microsoft|\/microsoft\.(svg|png)|microsoft_logo/i;

/** An image file named for Microsoft ("microsoft.png", "nomemicrosoft.png", "msft-logo.svg"): its last path part. */
const microsoftFileName = /microsoft|msft/i;

/**
 * Hosts serving Microsoft's own web images (its marketing CMS behind Akamai, and microsoft.com's image hosts), where a
 * kit hot-links the logo from (checked 2026-12-08 against the logo's address on www.microsoft.com's header).
 */
export const microsoftImageHosts: readonly string[] = ['img-prod-cms-rt-microsoft-com.akamaized.net'];
/** Domains under which every host is Microsoft's own (its images included). */
const microsoftImageDomains: readonly string[] = ['microsoft.com', 's-microsoft.com'];
const isMicrosoftImageHost = (host: string) =>
  microsoftImageHosts.includes(host) || microsoftImageDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));

/** Whether an image's address names Microsoft's logo file or comes from one of Microsoft's image hosts. */
export function isMicrosoftImageAddress(src: string, base: string): boolean {
  if (!src || src.length > 2000 || /^data:/i.test(src)) return false;
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const file = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  return microsoftFileName.test(file) || isMicrosoftImageHost(url.hostname);
}

/**
 * The four squares of Microsoft's logo, top left to bottom right: its red, green, blue and yellow. The colours are
 * Microsoft's published logo colours (and the slightly different ones its sign-in page draws), checked 2026-12-07.
 */
export const logoColours: ReadonlyArray<readonly [published: string, signInPage: string]> = [
  ['#f25022', '#f35325'],
  ['#7fba00', '#81bc06'],
  ['#00a4ef', '#05a6f0'],
  ['#ffb900', '#ffba08'],
];

/**
 * Microsoft's logo near anything on the page: by its image's name or alt text, its file's name or host, or as its four
 * coloured squares.
 */
export const microsoftLogo: SignalDetector = {
  reports: ['microsoft-logo'],
  detect(evidence) {
    for (const image of matching(evidence, 'img, [role="img"], svg[aria-label], input[type="image"]').slice(0, 200)) {
      const name = ['alt', 'aria-label', 'src', 'title'].map((attribute) => image.getAttribute(attribute) ?? '').join(' ');
      if (logoName.test(name)) return ['microsoft-logo'];
      if (isMicrosoftImageAddress(image.getAttribute('src') ?? '', evidence.document.baseURI)) return ['microsoft-logo'];
    }
    for (const svg of matching(evidence, 'svg').slice(0, 50)) {
      const fills = new Set([...svg.querySelectorAll('[fill]')].slice(0, 40).map((shape) => shape.getAttribute('fill')?.toLowerCase()));
      if (logoColours.every((pair) => pair.some((colour) => fills.has(colour)))) return ['microsoft-logo'];
    }
    return [];
  },
};

import { matching } from './scope';
import type { SignalDetector } from './types';

/** An image named or described as Microsoft's logo (kits keep Microsoft's own file names, or hot-link them). */
const logoName =
  /microsoft[\s_.-]?(logo|corporation)|\bms[\s_-]?logo|bannerlogo|logo[\s_-]?microsoft|\/microsoft\.(svg|png)|microsoft_logo/i;

/**
 * The four squares of Microsoft's logo in an inline SVG: its red, green, blue and yellow. The colours are Microsoft's
 * published logo colours (and the slightly different ones its sign-in page draws), checked 2026-12-07.
 */
const logoColours = [
  ['#f25022', '#f35325'],
  ['#7fba00', '#81bc06'],
  ['#00a4ef', '#05a6f0'],
  ['#ffb900', '#ffba08'],
];

/** Microsoft's logo near anything on the page: by its image's name or alt text, or as its four coloured squares. */
export const microsoftLogo: SignalDetector = {
  reports: ['microsoft-logo'],
  detect(evidence) {
    for (const image of matching(evidence, 'img, [role="img"], svg[aria-label], input[type="image"]').slice(0, 200)) {
      const name = ['alt', 'aria-label', 'src', 'title'].map((attribute) => image.getAttribute(attribute) ?? '').join(' ');
      if (logoName.test(name)) return ['microsoft-logo'];
    }
    for (const svg of matching(evidence, 'svg').slice(0, 50)) {
      const fills = new Set([...svg.querySelectorAll('[fill]')].slice(0, 40).map((shape) => shape.getAttribute('fill')?.toLowerCase()));
      if (logoColours.every((pair) => pair.some((colour) => fills.has(colour)))) return ['microsoft-logo'];
    }
    return [];
  },
};

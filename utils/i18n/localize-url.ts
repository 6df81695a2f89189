import { microsoftLocaleSegment, type Locale } from './locales';

/** Microsoft help sites that serve every page under a `/xx-yy/` locale segment. */
const localizedHosts = new Set(['learn.microsoft.com', 'support.microsoft.com']);

const localeSegment = /^\/[a-z]{2}-[a-z]{2,4}(?=\/|$)/i;

/**
 * A Microsoft Support or Learn link in the person's language: `/en-us/` becomes `/de-de/`, and a link
 * without a locale gets one. Other links, and anything that does not parse, come back unchanged.
 */
export function localizeHelpUrl(url: string, locale: Locale): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'https:' || !localizedHosts.has(parsed.hostname)) return url;
  const segment = `/${microsoftLocaleSegment(locale)}`;
  const path = parsed.pathname.replace(localeSegment, '');
  parsed.pathname = `${segment}${path === '/' ? '' : path}`;
  return parsed.href;
}

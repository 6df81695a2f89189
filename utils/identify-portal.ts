import { portals } from './portals';
import type { Portal } from './portals/types';

const portalByHost: ReadonlyMap<string, Portal> = new Map(portals.flatMap((portal) => portal.hosts.map((host) => [host, portal] as const)));

/**
 * The hostname of a URL that a Microsoft sign-in page could really be served from, lower-cased and
 * without a trailing dot; `undefined` for anything else (not https, a port, credentials, garbage).
 */
export function signInHostname(url: string | URL): string | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') {
    return undefined;
  }
  return parsed.hostname.toLowerCase().replace(/\.$/, '');
}

/** The catalog portal a URL belongs to, by exact hostname; `undefined` for every other URL. Never throws. */
export function identifyPortal(url: string | URL): Portal | undefined {
  const host = signInHostname(url);
  return host === undefined ? undefined : portalByHost.get(host);
}

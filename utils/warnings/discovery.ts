import type { Cloud } from '../portals/types';

/** What Microsoft's discovery document says about an organization's domain. */
export type OrgCloudAnswer =
  | { readonly kind: 'cloud'; readonly cloud: Cloud }
  /** Microsoft knows no organization with this domain (AADSTS90002 and the like). */
  | { readonly kind: 'no-organization' }
  /** Anything else: timeout, garbage, an answer we do not understand. Never a reason to warn. */
  | { readonly kind: 'unknown' };

/** The documented discovery URL for a domain, on the worldwide sign-in host; nothing but the domain is in it. */
export function discoveryUrl(domain: string): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(domain)}/v2.0/.well-known/openid-configuration`;
}

const instanceClouds: Readonly<Record<string, Cloud>> = {
  'microsoftonline.com': 'global',
  'microsoftonline.us': 'usgov',
  'partner.microsoftonline.cn': 'china',
  'microsoftonline.de': 'germany',
};

/**
 * National cloud names as AADSTS90038 ("tenant belongs to the National Cloud 'X'") may spell them. Only the closed
 * Microsoft Cloud Deutschland (`microsoftonline.de`) is the Germany cloud: the sovereign clouds MSAL knows since 2025
 * (Delos, `login.sovcloud-identity.de`; Bleu, `.fr`; `.sg`) are clouds of their own, which we do not describe, so any
 * other German-looking name gives no cloud and so no warning (checked 2026-12-07 against MSAL .NET's
 * KnownMetadataProvider.cs, which calls microsoftonline.de "legacy Germany").
 */
function cloudNamed(name: string): Cloud | undefined {
  if (/sovcloud|delos|bleu/i.test(name)) return undefined;
  if (/usgov|\.us$|government/i.test(name)) return 'usgov';
  if (/china|\.cn$|21vianet/i.test(name)) return 'china';
  if (/^(login\.)?microsoftonline\.de$|^microsoft cloud deutschland$/i.test(name.trim())) return 'germany';
  return undefined;
}

/**
 * Read a discovery answer (`status` and body text): `cloud_instance_name` first, then the region scope
 * (GCC, which signs in worldwide, stays global), then the national-cloud redirection error AADSTS90038.
 * Anything malformed or unexpected gives `unknown`, so no warning follows from it.
 */
export function readDiscoveryAnswer(status: number, body: string): OrgCloudAnswer {
  let json: unknown;
  try {
    json = JSON.parse(body.length > 100_000 ? '' : body);
  } catch {
    return { kind: 'unknown' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { kind: 'unknown' };
  const field = (name: string) => {
    const value = (json as Record<string, unknown>)[name];
    return typeof value === 'string' && value.length < 200 ? value : undefined;
  };
  if (status === 200) {
    const instance = field('cloud_instance_name');
    if (instance && instanceClouds[instance.toLowerCase()]) return { kind: 'cloud', cloud: instanceClouds[instance.toLowerCase()]! };
    const scope = field('tenant_region_scope');
    const subScope = field('tenant_region_sub_scope');
    if (instance === undefined && scope === 'USGov' && /^(DOD|DODCON)$/.test(subScope ?? '')) return { kind: 'cloud', cloud: 'usgov' };
    if (instance === undefined && scope && /^[A-Z]{2,5}$/.test(scope) && scope !== 'USGov') return { kind: 'cloud', cloud: 'global' };
    return { kind: 'unknown' };
  }
  const description = field('error_description') ?? '';
  const redirect = /AADSTS90038\b[\s\S]*?National Cloud '([^']{1,80})'/i.exec(description);
  if (redirect) {
    const cloud = cloudNamed(redirect[1]!);
    return cloud ? { kind: 'cloud', cloud } : { kind: 'unknown' };
  }
  if (/\bAADSTS(90002|90019)\b/.test(description)) return { kind: 'no-organization' };
  return { kind: 'unknown' };
}

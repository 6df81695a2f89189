import { createHash } from 'node:crypto';
import { build, type PlistValue } from 'plist';

/** A stable UUID made from a name, so the profile is the same on every run (a new UUID would be a new profile). */
function uuidFrom(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

/**
 * A macOS configuration profile that sets the example policy for the extension in Chrome and Edge: one payload per
 * browser whose type is the preference domain Chromium reads extension policy from, `<bundle id>.extensions.<id>`
 * (components/policy/core/common/policy_loader_mac.mm; for Edge inferred, as docs/enterprise.md says).
 */
export function mobileconfig(ids: { chrome: string; edge: string }, example: Record<string, unknown>): string {
  const payload = (domain: string, browserName: string) => ({
    PayloadDisplayName: `Sign-in Assistant for Microsoft 365 (${browserName})`,
    PayloadIdentifier: `sign-in-assistant.policy.${domain}`,
    PayloadType: domain,
    PayloadUUID: uuidFrom(domain),
    PayloadVersion: 1,
    ...example,
  });
  const profile = {
    PayloadContent: [
      payload(`com.google.Chrome.extensions.${ids.chrome}`, 'Google Chrome'),
      payload(`com.microsoft.Edge.extensions.${ids.edge}`, 'Microsoft Edge'),
    ],
    PayloadDescription:
      'Policy for the Sign-in Assistant for Microsoft 365 extension in Chrome and Edge, generated from its managed_schema.json.',
    PayloadDisplayName: 'Sign-in Assistant for Microsoft 365',
    PayloadIdentifier: 'sign-in-assistant.policy',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: uuidFrom(`profile ${ids.chrome} ${ids.edge}`),
    PayloadVersion: 1,
  };
  return build(profile as PlistValue);
}

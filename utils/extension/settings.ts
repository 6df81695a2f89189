import { defineLocalItem } from './local-item';

const isHostList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** Hostnames where the person turned the in-page panel off; sorted, no duplicates. */
export const dismissedHosts = defineLocalItem<string[]>('dismissedHosts', [], isHostList);

/** The list with `host` added (idempotent, sorted). */
export function withHost(hosts: readonly string[], host: string): string[] {
  return [...new Set([...hosts, host])].sort();
}

/** The list with `host` removed. */
export function withoutHost(hosts: readonly string[], host: string): string[] {
  return hosts.filter((entry) => entry !== host);
}

/** Whether the person lets the extension ask Microsoft which cloud a typed domain's organization uses. */
export const cloudLookupEnabled = defineLocalItem<boolean>('cloudLookup', true, (value): value is boolean => typeof value === 'boolean');

/** Warnings the person marked "not my case", as `site|warning|domain` keys; sorted, no duplicates. */
export const dismissedWarnings = defineLocalItem<string[]>('dismissedWarnings', [], isHostList);

/** The key a warning dismissal is remembered under: per site, warning and typed domain. */
export function warningKey(host: string, warning: { id: string; domain?: string }): string {
  return `${host}|${warning.id}|${warning.domain ?? ''}`;
}

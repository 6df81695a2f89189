import { storage } from '@wxt-dev/storage';

/** Hostnames where the person turned the in-page panel off; sorted, no duplicates. */
export const dismissedHosts = storage.defineItem<string[]>('local:dismissedHosts', { fallback: [] });

/** The list with `host` added (idempotent, sorted). */
export function withHost(hosts: readonly string[], host: string): string[] {
  return [...new Set([...hosts, host])].sort();
}

/** The list with `host` removed. */
export function withoutHost(hosts: readonly string[], host: string): string[] {
  return hosts.filter((entry) => entry !== host);
}

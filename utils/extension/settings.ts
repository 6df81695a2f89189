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

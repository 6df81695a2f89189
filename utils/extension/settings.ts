import { defineLocalItem, type LocalItem } from './local-item';

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** A stored set of strings (kept sorted, without duplicates) with one-call add and remove. */
export interface LocalSet extends LocalItem<string[]> {
  /** Add an entry (nothing happens if it is there already). */
  add(entry: string): Promise<void>;
  /** Remove these entries. */
  remove(...entries: string[]): Promise<void>;
}

function defineLocalSet(key: string): LocalSet {
  const item = defineLocalItem<string[]>(key, [], isStringList);
  return {
    ...item,
    add: async (entry) => item.setValue([...new Set([...(await item.getValue()), entry])].sort()),
    remove: async (...entries) => item.setValue((await item.getValue()).filter((entry) => !entries.includes(entry))),
  };
}

/** Hostnames where the person turned the in-page panel off. */
export const dismissedHosts = defineLocalSet('dismissedHosts');

/** Whether the person lets the extension ask Microsoft which cloud a typed domain's organization uses. */
export const cloudLookupEnabled = defineLocalItem<boolean>('cloudLookup', true, (value): value is boolean => typeof value === 'boolean');

/** Warnings the person marked "not my case", as `site|warning|domain` keys. */
export const dismissedWarnings = defineLocalSet('dismissedWarnings');

/** The key a warning dismissal is remembered under: per site, warning and typed domain. */
export function warningKey(host: string, warning: { id: string; domain?: string }): string {
  return `${host}|${warning.id}|${warning.domain ?? ''}`;
}

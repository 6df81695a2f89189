import { guardEdition } from './edition';
import { defineLocalItem, type LocalItem } from './local-item';
import { isLanguageChoice, type LanguageChoice } from '@/utils/i18n/locales';

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((entry) => typeof entry === 'string');
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

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

/** Whether the person wants the in-page panel at all (the options page's switch). */
export const panelEnabled = defineLocalItem<boolean>('panelEnabled', true, isBoolean);

/** Whether the person wants the look-alike guard (off by default, on by default in the organization edition). */
export const lookalikeGuardEnabled = defineLocalItem<boolean>('lookalikeGuard', guardEdition, isBoolean);

/** Hosts the person said they trust although the guard took them for a look-alike ("I trust this site"). */
export const trustedLookalikeHosts = defineLocalSet('trustedLookalikeHosts');

/** Whether the person lets the extension ask Microsoft which cloud a typed domain's organization uses. */
export const cloudLookupEnabled = defineLocalItem<boolean>('cloudLookup', true, isBoolean);

/** The person's language: the browser's, or one they picked in the options page. */
export const languageChoice = defineLocalItem<LanguageChoice>('language', 'auto', isLanguageChoice);

/**
 * The organization's policy as last read from managed storage, unparsed: the service worker keeps it so the
 * first answers after start-up need not wait for Chromium. A new key since storage was closed to content scripts
 * (the old `lastKnownPolicy`, which a page world could have written, is removed and never read).
 */
export const lastKnownPolicy = defineLocalItem<unknown>('policyCache', {}, (value): value is unknown => typeof value === 'object');

/** The key the policy was kept under while content scripts could still write storage: removed at start-up. */
export const untrustedPolicyKey = 'lastKnownPolicy';

/** Warnings the person marked "not my case", as `site|warning|domain` keys. */
export const dismissedWarnings = defineLocalSet('dismissedWarnings');

/** The key a warning dismissal is remembered under: per site, warning and typed domain. */
export function warningKey(host: string, warning: { id: string; domain?: string }): string {
  return `${host}|${warning.id}|${warning.domain ?? ''}`;
}

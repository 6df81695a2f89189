import type { ChromeMessages } from './translate';

/**
 * The message groups the in-page panel draws itself, as dotted key prefixes. Advice, error explanations and
 * warnings arrive from the service worker already in words, so their tables stay there; of the portals, the
 * panel gets only its own page's (added by the caller).
 */
export const panelMessageGroups = [
  'account',
  'cloud',
  'error',
  'helpdesk',
  'identity',
  'panel',
  'summary',
  'warning.why',
  'warning.notMyCase',
] as const;

/** The messages whose key is one of these groups or starts with one (`panel` takes `panel.close`, not `panelist`). */
export function pickMessages(messages: ChromeMessages, groups: readonly string[]): Record<string, { message: string }> {
  const wanted = groups.map((group) => group.replaceAll('.', '_').toLowerCase());
  const picked: Record<string, { message: string }> = {};
  for (const [name, entry] of Object.entries(messages)) {
    const lower = name.toLowerCase();
    if (entry && wanted.some((group) => lower === group || lower.startsWith(`${group}_`))) picked[name] = { message: entry.message };
  }
  return picked;
}

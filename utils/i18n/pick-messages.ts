import type { ChromeMessages } from './translate';

/** The message groups the in-page panel shows; everything else stays in the service worker. */
export const panelMessageGroups = ['account', 'cloud', 'error', 'helpdesk', 'panel', 'portal', 'report', 'summary', 'warning'] as const;

/** The messages whose key starts with one of these groups (`panel` takes `panel_close`, not `panelist`). */
export function pickMessages(messages: ChromeMessages, groups: readonly string[]): Record<string, { message: string }> {
  const prefixes = groups.map((group) => `${group.toLowerCase()}_`);
  const picked: Record<string, { message: string }> = {};
  for (const [name, entry] of Object.entries(messages)) {
    if (entry && prefixes.some((prefix) => name.toLowerCase().startsWith(prefix))) picked[name] = { message: entry.message };
  }
  return picked;
}

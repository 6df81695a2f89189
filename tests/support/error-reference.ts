// Reading Microsoft's AADSTS reference (docs/identity-platform/reference-error-codes.md in MicrosoftDocs/entra-docs)
// and our table as text, so that `npm run errors:check` runs in plain Node without the bundler's path aliases.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The AADSTS codes in the first column of the reference's tables, sorted numerically, each once. */
export function referenceCodesIn(markdown: string): string[] {
  const codes = new Set<string>();
  for (const [, code] of markdown.matchAll(/^\|\s*AADSTS(\d{1,9})\s*\|/gm)) codes.add(code!);
  return [...codes].sort((a, b) => Number(a) - Number(b));
}

/** The codes our kind modules (utils/errors/codes/*.ts) give an entry, as written there. */
export function tableCodes(): string[] {
  const dir = join(root, 'utils', 'errors', 'codes');
  const text = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(dir, name), 'utf8').replace(/\/\/.*$/gm, ''))
    .join('\n');
  return [...new Set([...text.matchAll(/'(\d{1,9})'/g)].map((match) => match[1]!))].sort((a, b) => Number(a) - Number(b));
}

/** The recorded revision (utils/errors/reference.ts): its commit and its codes, as written there. */
export function recordedReference(): { commit: string; msDate: string; codes: string[] } {
  const text = readFileSync(join(root, 'utils', 'errors', 'reference.ts'), 'utf8');
  const start = text.indexOf('codes: [');
  const codesPart = start < 0 ? '' : text.slice(start, text.indexOf('],', start));
  return {
    commit: /commit: '([0-9a-f]{40})'/.exec(text)?.[1] ?? 'unknown',
    msDate: /msDate: '([\d-]+)'/.exec(text)?.[1] ?? 'unknown',
    codes: [...codesPart.matchAll(/'(\d{1,9})'/g)].map((match) => match[1]!),
  };
}

/** What changed between the recorded revision and a newer one, and which of the newer one's codes have no entry. */
export function compareReference(newer: readonly string[], recorded: readonly string[], table: readonly string[]) {
  const inNewer = new Set(newer);
  const inRecorded = new Set(recorded);
  const inTable = new Set(table);
  return {
    added: newer.filter((code) => !inRecorded.has(code)),
    removed: recorded.filter((code) => !inNewer.has(code)),
    withoutEntry: newer.filter((code) => !inTable.has(code)),
  };
}

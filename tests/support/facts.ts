// Dated facts in the code: every "checked YYYY-MM-DD" (or `checked: 'YYYY-MM-DD'`) beside a fact, and every source
// in utils/links/sources.ts (its own date, or the file's "Checked on …" dates, the oldest counting). Plain Node.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const codeFolders = ['background', 'components', 'content', 'entrypoints', 'pages', 'platform', 'utils'];

/** One fact with the day it was last checked, and where it is written. */
export interface DatedFact {
  readonly where: string;
  readonly checked: string;
  readonly what: string;
}

const dateMark = /checked(?: on)?[:\s]+'?(\d{4}-\d{2}-\d{2})/gi;

/** The dated facts in one file's text: each "checked <day>" mark, and in the sources file each entry. */
export function factsIn(file: string, text: string): DatedFact[] {
  const lines = text.split('\n');
  const facts: DatedFact[] = [];
  const registry = file.endsWith(join('links', 'sources.ts'));
  const bodyStart = registry ? text.slice(0, text.indexOf('export const')).split('\n').length - 1 : 0;
  lines.forEach((line, index) => {
    if (index < bodyStart) return; // the registry's header dates apply to its entries, below
    for (const [, day] of line.matchAll(dateMark))
      facts.push({ where: `${file}:${index + 1}`, checked: day!, what: line.trim().slice(0, 100) });
  });
  if (!registry) return facts;
  // In the sources registry, an entry without a date of its own was checked when the file says (the oldest day).
  const headerDays = [...(text.slice(0, text.indexOf('export const')).matchAll(/\d{4}-\d{2}-\d{2}/g) ?? [])].map((m) => m[0]).sort();
  let comment = '';
  lines.forEach((line, index) => {
    if (index <= bodyStart) return;
    if (/^\s*(\/\*\*|\*)/.test(line)) comment += line;
    const entry = /^\s{2}(\w+):/.exec(line);
    if (entry && !/^\s*\*/.test(line)) {
      if (!/checked/i.test(comment + line) && headerDays[0])
        facts.push({ where: `${file}:${index + 1}`, checked: headerDays[0], what: `source ${entry[1]}` });
      comment = '';
    }
  });
  return facts;
}

/** Every dated fact in the code folders. */
export function allFacts(): DatedFact[] {
  return codeFolders.flatMap((folder) =>
    readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      .flatMap((file) => factsIn(file, readFileSync(join(root, file), 'utf8'))),
  );
}

/** The facts last checked more than six months before `today` (a UTC day), oldest first. */
export function dueFacts(facts: readonly DatedFact[], today: Date): DatedFact[] {
  const cutoff = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 6, today.getUTCDate()));
  return facts
    .filter((fact) => Date.parse(`${fact.checked}T00:00:00Z`) < cutoff.getTime())
    .sort((a, b) => a.checked.localeCompare(b.checked));
}

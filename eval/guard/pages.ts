// Which pages an evaluation set holds, their labels and where each is served: pure, handed the set's file list and
// the text of its manifest.json, so a unit test can check it without a folder.

/**
 * What a page of the set is: a sign-in `lookalike`, an `ordinary` page, a genuine Outlook Web App logon
 * (`owa-genuine`), or a first-stage `lure` that only leads onward (a shared-file or voicemail page with links and no
 * sign-in form). Lures are reported apart: the guard judges the page that asks for the password, not the link to it.
 */
export const labels = ['lookalike', 'ordinary', 'owa-genuine', 'lure'] as const;

/** One of {@link labels}. */
export type Label = (typeof labels)[number];

/** The made-up domain the pages are served under when the manifest names no host (never Microsoft's). */
export const evalDomain = 'guard-eval.test';

/** One page of a set: its file, its label and the address it is loaded at. */
export interface EvalPage {
  /** Path below the set's folder, `/`-separated, e.g. `lookalike/kit-2019/index.html`. */
  file: string;
  label: Label;
  /** The kit family or site kind the set's author gave (`-` when none). */
  family: string;
  /** The page's language as the set's author gave it (`-` when none). */
  language: string;
  /** Host it is served at: the manifest's `host`, else `p<n>.guard-eval.test` with n its place in the set. */
  host: string;
  /** Path it is served at: the manifest's `path`, else `/` and the file's own name (the folders, which name the label, stay out of the address). */
  path: string;
}

/** The pages found, and what was wrong or left out (said to the person, not fatal). */
export interface PageList {
  pages: EvalPage[];
  problems: string[];
}

const hostPattern = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const pathPattern = /^\/[^?#\s]*$/;

/** Whether a value is one of the set's labels. */
export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (labels as readonly string[]).includes(value);
}

const text = (value: unknown): string => (typeof value === 'string' && value.trim() !== '' ? value.trim() : '-');
const fileName = (file: string): string => file.slice(file.lastIndexOf('/') + 1);

interface Labelled {
  file: string;
  label: Label;
  family: string;
  language: string;
  host?: string;
  path?: string;
}

/** The manifest's entries that are usable, with a problem said for each that is not. */
function fromManifest(manifestText: string, htmlFiles: ReadonlySet<string>, problems: string[]): Labelled[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText);
  } catch {
    problems.push('manifest.json is not JSON: no page read from it');
    return [];
  }
  if (!Array.isArray(parsed)) {
    problems.push('manifest.json is not an array of {file, label}: no page read from it');
    return [];
  }
  const seen = new Set<string>();
  const entries: Labelled[] = [];
  for (const [index, raw] of (parsed as unknown[]).entries()) {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const file = typeof entry.file === 'string' ? entry.file.replace(/^\.\//, '') : '';
    const where = `manifest.json entry ${index + 1}${file ? ` (${file})` : ''}`;
    if (!file) {
      problems.push(`${where}: no file`);
      continue;
    }
    if (!isLabel(entry.label)) {
      problems.push(`${where}: label is not one of ${labels.join(', ')}`);
      continue;
    }
    if (!htmlFiles.has(file)) {
      problems.push(`${where}: no such .html file in the folder`);
      continue;
    }
    if (seen.has(file)) {
      problems.push(`${where}: listed twice, counted once`);
      continue;
    }
    seen.add(file);
    const host = typeof entry.host === 'string' ? entry.host.toLowerCase() : undefined;
    const hostOk = host !== undefined && hostPattern.test(host);
    if (host !== undefined && !hostOk) problems.push(`${where}: host "${entry.host}" is no hostname, served at its own instead`);
    const path = typeof entry.path === 'string' ? entry.path : undefined;
    const pathOk = path !== undefined && pathPattern.test(path) && !path.split('/').includes('..');
    if (path !== undefined && !pathOk)
      problems.push(`${where}: path "${path}" is no absolute path without query, served at its file name instead`);
    entries.push({
      file,
      label: entry.label,
      family: text(entry.family),
      language: text(entry.language),
      host: hostOk ? host : undefined,
      path: pathOk ? path : undefined,
    });
  }
  const left = [...htmlFiles].filter((file) => !seen.has(file)).length;
  if (left > 0) problems.push(`${left} .html file${left === 1 ? ' is' : 's are'} not in manifest.json and left out`);
  return entries;
}

/** Pages labelled by their first folder (`lookalike/`, `ordinary/`, `owa-genuine/`), the family by the second if any. */
function fromFolders(htmlFiles: readonly string[], problems: string[]): Labelled[] {
  const entries: Labelled[] = [];
  let left = 0;
  for (const file of htmlFiles) {
    const parts = file.split('/');
    const label = parts[0];
    if (parts.length < 2 || !isLabel(label)) {
      left += 1;
      continue;
    }
    entries.push({ file, label, family: parts.length >= 3 ? parts[1]! : '-', language: '-' });
  }
  if (left > 0)
    problems.push(`${left} .html file${left === 1 ? ' is' : 's are'} outside ${labels.map((l) => `${l}/`).join(', ')} and left out`);
  return entries;
}

/**
 * The set's pages, sorted by file: labels from `manifestText` (manifest.json's text) when given, else from each file's
 * first folder. Each page gets its own host (`p<n>.guard-eval.test`, n counted over the whole set, so the same page
 * keeps its host whatever `--only` picks) unless the manifest names one; a host named twice goes to the first page listed.
 */
export function readPages(htmlFiles: readonly string[], manifestText: string | undefined): PageList {
  const problems: string[] = [];
  const sorted = [...new Set(htmlFiles)].sort();
  const entries = manifestText === undefined ? fromFolders(sorted, problems) : fromManifest(manifestText, new Set(sorted), problems);
  // A host named twice goes to the page listed first; the others get one of their own.
  const taken = new Set<string>();
  for (const entry of entries) {
    if (entry.host === undefined) continue;
    if (taken.has(entry.host)) {
      problems.push(`${entry.file}: host ${entry.host} is already another page's, served at its own instead`);
      entry.host = undefined;
    } else taken.add(entry.host);
  }
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const pages = entries.map((entry, index) => {
    let host = entry.host;
    for (let n = index + 1; host === undefined; n += entries.length) if (!taken.has(`p${n}.${evalDomain}`)) host = `p${n}.${evalDomain}`;
    taken.add(host);
    return {
      file: entry.file,
      label: entry.label,
      family: entry.family,
      language: entry.language,
      host,
      path: entry.path ?? `/${fileName(entry.file)}`,
    };
  });
  return { pages, problems };
}

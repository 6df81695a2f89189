import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { links, sources } from '@/utils/links';
import { portalFor, portals } from '@/utils/portals';

const root = join(import.meta.dirname, '..', '..', '..');
const codeFiles = ['background', 'components', 'content', 'pages', 'platform', 'utils'].flatMap((dir) =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name))),
);
const examples = new Set(portals.flatMap((portal) => portal.examples));
/** Every whole https address written in the code (templates with `${…}` and match patterns with `*` are patterns, not addresses). */
const literals = codeFiles.flatMap((file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/['`](https:\/\/[^'`$\s*]+)['`]/g)].map(([, url]) => ({ file, url: url! })),
);

describe('every Microsoft address is written once, with its source', () => {
  test('addresses appear only in utils/links/ (the catalog’s example URLs aside)', () => {
    const elsewhere = literals.filter(({ file, url }) => !file.startsWith(join('utils', 'links')) && !examples.has(url));
    expect(elsewhere).toEqual([]);
  });

  test('no address is written twice', () => {
    const inRegistry = literals.filter(({ file }) => file.startsWith(join('utils', 'links'))).map(({ url }) => url);
    expect(inRegistry.filter((url, index) => inRegistry.indexOf(url) !== index)).toEqual([]);
  });

  test('each link is https on a Microsoft-run domain and cites a Microsoft Learn, Support or MSAL page', () => {
    for (const [name, link] of Object.entries(links)) {
      expect(new URL(link.url).protocol, name).toBe('https:');
      expect(new URL(link.url).hostname, name).toMatch(
        /(^|\.)(microsoft\.com|microsoftonline\.com|microsoftonline\.us|microsoftonline\.cn|live\.com|office365\.us|apps\.mil|cloud\.microsoft|microsoft365\.com|microsoft\.us|azure\.us|windowsazure\.cn)$/,
      );
      expect(Object.values(sources), name).toContain(link.source);
    }
  });

  test('the registry is sorted by name, so a new link has one place to go', () => {
    const names = Object.keys(links);
    expect(names).toEqual([...names].sort());
  });
});

describe('portalFor: the one portal lookup', () => {
  test('names the sign-in portal of each cloud and account kind, written out', () => {
    expect(portalFor('global').id).toBe('global-work');
    expect(portalFor('usgov').id).toBe('usgov');
    expect(portalFor('china').id).toBe('china-21vianet');
    expect(portalFor('germany').id).toBe('germany-retired');
    expect(portalFor('global', 'personal').id).toBe('personal-msa');
    expect(portalFor('china', 'personal').id).toBe('personal-msa'); // personal accounts exist only worldwide
  });
});

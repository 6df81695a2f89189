import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Where code runs: each folder may import from utils/ and from the folders listed beside it, nothing else of ours. */
const mayImport: Record<string, readonly string[]> = {
  background: ['background', 'platform', 'utils'],
  content: ['content', 'platform', 'utils', 'components'],
  pages: ['pages', 'platform', 'utils'],
  platform: ['platform', 'utils'],
  utils: ['utils'],
  components: ['components', 'platform', 'pages', 'utils'],
};
const codeFolders = Object.keys(mayImport);

test('each folder imports only what runs where it runs (service worker, sign-in page, extension pages)', () => {
  for (const folder of codeFolders) {
    for (const file of sourceFiles(folder)) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, target] of text.matchAll(/from '@\/([a-z-]+)\//g)) {
        expect(mayImport[folder], `${file} imports @/${target}/`).toContain(target);
      }
    }
  }
});

test('the in-page panel and what it draws use nothing of the popup, the options page or the service worker', () => {
  const inPage = [...sourceFiles(join('components', 'panel')), ...sourceFiles('content')];
  for (const file of inPage) {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text, file).not.toMatch(/from '@\/(components\/(popup|options)|pages|background)\//);
  }
});

test('pure logic in utils/ has no browser or storage imports', () => {
  const pureFiles = sourceFiles('utils');
  expect(pureFiles.length).toBeGreaterThan(3);
  for (const file of pureFiles) {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text, file).not.toMatch(/from ['"](wxt\/browser|@wxt-dev\/storage|webextension-polyfill|wxt\/utils\/storage)['"]/);
    expect(text, file).not.toMatch(/\b(chrome|browser)\.(runtime|storage|tabs|action)\b/);
  }
});

test('every export has a doc comment', () => {
  for (const file of codeFolders.flatMap(sourceFiles)) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (!/^export (async )?(function|const|interface|type|class) \w/.test(line)) return;
      const before = lines
        .slice(0, index)
        .reverse()
        .find((candidate) => candidate.trim() !== '');
      expect(before?.trim().endsWith('*/'), `${file}:${index + 1} ${line}`).toBe(true);
    });
  }
});

test('no source file grows past 300 lines', () => {
  for (const file of [...codeFolders.flatMap(sourceFiles), ...sourceFiles('entrypoints')]) {
    const count = readFileSync(join(root, file), 'utf8').split('\n').length;
    expect(count, file).toBeLessThanOrEqual(300);
  }
});

test('no source writes HTML strings into the page', () => {
  for (const file of [...codeFolders.flatMap(sourceFiles), ...sourceFiles('entrypoints')]) {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text, file).not.toMatch(/innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/);
  }
});

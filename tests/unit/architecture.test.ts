import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const pureFiles = sourceFiles('utils').filter((file) => !file.startsWith(join('utils', 'extension')));

test('pure logic in utils/ (outside utils/extension) has no browser or storage imports', () => {
  expect(pureFiles.length).toBeGreaterThan(3);
  for (const file of pureFiles) {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text, file).not.toMatch(/from ['"](wxt\/browser|@wxt-dev\/storage|webextension-polyfill|wxt\/utils\/storage)['"]/);
    expect(text, file).not.toMatch(/\b(chrome|browser)\.(runtime|storage|tabs|action)\b/);
  }
});

test('every export in utils/ and components/ has a doc comment', () => {
  for (const file of [...sourceFiles('utils'), ...sourceFiles('components')]) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (!/^export (async )?(function|const|interface|type|class) \w/.test(line)) return;
      const before = lines.slice(0, index).reverse().find((candidate) => candidate.trim() !== '');
      expect(before?.trim().endsWith('*/'), `${file}:${index + 1} ${line}`).toBe(true);
    });
  }
});

test('no source file grows past 300 lines', () => {
  for (const file of [...sourceFiles('utils'), ...sourceFiles('components'), ...sourceFiles('entrypoints')]) {
    const count = readFileSync(join(root, file), 'utf8').split('\n').length;
    expect(count, file).toBeLessThanOrEqual(300);
  }
});

test('no source writes HTML strings into the page', () => {
  for (const file of [...sourceFiles('utils'), ...sourceFiles('components'), ...sourceFiles('entrypoints')]) {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text, file).not.toMatch(/innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/);
  }
});

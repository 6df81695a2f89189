import { describe, expect, test } from 'vitest';
import { parseOptions } from '../../../eval/guard/options';
import { type EvalPage, readPages } from '../../../eval/guard/pages';
import { fileFor, wakeInertScripts } from '../../../eval/guard/serve';

describe('which pages a set holds', () => {
  test('without a manifest, the first folder is the label, the second the family; other files are left out and said so', () => {
    const files = ['raw/kit.html', 'ordinary/shop.html', 'lookalike/kit-2019/index.html', 'top.html', 'owa-genuine/contoso/logon.html'];
    expect(readPages(files, undefined)).toEqual({
      pages: [
        {
          file: 'lookalike/kit-2019/index.html',
          label: 'lookalike',
          family: 'kit-2019',
          language: '-',
          host: 'p1.guard-eval.test',
          path: '/index.html',
        },
        { file: 'ordinary/shop.html', label: 'ordinary', family: '-', language: '-', host: 'p2.guard-eval.test', path: '/shop.html' },
        {
          file: 'owa-genuine/contoso/logon.html',
          label: 'owa-genuine',
          family: 'contoso',
          language: '-',
          host: 'p3.guard-eval.test',
          path: '/logon.html',
        },
      ],
      problems: ['2 .html files are outside lookalike/, ordinary/, owa-genuine/, lure/ and left out'],
    });
  });

  test('with a manifest, its entries are the set: host and path as given, each mistake said and the page served or left out', () => {
    const files = ['a/one.html', 'a/two.html', 'b/three.html', 'b/four.html', 'b/five.html', 'c/unlisted.html'];
    const manifest = JSON.stringify([
      {
        file: 'b/three.html',
        label: 'owa-genuine',
        family: 'owa 2016',
        language: 'en',
        host: 'Mail.Contoso.com',
        path: '/owa/auth/logon.aspx',
      },
      { file: 'a/one.html', label: 'lookalike', family: 'kit A', language: 'de' },
      { file: 'a/two.html', label: 'phish' },
      { file: 'missing.html', label: 'ordinary' },
      { file: 'a/one.html', label: 'ordinary' },
      { file: './b/four.html', label: 'ordinary', host: 'mail.contoso.com', path: 'relative' },
      { file: 'b/five.html', label: 'ordinary', host: 'not a host', path: '/x/../y' },
      'junk',
    ]);
    const { pages, problems } = readPages(files, manifest);
    expect(pages).toEqual([
      { file: 'a/one.html', label: 'lookalike', family: 'kit A', language: 'de', host: 'p1.guard-eval.test', path: '/one.html' },
      { file: 'b/five.html', label: 'ordinary', family: '-', language: '-', host: 'p2.guard-eval.test', path: '/five.html' },
      { file: 'b/four.html', label: 'ordinary', family: '-', language: '-', host: 'p3.guard-eval.test', path: '/four.html' },
      {
        file: 'b/three.html',
        label: 'owa-genuine',
        family: 'owa 2016',
        language: 'en',
        host: 'mail.contoso.com',
        path: '/owa/auth/logon.aspx',
      },
    ]);
    expect(problems).toEqual([
      'manifest.json entry 3 (a/two.html): label is not one of lookalike, ordinary, owa-genuine, lure',
      'manifest.json entry 4 (missing.html): no such .html file in the folder',
      'manifest.json entry 5 (a/one.html): listed twice, counted once',
      'manifest.json entry 6 (b/four.html): path "relative" is no absolute path without query, served at its file name instead',
      'manifest.json entry 7 (b/five.html): host "not a host" is no hostname, served at its own instead',
      'manifest.json entry 7 (b/five.html): path "/x/../y" is no absolute path without query, served at its file name instead',
      'manifest.json entry 8: no file',
      '2 .html files are not in manifest.json and left out',
      "b/four.html: host mail.contoso.com is already another page's, served at its own instead",
    ]);
  });

  test('a manifest that is no JSON array gives no page, and says why', () => {
    expect(readPages(['a.html'], '{')).toEqual({ pages: [], problems: ['manifest.json is not JSON: no page read from it'] });
    expect(readPages(['a.html'], '{"file":"a.html"}').problems).toEqual([
      'manifest.json is not an array of {file, label}: no page read from it',
    ]);
  });
});

describe("what the server answers on a page's host", () => {
  const page = (file: string, path: string): EvalPage => ({
    file,
    path,
    label: 'lookalike',
    family: '-',
    language: '-',
    host: 'p1.guard-eval.test',
  });
  test("the page at its path, the files beside it below the same folder, nothing outside the page's folder", () => {
    const kit = page('lookalike/kit/index.html', '/index.html');
    expect(fileFor('/set', kit, '/index.html')).toBe('/set/lookalike/kit/index.html');
    expect(fileFor('/set', kit, '/img/logo%20big.png')).toBe('/set/lookalike/kit/img/logo big.png');
    expect(fileFor('/set', kit, '/%2e%2e/other/index.html')).toBeUndefined();
    expect(fileFor('/set', kit, '/%E0%A4%A')).toBeUndefined();
    const owa = page('owa-genuine/x/logon.html', '/owa/auth/logon.aspx');
    expect(fileFor('/set', owa, '/owa/auth/logon.aspx')).toBe('/set/owa-genuine/x/logon.html');
    expect(fileFor('/set', owa, '/owa/auth/themes/a.css')).toBe('/set/owa-genuine/x/themes/a.css');
    expect(fileFor('/set', owa, '/owa/other.css')).toBeUndefined();
  });
});

describe('scripts made live for --live-scripts', () => {
  test('inert scripts run again, with their source back; other scripts and text are left as they were', () => {
    const saved =
      '<script type="text/x-devset-inert">document.write(1)</script><SCRIPT TYPE=\'text/x-devset-inert\' data-devset-src="a.js"></SCRIPT>' +
      '<script type="module" src="b.js"></script><p>type="text/x-devset-inert" is how the set keeps them</p>';
    expect(wakeInertScripts(saved)).toBe(
      '<script>document.write(1)</script><SCRIPT src="a.js"></SCRIPT>' +
        '<script type="module" src="b.js"></script><p>type="text/x-devset-inert" is how the set keeps them</p>',
    );
  });
});

describe('the command line', () => {
  test('a folder and the options, with their defaults', () => {
    expect(parseOptions(['set'])).toEqual({ folder: 'set', build: true, tabs: 3, settleMs: 4000, liveScripts: false, help: false });
    expect(parseOptions(['--no-build', 'set', '--json', 'out.json', '--only', 'ordinary', '--tabs', '2', '--settle-ms', '6000'])).toEqual({
      folder: 'set',
      build: false,
      json: 'out.json',
      only: 'ordinary',
      tabs: 2,
      settleMs: 6000,
      liveScripts: false,
      help: false,
    });
    expect(parseOptions(['set', '--live-scripts', '--only', 'lure'])).toMatchObject({ liveScripts: true, only: 'lure' });
  });
  test('wrong command lines are refused with the reason', () => {
    expect(parseOptions([])).toEqual({ error: 'no folder given' });
    expect(parseOptions(['a', 'b'])).toEqual({ error: 'one folder only, not a b' });
    expect(parseOptions(['set', '--only', 'phish'])).toEqual({ error: '--only needs lookalike, ordinary, owa-genuine or lure' });
    expect(parseOptions(['set', '--json'])).toEqual({ error: '--json needs a file name' });
    expect(parseOptions(['set', '--json', '--no-build'])).toEqual({ error: '--json needs a file name' });
    expect(parseOptions(['set', '--tabs', '9'])).toEqual({ error: '--tabs needs a whole number from 1 to 4' });
    expect(parseOptions(['set', '--fast'])).toEqual({ error: 'unknown option --fast' });
    expect(parseOptions(['--help'])).toMatchObject({ help: true });
  });
});

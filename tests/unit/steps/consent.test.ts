// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { stepFixtures } from '../../fixtures/step-fixtures';
import { readStep } from '@/utils/steps';
import { readConsent } from '@/utils/steps/consent';
import { signInFamilies } from '@/utils/steps/sign-in';
import { isStepReading } from '@/utils/messages';

const fixturesDir = join(import.meta.dirname, '..', '..', 'fixtures');
const load = (file: string) => new DOMParser().parseFromString(readFileSync(join(fixturesDir, `${file}.html`), 'utf8'), 'text/html');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** A Microsoft Entra consent page of ours around `view` (the page id and the accept button mark it). */
const entra = (view: string) =>
  parse(
    `<meta name="PageID" content="ConvergedConsent"><form><div id="lightbox">${view}<input type="submit" name="idSIButton9" value="Accept"></div></form>`,
  );

describe('each consent fixture is read as the page shows it', () => {
  for (const fixture of stepFixtures.filter((item) => item.consent)) {
    test(fixture.file, () => {
      const reading = readStep(load(fixture.file), fixture.url, signInFamilies);
      expect(reading.step).toBe('consent');
      expect(reading.consent).toEqual(fixture.consent);
      expect(isStepReading(reading)).toBe(true); // the service worker takes it as it is
    });
  }
});

describe('names the app and publisher only where the page marks them', () => {
  test('a heading alone names no app (an honest nothing beats a confident wrong name)', () => {
    const consent = readConsent(entra('<div role="heading">Contoso Helper wants permissions</div><ul><li>Read your mail</li></ul>'));
    expect(consent).toEqual({ permissions: ['Read your mail'] });
  });

  test('the documented "Unverified" in place of a name is the state, not a publisher', () => {
    expect(readConsent(entra('<div class="app-name">A</div><span class="publisher">Unverified</span>'))).toEqual({
      app: 'A',
      publisherState: 'unverified',
      permissions: [],
    });
  });

  test('a page that says both verified and unverified says neither', () => {
    const consent = readConsent(entra('<span class="publisher">X</span><img class="verified-badge" alt=""><p>Unverified</p>'));
    expect(consent).toEqual({ publisher: 'X', permissions: [] });
  });

  test('a consent view showing nothing of the app gives nothing, and the help stays general', () => {
    expect(readConsent(entra('<div role="heading">Permissions requested</div>'))).toBeUndefined();
    expect(readConsent(parse(''))).toBeUndefined();
  });
});

describe('bad input: a calm, bounded reading', () => {
  test('no list: no permissions', () => {
    expect(readConsent(entra('<div class="app-name">A</div><p>Read your mail</p>'))?.permissions).toEqual([]);
  });

  test('thousands of items: at most 12 lines, each at most 120 characters, read fast', () => {
    const items = Array.from({ length: 5000 }, (_, index) => `<li>${index} ${'permission '.repeat(30)}</li>`).join('');
    const started = performance.now();
    const consent = readConsent(entra(`<ul>${items}</ul>`));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(consent?.permissions).toHaveLength(12);
    for (const line of consent!.permissions) expect(line.length).toBeLessThanOrEqual(120);
  });

  test('nested lists: only the innermost items, each once', () => {
    const consent = readConsent(
      entra('<ul><li>Mail<ul><li>Read your mail</li><li>Send mail as you</li></ul></li><li>Read your mail</li></ul>'),
    );
    expect(consent?.permissions).toEqual(['Read your mail', 'Send mail as you']);
  });

  test('hidden items and hidden descriptions are not read; the footer is not the view', () => {
    const consent = readConsent(
      entra(
        '<ul><li hidden>Send mail as you</li><li>Read your mail <span hidden>and every secret</span></li></ul><footer><ul><li>Privacy</li></ul></footer>',
      ),
    );
    expect(consent?.permissions).toEqual(['Read your mail']);
  });

  test('never a field’s value, a script or a style', () => {
    const html = '<ul><li>Read your mail <input value="p4ssw0rd"><textarea>typed secret</textarea><script>var s="x"</script></li></ul>';
    const line = readConsent(entra(html))?.permissions[0];
    expect(line).toBe('Read your mail');
    const page = entra(html);
    const values = vi.spyOn(HTMLInputElement.prototype, 'value', 'get');
    readConsent(page);
    expect(values).not.toHaveBeenCalled();
    values.mockRestore();
  });

  test('whatever the markup, no exception and a reading within bounds that the service worker accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (junk, more) => {
        const reading = readStep(
          entra(`<ul><li>${junk}</li></ul><span class="publisher">${more}</span>${junk}`),
          'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
          signInFamilies,
        );
        expect(isStepReading(reading)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the service worker takes consent details only of the reader’s shape', () => {
  const reading = { step: 'consent', consent: { app: 'A', permissions: ['Read your mail'] } };
  test.each([
    ['a good one', reading, true],
    ['on another step', { ...reading, step: 'password' }, false],
    ['13 lines', { step: 'consent', consent: { permissions: Array.from({ length: 13 }, () => 'x') } }, false],
    ['a long name', { step: 'consent', consent: { app: 'x'.repeat(121), permissions: [] } }, false],
    ['a state of its own', { step: 'consent', consent: { publisherState: 'trusted', permissions: [] } }, false],
    ['a field of its own', { step: 'consent', consent: { permissions: [], html: '<b>' } }, false],
    ['a line that is no text', { step: 'consent', consent: { permissions: [{}] } }, false],
  ])('%s', (_name, value, expected) => {
    expect(isStepReading(value)).toBe(expected);
  });
});

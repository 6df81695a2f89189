// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { stepFixtures } from '../../fixtures/step-fixtures';
import { accountPortals } from '@/utils/portals';
import { readStep } from '@/utils/steps';
import { accountPageFamilies } from '@/utils/steps/account-pages';
import { readPageConfig } from '@/utils/steps/page-config';
import { readSignInStep, signInFamilies } from '@/utils/steps/sign-in';

const stepFamilies = [...signInFamilies, ...accountPageFamilies];
const accountHosts = new Set(accountPortals.flatMap((portal) => portal.hosts));
/** What the content script on that host reads the page with: the account-page bundle on account hosts, else sign-in. */
const readAsServed = (document: Document, url: string) =>
  readStep(document, url, accountHosts.has(new URL(url).hostname) ? accountPageFamilies : signInFamilies);

const fixturesDir = join(import.meta.dirname, '..', '..', 'fixtures');

/** A fixture parsed as a document, scripts not run (as the reader must not need them). */
function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(fixturesDir, `${file}.html`), 'utf8'), 'text/html');
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('every fixture page is read right by the script its host gets', () => {
  for (const fixture of stepFixtures) {
    test(`${fixture.file} is ${fixture.step}${fixture.errorCode ? ` with AADSTS${fixture.errorCode}` : ''}`, () => {
      const reading = readAsServed(load(fixture.file), fixture.url);
      expect(reading.step).toBe(fixture.step);
      expect(reading.method).toBe(fixture.method);
      expect(reading.errorCode).toBe(fixture.errorCode);
    });
  }
});

describe('each page family reads its own pages and leaves the others alone', () => {
  const familyOf = (file: string) => file.split('/')[0];
  for (const family of stepFamilies) {
    const others = stepFixtures.filter((fixture) => familyOf(fixture.file) !== family.id && fixture.step !== 'unknown');
    for (const fixture of others) {
      test(`${family.id} does not claim ${fixture.file}`, () => {
        expect(family.read(load(fixture.file), new URL(fixture.url))).toBeUndefined();
      });
    }
  }
});

describe('the reader never reads what people type', () => {
  afterEach(() => vi.restoreAllMocks());

  test('no input value getter is called, on any fixture', () => {
    const documents = stepFixtures.map((fixture) => [load(fixture.file), fixture.url] as const); // parse first
    const getter = vi.spyOn(HTMLInputElement.prototype, 'value', 'get');
    const textarea = vi.spyOn(HTMLTextAreaElement.prototype, 'value', 'get');
    for (const [document, url] of documents) readAsServed(document, url);
    expect(getter).not.toHaveBeenCalled();
    expect(textarea).not.toHaveBeenCalled();
  });

  test('the spy does catch a read (so the test above can fail)', () => {
    const input = load('converged/account').querySelector('input')!;
    const getter = vi.spyOn(HTMLInputElement.prototype, 'value', 'get');
    void input.value;
    expect(getter).toHaveBeenCalledTimes(1);
  });

  test('typed text that looks like an error code does not become one', () => {
    const document = load('converged/account');
    const input = document.querySelector<HTMLInputElement>('#i0116')!;
    input.setAttribute('value', 'AADSTS50126');
    expect(readSignInStep(document, 'https://login.microsoftonline.com/').errorCode).toBeUndefined();
  });
});

describe('bad input gets a calm answer', () => {
  test('an empty document, a document without body, garbage URLs', () => {
    expect(readSignInStep(parse(''), 'https://login.microsoftonline.com/').step).toBe('unknown');
    const bodiless = document.implementation.createDocument(null, 'x', null) as unknown as Document;
    expect(readSignInStep(bodiless, 'https://login.microsoftonline.com/').step).toBe('unknown');
    expect(readSignInStep(load('converged/account'), 'not a url').step).toBe('unknown');
  });

  test('$Config is read as text: a hostile script is never run and gives only well-formed fields', () => {
    const document = parse(`<script>$Config={"pgid":"ConvergedTFA\\"};alert(1);//","sErrorCode":"1; DROP","correlationId":"x"};</script>`);
    expect(readPageConfig(document)).toEqual({});
  });

  test('an error text with several codes gives the server’s code, else the first shown', () => {
    expect(readSignInStep(load('converged/error-several-codes'), 'https://login.microsoftonline.com/').errorCode).toBe('50079');
    const noConfig = parse('<div role="alert">AADSTS50076 then AADSTS50079</div>');
    expect(readSignInStep(noConfig, 'https://login.microsoftonline.com/').errorCode).toBe('50076');
  });

  test('a Temporary Access Pass box only when shown: hidden, or a hidden field of that name, is not the pass view', () => {
    const page = (box: string) =>
      parse(`<meta name="PageID" content="ConvergedSignIn"><form><input id="i0118" name="passwd" type="password">${box}</form>`);
    const url = 'https://login.microsoftonline.com/common/login';
    expect(readSignInStep(page('<input name="accesspass" type="password">'), url)).toEqual({ step: 'verification', method: 'access-pass' });
    expect(readSignInStep(page('<input name="accesspass" type="hidden">'), url).step).toBe('password');
    expect(readSignInStep(page('<div hidden><input name="accesspass" type="password"></div>'), url).step).toBe('password');
  });

  test('never throws on arbitrary markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.webUrl(), (html, url) => {
        const reading = readSignInStep(parse(html), url);
        expect(typeof reading.step).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on markup made of the markers themselves, shuffled and broken', () => {
    const pieces = fc.constantFrom(
      '<input id="i0116" name="loginfmt">',
      '<input id="i0118" name="passwd" hidden>',
      '<div id="idDiv_SAOTCS_Proofs">',
      '<input id="usernameEntry">',
      '<div role="alert">AADSTS50126',
      '<script>$Config={"pgid":"KmsiInterrupt"',
      '<template><input id="passwordEntry"></template>',
      '</div>',
      '<div hidden>',
      '<input type="hidden" name="otc">',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const reading = readSignInStep(parse(parts.join('')), 'https://login.microsoftonline.com/');
        expect(reading.step).toMatch(/^[a-z-]+$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('AD FS pages an organization runs itself (listed in its policy)', () => {
  const adfs = 'https://adfs.contoso.com/adfs/ls/?client-request-id=x&wa=wsignin1.0';

  test('the sign-in form is the password step; a shown error is the error step', () => {
    expect(readSignInStep(load('adfs/sign-in'), adfs)).toEqual({ step: 'password' });
    expect(readSignInStep(load('adfs/error'), adfs)).toEqual({ step: 'error' });
  });

  test('the AD FS markers outside /adfs/ are not read as AD FS, and AD FS pages are no other family’s', () => {
    const adfsFamily = stepFamilies.find((family) => family.id === 'adfs')!;
    expect(adfsFamily.read(load('adfs/sign-in'), new URL('https://login.microsoftonline.com/common/login'))).toBeUndefined();
    for (const family of stepFamilies.filter((each) => each.id !== 'adfs')) {
      expect(family.read(load('adfs/sign-in'), new URL(adfs)), family.id).toBeUndefined();
    }
  });
});

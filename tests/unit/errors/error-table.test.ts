import { describe, expect, test } from 'vitest';
import { compareReference, recordedReference, referenceCodesIn, tableCodes } from '../../support/error-reference';
import { english, translatorFor } from '../../support/locales';
import { errorFacts, errorKinds, kindModules } from '@/utils/errors';
import { explainError, explanationOf } from '@/utils/errors/explain';
import { kindFixers } from '@/utils/errors/kinds';
import { ownWords } from '@/utils/errors/own-words';
import { codesBeyondReference, errorReference, wordSources } from '@/utils/errors/reference';
import { locales } from '@/utils/i18n/locales';
import { portalById } from '@/utils/portals';

const errorExplanations = errorFacts.map((facts) => explanationOf(facts, english));
const worldwide = portalById('global-work')!;

// The recorded revision's codes, counted by hand from the page (345 distinct; 50147 is listed twice there).
const firstAndLastOfRevision = ['16000', '16001', '650059'];

describe('every code of the recorded reference revision has an entry', () => {
  test('the revision is recorded with its commit and date, and its 345 codes are sorted and distinct', () => {
    expect(errorReference.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(errorReference.msDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const codes = [...errorReference.codes];
    expect(codes).toHaveLength(345);
    expect(codes).toEqual([...new Set(codes)].sort((a, b) => Number(a) - Number(b)));
    for (const code of firstAndLastOfRevision) expect(codes).toContain(code);
  });

  test('each of them is in the table, and the only codes beyond it are the sourced ones people meet on screen', () => {
    const table = new Set(errorFacts.map((entry) => entry.code));
    const missing = errorReference.codes.filter((code) => !table.has(code));
    expect(missing).toEqual([]);
    const beyond = [...table].filter((code) => !(errorReference.codes as readonly string[]).includes(code));
    expect(beyond.sort()).toEqual(Object.keys(codesBeyondReference).sort());
    for (const source of [...Object.values(codesBeyondReference), ...Object.values(wordSources)])
      expect(source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  });

  test('a known code of the revision gets its kind, not "unknown", in every language', () => {
    for (const locale of locales) {
      const t = translatorFor(locale);
      for (const code of errorReference.codes) {
        const help = explainError(code, worldwide, t);
        expect(help.explanation.kind, `${locale} ${code}`).not.toBe('unknown');
        expect(help.explanation.what, `${locale} ${code}`).not.toMatch(/^errors?Kind\.|^errors\./);
        expect(help.lookupUrl).toBe(`https://login.microsoftonline.com/error?code=${code}`);
      }
    }
  });
});

describe('the offline AADSTS table stays tidy', () => {
  test('each kind list is written in numeric order, no code is in two kinds, every kind but unknown has codes', () => {
    const seen = new Map<string, string>();
    for (const [name, module] of Object.entries(kindModules)) {
      for (const [kind, codes] of Object.entries(module)) {
        const numbers = (codes ?? []).map(Number);
        expect(numbers, `${name}.${kind}`).toEqual([...numbers].sort((a, b) => a - b));
        for (const code of codes ?? []) {
          expect(seen.get(code), `${code} in ${kind} and ${seen.get(code)}`).toBeUndefined();
          seen.set(code, kind);
        }
      }
    }
    const used = new Set(errorFacts.map((entry) => entry.kind));
    for (const kind of errorKinds) if (kind !== 'unknown') expect(used.has(kind), kind).toBe(true);
  });

  test('the npm script reads the same table and revision as the code', () => {
    expect(tableCodes()).toEqual(errorFacts.map((entry) => entry.code));
    expect(recordedReference().codes).toEqual([...errorReference.codes]);
    expect(recordedReference().commit).toBe(errorReference.commit);
  });

  test('a code with words of its own keeps its fixer; every other code takes its kind’s', () => {
    for (const entry of errorFacts) {
      const expected = ownWords[entry.code] ?? kindFixers[entry.kind as keyof typeof kindFixers];
      expect(entry.fixedBy, entry.code).toBe(expected);
      expect(entry.ownWords, entry.code).toBe(entry.code in ownWords);
    }
    for (const code of Object.keys(ownWords))
      expect(
        errorFacts.some((entry) => entry.code === code),
        code,
      ).toBe(true);
  });

  test('every entry is short, plain ASCII in English, and its IT line names its code', () => {
    for (const entry of errorExplanations) {
      expect(entry.code).toMatch(/^\d{5,7}$/);
      expect(entry.kindTitle.length, entry.code).toBeLessThanOrEqual(60);
      expect(entry.what.length, entry.code).toBeLessThanOrEqual(140);
      expect(entry.youCan.length, entry.code).toBeLessThanOrEqual(220);
      expect(entry.tellIt.length, entry.code).toBeLessThanOrEqual(160);
      expect(entry.tellIt, entry.code).toContain(`AADSTS${entry.code}`);
      for (const text of [entry.kindTitle, entry.what, entry.youCan, entry.tellIt]) expect(text, entry.code).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  test('never asks for a password or a code to be shared', () => {
    for (const entry of errorExplanations) {
      expect(`${entry.youCan} ${entry.tellIt}`, entry.code).not.toMatch(/(send|share|give|tell)[^.]*\b(your )?(password|code)\b/i);
    }
  });

  test('the codes people meet most have words of their own', () => {
    for (const code of [
      '50126',
      '50053',
      '50055',
      '50057',
      '50076',
      '50079',
      '53003',
      '90038',
      '500208',
      '16000',
      '500121',
      '50143',
      '135010',
    ]) {
      expect(ownWords[code], code).toBeDefined();
    }
  });

  test('who fixes what: a wrong password is yours, a Conditional Access block IT’s, a reply-address error the app’s, a busy service Microsoft’s', () => {
    const fixer = (code: string) => explainError(code, worldwide, english).explanation.fixedBy;
    expect(fixer('50126')).toBe('you');
    expect(fixer('53003')).toBe('admin');
    expect(fixer('50011')).toBe('app');
    expect(fixer('90033')).toBe('microsoft');
    expect(explainError('120004', worldwide, english).explanation.kind).toBe('password-change-failed');
    expect(explainError('130005', worldwide, english).explanation.kind).toBe('device');
  });

  test('50053 says its thresholds are defaults, and 50142 is in the recorded revision', () => {
    expect(explainError('50053', worldwide, english).explanation.what).toMatch(/by default/);
    expect(errorReference.codes).toContain('50142');
  });
});

describe('explainError', () => {
  test('a known code gets our explanation and the lookup link', () => {
    const help = explainError('50126', worldwide, english);
    expect(help.explanation.code).toBe('50126');
    expect(help.explanation.what).toMatch(/password/i);
    expect(help.lookupUrl).toBe('https://login.microsoftonline.com/error?code=50126');
  });

  test('a code with no words of its own gets its kind’s words, naming the code for IT', () => {
    const help = explainError('50107', worldwide, english);
    expect(help.explanation.kind).toBe('app-setup');
    expect(help.explanation.fixedBy).toBe('app');
    expect(help.explanation.tellIt).toContain('AADSTS50107');
  });

  test('a code no revision knows, even seven digits, gets the "unknown" kind and the lookup link: on the 21Vianet page, 21Vianet’s own lookup', () => {
    const help = explainError('9999999', portalById('china-21vianet')!, english);
    expect(help.explanation.kind).toBe('unknown');
    expect(help.explanation.fixedBy).toBe('unknown');
    expect(help.explanation.tellIt).toContain('AADSTS9999999');
    expect(help.lookupUrl).toBe('https://login.partner.microsoftonline.cn/error?code=9999999');
  });

  test('bad input gets a calm answer: letters dropped, overlong numbers cut, nothing thrown', () => {
    expect(explainError('5012x6', worldwide, english).code).toBe('50126');
    expect(explainError('<img>', worldwide, english).explanation.kind).toBe('unknown');
    expect(explainError('12345678901234', worldwide, english).code).toHaveLength(9);
  });

  test('a personal-account page falls back to the worldwide lookup', () => {
    expect(explainError('50058', portalById('personal-msa')!, english).lookupUrl).toBe(
      'https://login.microsoftonline.com/error?code=50058',
    );
  });
});

describe('npm run errors:check', () => {
  const markdown = [
    '| Error | Description |',
    '|---|---|',
    '| AADSTS16000 | something |',
    '| AADSTS160021| no space before the pipe |',
    '| AADSTS9999001 | a code of a newer revision |',
    'Text that mentions AADSTS50126 is not a row.',
  ].join('\n');

  test('reads the first column of the reference’s table rows, each code once', () => {
    expect(referenceCodesIn(`${markdown}\n| AADSTS16000 | again |`)).toEqual(['16000', '160021', '9999001']);
  });

  test('lists codes added and removed against the recorded revision, and the ones without an entry', () => {
    const result = compareReference(referenceCodesIn(markdown), ['16000', '160021', '50126'], ['16000', '160021', '50126']);
    expect(result).toEqual({ added: ['9999001'], removed: ['50126'], withoutEntry: ['9999001'] });
  });
});

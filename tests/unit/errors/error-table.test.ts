import { describe, expect, test } from 'vitest';
import { english } from '../../support/locales';
import { errorFacts } from '@/utils/errors';
import { accessRulesErrors } from '@/utils/errors/codes/access-rules';
import { appErrors } from '@/utils/errors/codes/app';
import { organizationErrors } from '@/utils/errors/codes/organization';
import { passwordErrors } from '@/utils/errors/codes/password';
import { sessionErrors } from '@/utils/errors/codes/session';
import { verificationErrors } from '@/utils/errors/codes/verification';
import { explainError, explanationOf } from '@/utils/errors/explain';
import { portalById } from '@/utils/portals';

const errorExplanations = errorFacts.map((facts) => explanationOf(facts, english));
const families = { accessRulesErrors, appErrors, organizationErrors, passwordErrors, sessionErrors, verificationErrors };

describe('the offline AADSTS table stays tidy', () => {
  test('at least 85 codes, each family module written in numeric order, no code in two families', () => {
    const codes = errorExplanations.map((entry) => Number(entry.code));
    expect(codes.length).toBeGreaterThanOrEqual(85);
    for (const [name, family] of Object.entries(families)) {
      const written = family.map((entry) => Number(entry.code));
      expect(written, name).toEqual([...written].sort((a, b) => a - b));
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('every entry is short, plain ASCII, and its IT line names its code', () => {
    for (const entry of errorExplanations) {
      expect(entry.code).toMatch(/^\d{5,7}$/);
      expect(entry.what.length, entry.code).toBeLessThanOrEqual(140);
      expect(entry.youCan.length, entry.code).toBeLessThanOrEqual(220);
      expect(entry.tellIt.length, entry.code).toBeLessThanOrEqual(160);
      expect(entry.tellIt, entry.code).toContain(`AADSTS${entry.code}`);
      for (const text of [entry.what, entry.youCan, entry.tellIt]) expect(text, entry.code).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  test('never asks for a password or a code to be shared', () => {
    for (const entry of errorExplanations) {
      expect(`${entry.youCan} ${entry.tellIt}`, entry.code).not.toMatch(/(send|share|give|tell)[^.]*\b(your )?(password|code)\b/i);
    }
  });

  test('the codes people meet most are all there', () => {
    const codes = new Set(errorExplanations.map((entry) => entry.code));
    for (const code of ['50126', '50053', '50055', '50057', '50076', '50079', '53003', '90038', '500208', '16000']) {
      expect(codes.has(code), code).toBe(true);
    }
  });
});

describe('explainError', () => {
  test('a known code gets our explanation and the lookup link', () => {
    const help = explainError('50126', portalById('global-work')!, english);
    expect(help.explanation?.code).toBe('50126');
    expect(help.explanation?.what).toMatch(/password/i);
    expect(help.lookupUrl).toBe('https://login.microsoftonline.com/error?code=50126');
  });

  test('an unknown code gets no made-up explanation, only the lookup link: on the 21Vianet page, 21Vianet’s own lookup', () => {
    const help = explainError('9999999', portalById('china-21vianet')!, english);
    expect(help.explanation).toBeUndefined();
    expect(help.lookupUrl).toBe('https://login.partner.microsoftonline.cn/error?code=9999999');
  });

  test('a personal-account page falls back to the worldwide lookup', () => {
    expect(explainError('50058', portalById('personal-msa')!, english).lookupUrl).toBe(
      'https://login.microsoftonline.com/error?code=50058',
    );
  });
});

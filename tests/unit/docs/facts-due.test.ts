import { describe, expect, test } from 'vitest';
import { allFacts, dueFacts, factsIn } from '../../support/facts';

describe('npm run facts:due', () => {
  const text = ['// a host, checked 2026-12-07', "const notice = { checked: '2026-01-15' };", 'const undated = 1;'].join('\n');

  test('finds each "checked <day>" beside a fact, in comments and in data', () => {
    expect(factsIn('utils/x.ts', text).map((fact) => [fact.where, fact.checked])).toEqual([
      ['utils/x.ts:1', '2026-12-07'],
      ['utils/x.ts:2', '2026-01-15'],
    ]);
  });

  test('lists the facts not checked for six months, and none that were, on both sides of the line', () => {
    const facts = factsIn('utils/x.ts', text);
    expect(dueFacts(facts, new Date('2026-07-14T12:00:00Z')).map((fact) => fact.checked)).toEqual([]);
    expect(dueFacts(facts, new Date('2026-07-16T12:00:00Z')).map((fact) => fact.checked)).toEqual(['2026-01-15']);
    expect(dueFacts(facts, new Date('2027-06-08T00:00:00Z')).map((fact) => fact.checked)).toEqual(['2026-01-15', '2026-12-07']);
  });

  test('every source of the registry carries a day, its own or the registry’s, and the dated notices theirs', () => {
    const facts = allFacts();
    const registry = facts.filter((fact) => fact.where.startsWith('utils/links/sources.ts'));
    expect(registry.length).toBeGreaterThan(40);
    expect(facts.some((fact) => fact.where.startsWith('utils/advice/dated.ts'))).toBe(true);
    expect(facts.some((fact) => fact.where.startsWith('utils/errors/reference.ts'))).toBe(true);
    for (const fact of facts) expect(Number.isNaN(Date.parse(fact.checked)), fact.where).toBe(false);
  });
});

// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { matching } from '@/utils/lookalike/scope';
test('debug', () => {
  for (const file of (process.env.PAGES ?? '').split(',')) {
    const document = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
    const evidence = { document, resources: [] };
    for (const button of matching(evidence, 'a, button, [role="button"], input[type="submit"], input[type="button"]').slice(0, 300)) {
      const label = `${button.textContent ?? ''} ${button.getAttribute('aria-label') ?? ''} ${button.getAttribute('value') ?? ''}`;
      console.log(file, JSON.stringify(label.slice(0, 120)));
    }
  }
});

// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { credentialFieldProbe } from '@/background/guard/probe';
import { credentialFieldSelector } from '@/utils/lookalike';

beforeEach(() => {
  document.body.replaceChildren();
});

describe('the tripwire in the page’s own world', () => {
  test('fires at once on a page that shows a credential field', async () => {
    document.body.append(Object.assign(document.createElement('input'), { type: 'password' }));
    await expect(credentialFieldProbe(credentialFieldSelector, 60_000)).resolves.toBe(true);
  });

  test('fires when the page adds a field later (behind a "checking your browser" gate, say)', async () => {
    const tripped = credentialFieldProbe(credentialFieldSelector, 60_000);
    document.body.append(document.createElement('div')); // unrelated changes first
    const field = Object.assign(document.createElement('input'), { type: 'email' });
    document.body.append(field);
    await expect(tripped).resolves.toBe(true);
  });

  test('stays quiet on a page without one, and gives up when the page goes away or its patience ends', async () => {
    const leaving = credentialFieldProbe(credentialFieldSelector, 60_000);
    window.dispatchEvent(new Event('pagehide'));
    await expect(leaving).resolves.toBe(false);
    await expect(credentialFieldProbe(credentialFieldSelector, 10)).resolves.toBe(false);
  });

  test('is self-contained: the browser sends its source text, so it may use nothing outside itself', () => {
    const source = credentialFieldProbe.toString();
    expect(source).not.toMatch(/\bimport\b|require\(|__vite|_interop/);
  });
});

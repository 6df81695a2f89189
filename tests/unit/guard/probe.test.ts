// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { credentialFieldProbe } from '@/background/guard/probe';
import { credentialFieldSelector, guardTriggerSelector } from '@/utils/lookalike';

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

  // happy-dom does not retarget events out of shadow roots as browsers do; guard.e2e.ts proves it on the shadow-root page.
  test('fires when a field inside an open shadow root gets focus (the document’s queries do not see it)', async () => {
    const host = document.createElement('sign-in-box');
    const field = Object.assign(document.createElement('input'), { type: 'password' });
    host.attachShadow({ mode: 'open' }).append(field);
    document.body.append(host);
    let settled = false;
    const tripped = credentialFieldProbe(credentialFieldSelector, 60_000).then((found) => {
      settled = true;
      return found;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    field.focus();
    await expect(tripped).resolves.toBe(true);
  });

  test('fires on Microsoft’s number-match display, a step with no field at all', async () => {
    const number = Object.assign(document.createElement('div'), { id: 'idRichContext_DisplaySign' });
    document.body.append(number);
    await expect(credentialFieldProbe(guardTriggerSelector, 60_000)).resolves.toBe(true);
    await expect(credentialFieldProbe(credentialFieldSelector, 10)).resolves.toBe(false);
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

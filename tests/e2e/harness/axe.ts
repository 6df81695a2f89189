import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { inPanel } from './panel';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on an extension page (the popup), as `rule: selectors` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }
    ).axe;
    const { violations } = await axe.run(document);
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' | ')}`);
  });
}

/**
 * axe-core's violations in the in-page panel. axe cannot enter a closed shadow root, so the test copies the
 * panel's rendered nodes (styles included) into an open shadow root in the page and checks the copy.
 * `extra` is markup added to the copy, for the control that proves the check can fail.
 */
export async function axeViolationsInPanel(page: Page, extra = ''): Promise<string[]> {
  await page.evaluate(axeSource);
  return inPanel<string[]>(
    page,
    `function () {
      document.getElementById('axe-copy')?.remove();
      const host = document.createElement('div');
      host.id = 'axe-copy';
      const root = host.attachShadow({ mode: 'open' });
      root.append(...[...this.childNodes].map((node) => node.cloneNode(true)));
      const template = document.createElement('template');
      template.innerHTML = ${JSON.stringify(extra)};
      root.querySelector('.dock')?.append(template.content);
      document.body.append(host);
      return window.axe.run(host).then((result) =>
        result.violations.map((violation) => violation.id + ': ' + violation.nodes.map((node) => JSON.stringify(node.target)).join(' | ')));
    }`,
  );
}

// The demo's screenshot mode: every scene of demo/plan.ts photographed with the chip and with the opened card,
// the walkthrough followed through the pages' own buttons, then the store images and (on request) the README's.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/harness/extension-browser';
import { openCard, panelBox, waitForPanel, type Box } from '../tests/e2e/harness/panel';
import { desktop, outputDirs, phoneScenes, portalScenes, startUrl, walkthrough, warningScenes, type Scene } from './plan';
import { writePortalStoreImages, writeStoreArt } from './store';

/** Poll `read` (every 50 ms) until it gives something, or fail after `timeoutMs` naming what never came. */
async function until<T>(what: string, read: () => Promise<T | null | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Wait until the `<sign-in-assistant>` host's `data-<name>` says `value`. */
async function hostSays(page: Page, name: string, value: string): Promise<void> {
  await page.waitForFunction(
    ([attribute, expected]) => document.querySelector('sign-in-assistant')?.getAttribute(`data-${attribute}`) === expected,
    [name, value] as const,
    { timeout: 10_000 },
  );
}

/** The card's box once it is open, clicking the chip first if it is not. */
async function openedCard(page: Page): Promise<Box> {
  await openCard(page);
  return until('the card to open', () => panelBox(page, '.card'));
}

/** The README's crop of a desktop shot: from just above the sign-in box and the card to the bottom, left edge to past the box. */
async function readmeClip(page: Page): Promise<Box> {
  const form = await until('the sign-in box', () => page.locator('#lightbox').boundingBox());
  const card = await panelBox(page, '.card');
  const y = Math.max(0, Math.floor(Math.min(form.y, card?.y ?? form.y)) - 16);
  return { x: 0, y, width: Math.min(desktop.width, Math.ceil(form.x + form.width) + 24), height: desktop.height - y };
}

/** Which README pictures come from which scene (with `--readme`); phone shots are kept whole. */
const readmeShots: Record<string, { chip?: string; card?: string }> = {
  'global-work-phone': { chip: 'demo-chip.png' },
  'warning-wrong-cloud': { card: 'demo-card.png' },
};

interface Context {
  dir: string;
  readmeDir?: string;
  written: string[];
}

/** Photograph one scene on `page`, already on its URL: the chip, then the opened card. Returns the card's PNG. */
async function photograph(page: Page, scene: Scene, context: Context): Promise<Buffer | undefined> {
  await waitForPanel(page);
  await hostSays(page, 'step', scene.step);
  if (scene.type) {
    await page.locator('#i0116, #usernameEntry').first().fill(scene.type);
    await page.keyboard.press('Tab');
  }
  if (scene.warning) {
    await hostSays(page, 'warning', scene.warning);
    await until('the warning in the card', () => panelBox(page, '.card .warning'));
  }
  const readme = context.readmeDir ? readmeShots[scene.name] : undefined;
  const shoot = async (kind: 'chip' | 'card') => {
    const path = join(context.dir, `${scene.name}-${kind}.png`);
    const png = await page.screenshot({ path });
    context.written.push(path);
    const readmeFile = readme?.[kind];
    if (readmeFile) {
      const readmePath = join(context.readmeDir!, readmeFile);
      await page.screenshot({ path: readmePath, ...(scene.viewport ? {} : { clip: await readmeClip(page) }) });
      context.written.push(readmePath);
    }
    return png;
  };
  if (scene.chip) {
    await until('the chip', () => panelBox(page, '.chip'));
    await shoot('chip');
  }
  if (scene.card === false) return undefined;
  await openedCard(page);
  return shoot('card');
}

async function newPage(browser: ExtensionBrowser, scene?: Scene): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(scene?.viewport ?? desktop);
  return page;
}

/**
 * Take every screenshot of the demo with `browser` (launched on the demo server): into .output/demo/, the store
 * images into .output/store/, and with `readme` the pictures in docs/images/. Returns the files written.
 */
export async function takeScreenshots(browser: ExtensionBrowser, options: { root: string; readme?: boolean }): Promise<string[]> {
  const dirs = outputDirs(options.root);
  const context: Context = { dir: dirs.demo, written: [], ...(options.readme ? { readmeDir: dirs.readme } : {}) };
  await Promise.all([dirs.demo, dirs.store, ...(options.readme ? [dirs.readme] : [])].map((dir) => mkdir(dir, { recursive: true })));

  const start = await newPage(browser);
  await start.goto(startUrl);
  await start.screenshot({ path: join(dirs.demo, 'start-page.png') });
  context.written.push(join(dirs.demo, 'start-page.png'));
  await start.close();

  for (const scene of portalScenes) {
    const page = await newPage(browser, scene);
    await page.goto(scene.url);
    const card = (await photograph(page, scene, context))!;
    context.written.push(...(await writePortalStoreImages(browser, page, scene.portalId, card, dirs.store)));
    await page.close();
  }

  // The walkthrough goes from page to page the way a person would: fill the field, press the page's button.
  const page = await newPage(browser);
  for (const [index, scene] of walkthrough.entries()) {
    if (index === 0) await page.goto(scene.url);
    if (scene.fill) await page.fill(scene.fill.field, scene.fill.value);
    await photograph(page, scene, context);
    const next = walkthrough[index + 1];
    const arrived = next ? page.waitForURL(next.url) : page.waitForURL((url) => url.origin === new URL(startUrl).origin);
    await Promise.all([arrived, page.click('[data-demo-next]')]);
  }
  await page.close();

  for (const scene of [...warningScenes, ...phoneScenes]) {
    const page = await newPage(browser, scene);
    await page.goto(scene.url);
    await photograph(page, scene, context);
    await page.close();
  }

  context.written.push(...(await writeStoreArt(browser, dirs.store)));
  return context.written;
}

import type { CDPSession, Page } from 'playwright-core';
import { signalTimeout } from './waits';

/** The panel's host element as the page sees it: how many there are and the first one's `data-*` attributes. */
export interface PanelHostView {
  count: number;
  attributes: Record<string, string>;
  /** What `host.shadowRoot` gives the page's own scripts: `false` means closed to the page. */
  pageCanReachInside: boolean;
}

/** Read the `<sign-in-assistant>` hosts from the page's own world (the public contract). */
export async function readPanelHost(page: Page): Promise<PanelHostView> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('sign-in-assistant');
    const first = hosts[0] as HTMLElement | undefined;
    return {
      count: hosts.length,
      attributes: first ? ({ ...first.dataset } as Record<string, string>) : {},
      pageCanReachInside: Boolean(first?.shadowRoot),
    };
  });
}

/** Wait until the panel host is in the page (it appears after the page is interactive). */
export async function waitForPanel(page: Page): Promise<void> {
  await page.waitForSelector('sign-in-assistant', { state: 'attached', timeout: signalTimeout });
}

async function withShadowRoot<T>(page: Page, run: (cdp: CDPSession, objectId: string) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = { localName?: string; children?: DomNode[]; shadowRoots?: DomNode[]; backendNodeId: number };
    const find = (node: DomNode): DomNode | undefined =>
      node.localName === 'sign-in-assistant' ? node : node.children?.map(find).find(Boolean);
    const host = find(root as DomNode);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error('no <sign-in-assistant> shadow root on this page');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return await run(cdp, object.objectId!);
  } finally {
    await cdp.detach();
  }
}

/**
 * Run a function inside the panel's closed shadow root (`this` is the root), through the DevTools protocol,
 * the way a test can see what the page's scripts cannot.
 */
export async function inPanel<T>(page: Page, functionDeclaration: string): Promise<T> {
  return withShadowRoot(page, async (cdp, objectId) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  });
}

/** A box in viewport pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The viewport box of the first element matching `selector` in the panel, or null; `scroll` first scrolls it into view (in the card). */
export async function panelBox(page: Page, selector: string, scroll = false): Promise<Box | null> {
  return inPanel(
    page,
    `function () { const el = this.querySelector(${JSON.stringify(selector)}); if (!el) return null;
       if (${scroll}) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
       const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
  );
}

/** Click an element of the panel with the real mouse, at its center, scrolled into view first as a person would. */
export async function clickInPanel(page: Page, selector: string): Promise<void> {
  const box = await panelBox(page, selector, true);
  if (!box) throw new Error(`nothing matches ${selector} in the panel`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Wait (`signalTimeout` at most) until an element matching `selector` is in the panel: the page's own mutations are the signal. */
export async function untilInPanel(page: Page, selector: string): Promise<void> {
  const found = await inPanel<boolean>(
    page,
    `function () {
       const root = this, selector = ${JSON.stringify(selector)};
       if (root.querySelector(selector)) return true;
       return new Promise((resolve) => {
         const observer = new MutationObserver(() => root.querySelector(selector) && (observer.disconnect(), resolve(true)));
         observer.observe(root, { subtree: true, childList: true });
         setTimeout(() => (observer.disconnect(), resolve(false)), ${signalTimeout});
       });
     }`,
  );
  if (!found) throw new Error(`nothing matched ${selector} in the panel within ${signalTimeout / 1000} s`);
}

/** Open the panel's card (clicking the chip unless it is open already) and wait until it is drawn. */
export async function openCard(page: Page): Promise<void> {
  if (!(await panelBox(page, '.card'))) await clickInPanel(page, '.chip');
  await untilInPanel(page, '.card');
}

/** Evaluate `expression` in the extension's script world of the page's main frame, through the DevTools protocol (a promise is awaited). */
export async function inExtensionWorld<T>(page: Page, extensionId: string, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    const world = worlds.find((context) => context.origin === `chrome-extension://${extensionId}`);
    if (!world) throw new Error('the extension has no script world in this page');
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true, awaitPromise: true });
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** The links the panel shows (inside `scope`, if given): visible text and target, in order. */
export async function panelLinks(page: Page, scope = ''): Promise<{ text: string; href: string }[]> {
  const selector = JSON.stringify(`${scope} a[href]`.trim());
  return inPanel(
    page,
    `function () { return [...this.querySelectorAll(${selector})].map((a) => ({ text: a.textContent.trim(), href: a.href })); }`,
  );
}

/** The panel's visible text. */
export async function panelText(page: Page): Promise<string> {
  return inPanel(page, `function () { return this.querySelector('.dock')?.innerText ?? ''; }`);
}

/** Whether two boxes overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * How many of the extension's script worlds exist in the page's main frame (0 means the content script was
 * never injected), read from the DevTools protocol's execution contexts.
 */
export async function extensionWorldsIn(page: Page, extensionId: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => origins.push(context.origin));
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return origins.filter((origin) => origin === `chrome-extension://${extensionId}`).length;
}

/**
 * Wait until the panel says every answer it asked for is drawn (`data-ready="true"`): the positive signal after
 * which an absence (no warning, say) means something. Typing an address and leaving the field sets it to "false"
 * at once, before the question goes out.
 */
export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (document.querySelector('sign-in-assistant') as HTMLElement | null)?.dataset.ready === 'true',
    undefined,
    { timeout: signalTimeout },
  );
}

/**
 * Wait until idle-time content scripts have had their turn on a loaded page: Chromium runs them in a task posted
 * when the load event fires, so one round trip through the page's task queue after `load` comes after it.
 */
export async function afterIdleScripts(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

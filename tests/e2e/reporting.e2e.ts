import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { guardExtensionDir, launchBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { reportHost } from './harness/hosts';
import { canWritePolicy, setManagedPolicy } from './harness/managed-policy';
import { clickInPanel } from './harness/panel';
import { signalTimeout } from './harness/waits';

/** How the test endpoint answers: as a healthy endpoint, or in one of the ways an endpoint goes wrong. */
type EndpointMode = 'ok' | 'fail-first' | 'down' | 'slow' | 'redirect' | 'huge';

/** One request the endpoint saw: its body as parsed, the headers that could leak a session, and what it answered. */
interface Received {
  body: Record<string, unknown>;
  cookie?: string;
  referer?: string;
  answered: number | 'held';
  closedEarly?: boolean;
  /** When it arrived (ms since the epoch). */
  at: number;
}

const endpoint = { mode: 'ok' as EndpointMode, received: [] as Received[] };
const seenIds = new Set<string>();

/** The organization's report endpoint, on the fixture server under `reportHost`. */
function answerReport(request: IncomingMessage, response: ServerResponse, url: URL): boolean {
  if (url.hostname !== reportHost) return false;
  let text = '';
  request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  request.on('end', () => {
    const body = JSON.parse(text) as Record<string, unknown>;
    const entry: Received = { body, cookie: request.headers.cookie, referer: request.headers.referer, answered: 200, at: Date.now() };
    endpoint.received.push(entry);
    const firstTime = !seenIds.has(String(body.id));
    seenIds.add(String(body.id));
    const mode = endpoint.mode;
    const answer = (status: number, headers: Record<string, string> = {}) => {
      entry.answered = status;
      response.writeHead(status, headers).end();
    };
    if (mode === 'down' || (mode === 'fail-first' && firstTime)) return answer(500);
    if (mode === 'redirect') return answer(302, { location: 'https://news.example/stolen' });
    if (mode === 'slow') {
      entry.answered = 'held'; // 30 s, far past the extension's timeout
      response.on('close', () => (entry.closedEarly = !response.writableEnded));
      return void setTimeout(() => response.writeHead(200).end('late'), 30_000).unref();
    }
    if (mode === 'huge') return void response.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(8 * 1024 * 1024));
    response.writeHead(200).end('ok');
  });
  return true;
}

const policy = {
  lookalikeGuard: 'warn',
  reportWebhook: { url: `https://${reportHost}/hooks/sign-in`, format: 'json', label: 'e2e-laptops' },
};

let server: FixtureServer;
let browser: ExtensionBrowser;

/** Report an event through the service worker's test hook; resolves to its id, or undefined where nothing is reported. */
const report = (event: Record<string, unknown>) =>
  browser.serviceWorker.evaluate(
    (reported) =>
      (globalThis as Record<symbol, (event: unknown) => Promise<string | undefined>>)[Symbol.for('sign-in-assistant.reportEvent')]!(
        reported,
      ),
    event,
  );

/** The queue as stored, and the retry alarm. */
const queueState = () =>
  browser.serviceWorker.evaluate(async () => ({
    queue: ((await chrome.storage.local.get('reportQueue')).reportQueue ?? []) as { id: string; attempts: number; nextAt: number }[],
    alarm: await chrome.alarms.get('report-delivery'),
    now: Date.now(),
  }));

const forId = (id: string | undefined) => endpoint.received.filter((entry) => entry.body.id === id);

/** Empty the queue and the alarm between tests, so one test's retries never reach the next. */
const resetQueue = () =>
  browser.serviceWorker.evaluate(async () => {
    await chrome.alarms.clear('report-delivery');
    await chrome.storage.local.remove('reportQueue');
  });

describe.skipIf(!canWritePolicy())('the report channel, organization edition, reportWebhook policy (needs root, as in CI)', () => {
  let undoPolicy: () => void = () => undefined;
  beforeAll(async () => {
    undoPolicy = setManagedPolicy(policy, guardExtensionDir);
    server = await startFixtureServer({ handle: answerReport });
    browser = await launchBrowser({ port: server.port, extensionDir: guardExtensionDir });
    // A cookie the endpoint's site set earlier: a report must never carry it.
    await browser.context.addCookies([{ name: 'session', value: 'secret-session', domain: reportHost, path: '/', secure: true }]);
    // Wait for Chromium to hand the policy to the extension (a look a second, 15 s at most).
    for (let tries = 0; tries < 15; tries += 1) {
      const managed = await browser.serviceWorker.evaluate(() => chrome.storage.managed.get('reportWebhook'));
      if (isDeepStrictEqual(managed, { reportWebhook: policy.reportWebhook })) return;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    throw new Error(
      `the policy did not reach the extension within 15 s: ${JSON.stringify(await browser.serviceWorker.evaluate(() => chrome.storage.managed.get()))}`,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    undoPolicy();
  });

  test('an event is delivered once, with the label, its host and origin, and nothing else of the page', async () => {
    endpoint.mode = 'ok';
    const id = await report({
      event: 'lookalike-warned',
      origin: 'https://login-microsoftonline.com:8443/common/login?login_hint=someone@contoso.com#x',
      signals: [
        { id: 'sign-in-fields', weight: 3 },
        { id: 'microsoft-branding', weight: 1 },
      ],
      mode: 'warn',
      password: 'hunter2',
      account: 'someone@contoso.com',
    });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => forId(id).length, { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await queueState()).queue.length, { timeout: 15_000 }).toBe(0);
    const [received] = forId(id);
    expect(received!.body).toEqual({
      schema: 'sign-in-assistant.report/1',
      id,
      event: 'lookalike-warned',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      host: 'login-microsoftonline.com',
      origin: 'https://login-microsoftonline.com:8443',
      signals: [
        { id: 'sign-in-fields', weight: 3 },
        { id: 'microsoft-branding', weight: 1 },
      ],
      mode: 'warn',
      extensionVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      edition: 'organization',
      browser: expect.stringMatching(/^(chrome|edge|chromium)$/),
      label: 'e2e-laptops',
    });
    const text = JSON.stringify(received!.body);
    for (const forbidden of ['/common/login', 'login_hint', 'someone@contoso.com', 'hunter2', 'secret-session'])
      expect(text).not.toContain(forbidden);
    expect(received!.cookie).toBeUndefined();
    expect(received!.referer).toBeUndefined();
    // The same event for the same site within the minute is the same report: no second request.
    expect(await report({ event: 'lookalike-warned', origin: 'https://login-microsoftonline.com:8443/', mode: 'warn' })).toBe(id);
    expect(forId(id)).toHaveLength(1);
  });

  test('the real guard: a look-alike makes exactly one lookalike-warned report with its host and the label; an ordinary page none', async () => {
    endpoint.mode = 'ok';
    await resetQueue();
    const before = endpoint.received.length;
    const warned = () => endpoint.received.slice(before).filter((entry) => entry.body.event === 'lookalike-warned');
    const ordinary = await browser.context.newPage();
    await ordinary.goto('https://shop.example/signin?__fixture=guard/benign/shop-login', { waitUntil: 'load' });
    const page = await browser.context.newPage();
    await page.goto('https://login-microsoftonline-verify.example/signin/step?__fixture=guard/lookalike/converged-password', {
      waitUntil: 'load',
    });
    await page.waitForSelector('sign-in-assistant[data-warning="lookalike-page"]', { state: 'attached', timeout: signalTimeout });
    await expect.poll(() => warned().length).toBe(1);
    await page.reload({ waitUntil: 'load' }); // a second visit within the minute is the same report
    await page.waitForSelector('sign-in-assistant[data-warning="lookalike-page"]', { state: 'attached', timeout: signalTimeout });
    await expect.poll(async () => (await queueState()).queue.length).toBe(0);
    const [report] = warned();
    expect(warned()).toHaveLength(1);
    expect(report!.body).toMatchObject({
      event: 'lookalike-warned',
      host: 'login-microsoftonline-verify.example',
      label: 'e2e-laptops',
      mode: 'warn',
    });
    expect(report!.body.origin).toBe('https://login-microsoftonline-verify.example');
    expect(JSON.stringify(report!.body)).not.toMatch(/signin\/step|__fixture|shop\.example/); // no path, no query, no other page
    expect(report!.cookie).toBeUndefined();
    expect(endpoint.received.slice(before).every((entry) => entry.body.host !== 'shop.example')).toBe(true);
    await page.close();
    await ordinary.close();
  });

  test('"This is not a fake" on the warning: one false-alarm-reported report, and the details copied for the IT desk', async () => {
    endpoint.mode = 'ok';
    await resetQueue();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const before = endpoint.received.length;
    const page = await browser.context.newPage();
    await page.goto('https://login-microsoftonline-verify.example/signin?__fixture=guard/lookalike/saved-password-view-ids', {
      waitUntil: 'load',
    });
    await page.waitForSelector('sign-in-assistant[data-warning="lookalike-page"]', { state: 'attached', timeout: signalTimeout });
    await clickInPanel(page, 'button[data-action="false-alarm"]');
    const reported = () => endpoint.received.slice(before).filter((entry) => entry.body.event === 'false-alarm-reported');
    await expect.poll(() => reported().length).toBe(1);
    expect(reported()[0]!.body).toMatchObject({ host: 'login-microsoftonline-verify.example', label: 'e2e-laptops', mode: 'warn' });
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('https://login-microsoftonline-verify.example');
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('__fixture');
    await page.close();
  });

  test('an endpoint that fails first gets the event once, retried within a minute (by the alarm)', { timeout: 90_000 }, async () => {
    endpoint.mode = 'fail-first';
    const id = await report({ event: 'lookalike-blocked', origin: 'https://login.microsoftonline.com.evil.example', mode: 'block' });
    await expect.poll(() => forId(id).length, { timeout: 15_000 }).toBe(1);
    expect(forId(id)[0]!.answered).toBe(500);
    // The service worker records the attempt, then sets the alarm: wait for both (a loaded machine is slow between them).
    await expect.poll(async () => (await queueState()).alarm?.scheduledTime).toBeGreaterThan(0);
    const waiting = await queueState();
    expect(waiting.queue.map((entry) => [entry.id, entry.attempts])).toEqual([[id, 1]]);
    expect(waiting.alarm!.scheduledTime - waiting.now).toBeLessThanOrEqual(60_000);
    await expect.poll(() => forId(id).length, { timeout: 75_000, interval: 1000 }).toBe(2);
    expect(forId(id).map((entry) => entry.answered)).toEqual([500, 200]);
    await expect.poll(async () => (await queueState()).queue.length, { timeout: 10_000 }).toBe(0);
    expect(forId(id).filter((entry) => entry.answered === 200)).toHaveLength(1);
  });

  for (const mode of ['down', 'slow', 'redirect', 'huge'] as const) {
    test(`an endpoint that is ${mode} leaves pages and the service worker unaffected; the event is kept or delivered, never sent twice`, async () => {
      await resetQueue();
      endpoint.mode = mode;
      const id = await report({ event: 'lookalike-trusted', origin: `https://${mode}.example` });
      await expect.poll(() => forId(id).length, { timeout: 15_000 }).toBe(1);
      // A page loads meanwhile, and the service worker answers at once, whatever the endpoint does.
      const page = await browser.context.newPage();
      const started = Date.now();
      await page.goto('https://news.example/article', { waitUntil: 'load' });
      expect(Date.now() - started).toBeLessThan(4000);
      await page.close();
      if (mode === 'slow') await expect.poll(() => forId(id)[0]!.closedEarly, { timeout: 15_000 }).toBe(true); // given up on
      if (mode === 'huge') await expect.poll(async () => (await queueState()).queue.length, { timeout: 15_000 }).toBe(0);
      else {
        await expect.poll(async () => (await queueState()).queue.find((entry) => entry.id === id)?.attempts, { timeout: 15_000 }).toBe(1);
        expect((await queueState()).alarm).toBeDefined();
      }
      expect(forId(id)).toHaveLength(1);
      expect(server.requests.filter((request) => request.path === '/stolen')).toEqual([]); // the redirect was not followed
      await resetQueue();
    });
  }

  test('"this is not a fake" from the extension’s block page reports false-alarm-reported and answers the details to copy', async () => {
    endpoint.mode = 'ok';
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const answer = (await page.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'guard-false-alarm',
        origin: 'https://intranet.contoso.test/login?next=/payroll',
        signals: [{ id: 'sign-in-fields', weight: 2 }],
        mode: 'block',
      }),
    )) as { text: string; reported: boolean };
    expect(answer.reported).toBe(true);
    expect(answer.text).toContain('https://intranet.contoso.test');
    expect(answer.text).not.toContain('/payroll');
    const id = /: ([0-9a-f-]{36})$/m.exec(answer.text)?.[1];
    await expect.poll(() => forId(id).length, { timeout: 15_000 }).toBe(1);
    expect(forId(id)[0]!.body).toMatchObject({
      event: 'false-alarm-reported',
      origin: 'https://intranet.contoso.test',
      mode: 'block',
      label: 'e2e-laptops',
    });
    await page.close();
  });

  test('1,000 events in a minute: at most 100 queued, at most 30 requests a minute, the rest wait', { timeout: 60_000 }, async () => {
    await resetQueue();
    endpoint.mode = 'ok';
    const before = endpoint.received.length;
    const ids = await browser.serviceWorker.evaluate(async () => {
      const reportEvent = (globalThis as Record<symbol, (event: unknown) => Promise<string | undefined>>)[
        Symbol.for('sign-in-assistant.reportEvent')
      ]!;
      return Promise.all(
        Array.from({ length: 1000 }, (_unused, index) =>
          reportEvent({ event: 'lookalike-warned', origin: `https://storm${index}.example` }),
        ),
      );
    });
    expect(ids.filter(Boolean)).toHaveLength(1000);
    // The delivery round stops at the budget and sets the alarm for when the minute is over; the rest wait queued.
    await expect
      .poll(
        async () => {
          const { alarm, queue, now } = await queueState();
          return queue.length > 0 && alarm !== undefined && alarm.scheduledTime > now + 5000;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect((await queueState()).queue.length).toBeLessThanOrEqual(100);
    const sent = endpoint.received.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent.map((entry) => entry.body.id)).size).toBe(sent.length); // none twice
    const lastMinute = endpoint.received.filter((entry) => entry.at > Date.now() - 60_000);
    expect(lastMinute.length).toBeLessThanOrEqual(30);
    await resetQueue();
  });
});

describe('without the policy, nothing is ever sent', () => {
  beforeAll(async () => {
    endpoint.received.length = 0;
    server = await startFixtureServer({ handle: answerReport });
    browser = await launchBrowser({ port: server.port, extensionDir: guardExtensionDir });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('an event and a false alarm are not reported, queued or scheduled; the false alarm still gets its details', async () => {
    expect(await report({ event: 'lookalike-warned', origin: 'https://login-microsoftonline.com', mode: 'warn' })).toBeUndefined();
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const answer = (await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'guard-false-alarm', origin: 'https://intranet.contoso.test' }),
    )) as {
      text: string;
      reported: boolean;
    };
    expect(answer).toMatchObject({ reported: false, text: expect.stringContaining('https://intranet.contoso.test') });
    await page.close();
    const state = await queueState();
    expect(state.queue).toEqual([]);
    expect(state.alarm).toBeUndefined();
    expect(server.requests.filter((request) => request.host === reportHost)).toEqual([]);
  });
});

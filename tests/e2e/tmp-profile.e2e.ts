import { expect, test } from 'vitest';
import { useSession } from './harness/session';
const session = useSession();
test('profile', async () => {
  await new Promise((r) => setTimeout(r, 2500));
  const totals = new Map<string, number[]>();
  for (let i = 0; i < 8; i += 1) {
    const page = await session.browser.context.newPage();
    const cdp = await session.browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto('https://login.microsoftonline.com/common/login?__fixture=converged/password', { waitUntil: 'load' });
    await page.waitForSelector('sign-in-assistant[data-step]', { state: 'attached' });
    await page.waitForTimeout(300);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
    const self = new Map<number, number>();
    const deltas = profile.timeDeltas!;
    profile.samples!.forEach((id: number, k: number) => self.set(id, (self.get(id) ?? 0) + (deltas[k] ?? 0)));
    const bucket = new Map<string, number>();
    for (const [id, us] of self) {
      const n: any = byId.get(id);
      const url: string = n.callFrame.url;
      const key = url.includes('chrome-extension') ? `ext:${n.callFrame.functionName || '(anon)'}` : n.callFrame.functionName || url || '(root)';
      bucket.set(key, (bucket.get(key) ?? 0) + us / 1000);
    }
    for (const [k, v] of bucket) totals.set(k, [...(totals.get(k) ?? []), v]);
    await page.close();
  }
  const rows = [...totals].map(([k, v]) => [k, v.reduce((a, b) => a + b, 0) / 8] as const).sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(rows.map(([k, v]) => `${v.toFixed(2).padStart(7)} ms  ${k}`).join('\n'));
  expect(1).toBe(1);
});

import { launchBrowser, type ExtensionBrowser } from '../../tests/e2e/harness/extension-browser';
import { interleavedLoads, type LoadCost, median } from './page-metrics';

/** What the organization edition's look-alike guard adds to pages of other sites, beside a profile without it. */
export interface GuardCost {
  /** An ordinary page without a credential field: main-thread time and retained heap added (after a forced GC). */
  readonly ordinary: { addedMs: number; addedHeap: number };
  /** An ordinary login page (another service's form, not a look-alike): main-thread time and heap added. */
  readonly loginForm: { addedMs: number; addedHeap: number };
}

/** Measure the guard edition (`.output/chrome-mv3-guard`) on two ordinary pages, `loads` interleaved loads each. */
export async function measureGuardCost(port: number, without: ExtensionBrowser, guardDir: string, loads: number): Promise<GuardCost> {
  const guard = await launchBrowser({ port, extensionDir: guardDir });
  try {
    const cost = async (url: string) => {
      const runs = await interleavedLoads(guard.context, without.context, url, loads, false);
      const added = (of: (cost: LoadCost) => number) => median(runs.with.map(of)) - median(runs.without.map(of));
      return { addedMs: added((cost) => cost.mainThreadMs), addedHeap: added((cost) => cost.heapBytes) };
    };
    return {
      // A page with no credential field at all (ordinary/article has one: it is the Microsoft-look page of the reach test).
      ordinary: await cost('https://news.example/?__fixture=guard/benign/article-no-form'),
      loginForm: await cost('https://shop.example.org/?__fixture=guard/benign/shop-login'),
    };
  } finally {
    await guard.close();
  }
}

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { pollInterval, signalTimeout } from './tests/e2e/harness/waits';

// End-to-end: the built extension (.output/chrome-mv3) in real Chromium, fixtures served under real hostnames.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    // Sized for a slow, loaded 2-core machine (tests/e2e/harness/waits.ts); a test ends at its signals, not at these.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: signalTimeout, interval: pollInterval } },
  },
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The benchmark runs as one long Vitest file so it can share the end-to-end harness (fixture server, Chromium).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['bench/benchmark.run.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
  },
});

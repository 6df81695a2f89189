// `npm run demo [-- --screenshots] [--readme] [--build | --no-build]`: build if needed, serve the demo site on
// loopback under the real sign-in hostnames, then open Chromium with the extension on the start page (with a
// display) or take the screenshots into .output/demo/ (without one, or with --screenshots). See README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import './resolve-hooks.ts';

const root = join(import.meta.dirname, '..');
const known = ['--screenshots', '--readme', '--build', '--no-build', '--help'];
const args = process.argv.slice(2);
const unknown = args.filter((arg) => !known.includes(arg));
if (unknown.length > 0 || args.includes('--help')) {
  if (unknown.length > 0) console.error(`Unknown option ${unknown.join(' ')}.`);
  console.error('Usage: npm run demo [-- --screenshots] [--readme] [--build | --no-build]');
  process.exit(unknown.length > 0 ? 2 : 0);
}
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const screenshots = args.includes('--screenshots') || args.includes('--readme') || !hasDisplay;

// Harness modules are imported only now, once resolve-hooks.ts can resolve their `@/` and extensionless imports.
const { chromiumPath, extensionDir, launchBrowser } = await import('../tests/e2e/harness/extension-browser.ts');
if (!existsSync(chromiumPath)) {
  console.error(
    `No Chromium at ${chromiumPath}. The demo needs one: on Debian or Ubuntu, install it with\n` +
      `  sudo apt-get install -y chromium\n` +
      `or point CHROMIUM_PATH at a Chromium or Chrome binary, e.g. CHROMIUM_PATH=/usr/bin/google-chrome npm run demo`,
  );
  process.exit(1);
}

/** The newest modification time of a file or of any file below a folder. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

const manifest = join(extensionDir, 'manifest.json');
const sources = [
  'entrypoints',
  'background',
  'content',
  'pages',
  'platform',
  'components',
  'utils',
  'locales',
  'assets',
  'public',
  'wxt.config.ts',
];
const stale = !existsSync(manifest) || Math.max(...sources.map((source) => newest(join(root, source)))) > statSync(manifest).mtimeMs;
if (args.includes('--build') || (stale && !args.includes('--no-build'))) {
  console.log(existsSync(manifest) ? 'The sources changed since the last build: building.' : 'No build yet: building.');
  if ((spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' }).status ?? 1) !== 0) process.exit(1);
}
if (!existsSync(manifest)) {
  console.error(`No build at ${extensionDir}: run npm run build (or npm run demo without --no-build).`);
  process.exit(1);
}

const { startFixtureServer } = await import('../tests/e2e/harness/fixture-server.ts');
const { demoHost } = await import('../tests/e2e/harness/hosts.ts');
const { signInHosts } = await import('../utils/portals/index.ts');
const { startUrl } = await import('./plan.ts');

const server = await startFixtureServer({ demo: true });
console.log(`Demo site on https://127.0.0.1:${server.port}, with a certificate made just now for this run.`);
console.log(`Chromium maps every hostname there (--host-resolver-rules=MAP * 127.0.0.1:${server.port}), so nothing leaves this machine:`);
console.log(`  sign-in hosts: ${signInHosts.join(', ')}`);
console.log(`  start page:    ${demoHost}; any other host shows "This link leaves the demo".`);
console.log(`Start page: ${startUrl}`);

if (screenshots) {
  if (!args.includes('--screenshots') && !args.includes('--readme'))
    console.log('No display (DISPLAY and WAYLAND_DISPLAY unset): taking screenshots instead of opening a window.');
  const { takeScreenshots } = await import('./screenshots.ts');
  const started = Date.now();
  const browser = await launchBrowser({ port: server.port });
  let written: string[];
  try {
    written = await takeScreenshots(browser, { root, readme: args.includes('--readme') });
  } finally {
    await browser.close();
    await server.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${written.length} screenshots in ${seconds} s:`);
  for (const file of written) console.log(`  ${file.slice(root.length + 1)}`);
} else {
  const browser = await launchBrowser({ port: server.port, headless: false, viewport: null });
  const closed = new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
  process.once('SIGINT', () => void browser.close());
  process.once('SIGTERM', () => void browser.close());
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(startUrl);
  console.log(`Start page loaded in Chromium: ${startUrl}. Close the window to end the demo.`);
  await closed;
  await browser.close();
  await server.close();
  console.log('Demo ended.');
}

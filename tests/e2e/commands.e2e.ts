import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clickInPanel, inPanel, openCard, panelText, waitForPanel } from './harness/panel';
import { useSession } from './harness/session';

// The README's first commands go through tools/launch.mjs: Node 24 on a machine whose Node is older, and a browser.
const root = join(import.meta.dirname, '..', '..');
const launcher = join(root, 'tools', 'launch.mjs');
const olderNode = ['/usr/bin/node', '/usr/local/bin/node'].find(
  (node) => existsSync(node) && Number(spawnSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout) < 24,
);
const nodeBin = join(process.execPath, '..');

/** Run the launcher with this Node and environment; its exit status and everything it printed. */
function launch(node: string, args: string[], env: NodeJS.ProcessEnv) {
  const { status, stdout, stderr } = spawnSync(node, [launcher, ...args], { cwd: root, env, encoding: 'utf8', timeout: 240_000 });
  return { status, output: `${stdout}${stderr}` };
}

describe('tools/launch.mjs', () => {
  test.skipIf(!olderNode)(
    'started by an older Node, runs the command under Node 24 or newer',
    () => {
      const { status, output } = launch(olderNode!, ['node', '-p', 'process.versions.node'], { ...process.env, PATH: '/usr/bin:/bin' });
      expect(status, output).toBe(0);
      expect(Number(output.trim().split('\n').at(-1)!.split('.')[0]), output).toBeGreaterThanOrEqual(24);
    },
    300_000,
  );

  test('with CHROMIUM_PATH pointing nowhere: says so and exits non-zero, without running the command', () => {
    const { status, output } = launch(process.execPath, ['--browser', 'node', '-e', 'console.log("ran")'], {
      ...process.env,
      CHROMIUM_PATH: '/nowhere/chromium',
    });
    expect(status).toBe(1);
    expect(output).toContain('CHROMIUM_PATH is /nowhere/chromium');
    expect(output).not.toContain('ran');
  });

  test('with no browser on PATH and no way to install one: prints the one command to run and exits non-zero', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: nodeBin };
    delete env.CHROMIUM_PATH;
    const { status, output } = launch(process.execPath, ['--browser', 'node', '-e', 'console.log("ran")'], env);
    expect(status).toBe(1);
    expect(output).toContain('sudo apt-get install -y chromium');
    expect(output).not.toContain('ran');
  });

  test('finds a Chromium on PATH and hands it to the command as CHROMIUM_PATH', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${nodeBin}:/usr/bin:/bin` };
    delete env.CHROMIUM_PATH;
    const { status, output } = launch(process.execPath, ['--browser', 'node', '-p', 'process.env.CHROMIUM_PATH'], env);
    expect(status, output).toBe(0);
    expect(output.trim()).toMatch(/(chromium|chrome|edge)[^/]*$/);
  });

  test('.nvmrc asks for Node 24, as package.json’s engines do', () => {
    expect(readFileSync(join(root, '.nvmrc'), 'utf8').trim()).toBe('24');
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node).toBe('>=24');
  });
});

describe('the demo’s start page', () => {
  const session = useSession();

  test('describes the chip as it is drawn today, and the badge the card points to', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://login.microsoftonline.com/common/login', { waitUntil: 'load' });
    await waitForPanel(page);
    const identity = await inPanel<string>(page, `function () { return this.querySelector('.chip-identity').textContent; }`);
    await openCard(page);
    await clickInPanel(page, '.genuine-proof summary');
    const card = await panelText(page);
    const start = readFileSync(join(root, 'tests', 'fixtures', 'demo', 'start.html'), 'utf8').replace(/\s+/g, ' ');
    expect(identity).toMatch(/·/);
    expect(start).toContain(identity);
    expect(card).toContain('toolbar icon shows “WW”');
    expect(start).toContain('WW');
    await page.close();
  });
});

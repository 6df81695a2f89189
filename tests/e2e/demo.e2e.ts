import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allScenes, expectedImages, startUrl } from '../../demo/plan';
import { signInPortals } from '@/utils/portals';
import { identifyPortal } from '@/utils/identify-portal';

const root = join(import.meta.dirname, '..', '..');

/** Run `node demo/run.ts …` as `npm run demo` would, without a display; resolves with its exit code and output. */
function runDemo(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['demo/run.ts', ...args], {
      cwd: root,
      env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('npm run demo', () => {
  // Two minutes on an idle 2-core machine; the bound is for one whose cores are busy with other work.
  test('the screenshot mode writes every demo and store image, fresh and of the right size, in under four minutes', async () => {
    const started = Date.now();
    const { code, output } = await runDemo(['--screenshots', '--no-build']);
    const seconds = (Date.now() - started) / 1000;
    expect(code, output).toBe(0);
    expect(seconds, output).toBeLessThan(240);
    for (const image of expectedImages(root)) {
      expect(statSync(image.path).mtimeMs, `${image.path} written by this run`).toBeGreaterThanOrEqual(started - 1000);
      expect(pngSize(readFileSync(image.path)), image.path).toEqual({ width: image.width, height: image.height });
    }
    expect(output).toContain('.output/demo/');
  }, 300_000);

  test('the start page links every scene, and there is one for every sign-in portal', () => {
    const start = readFileSync(join(root, 'tests', 'fixtures', 'demo', 'start.html'), 'utf8');
    for (const scene of allScenes) expect(start, scene.name).toContain(`href="${scene.url}"`);
    const shown = new Set(allScenes.map((scene) => identifyPortal(scene.url)?.id));
    for (const portal of signInPortals) expect(shown, portal.id).toContain(portal.id);
    expect(identifyPortal(startUrl)).toBeUndefined(); // the start page itself gets no panel
  });

  test('without Chromium it says how to install it or set CHROMIUM_PATH, and exits non-zero', async () => {
    const { code, output } = await runDemo(['--screenshots', '--no-build'], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(code).not.toBe(0);
    expect(output).toContain('apt-get install -y chromium');
    expect(output).toContain('CHROMIUM_PATH');
  });
});

// `node tools/launch.mjs [--browser] <command> [args…]`: run a command of this project under Node 24 or newer, and
// (with --browser) with a Chromium to test in. Plain JavaScript, so that any Node can start it: the npm scripts go
// through it, so `npm ci && npm run demo` and `npm test` work on a machine whose own Node is older.
//
// - Node: when the running one is older than 24, the npm package `node@24` (which carries the Node 24 binary) is
//   installed once into a cache folder ($NODE24_PREFIX, else ~/.cache/sign-in-assistant/node24), and the command runs
//   with that Node first on PATH, so every `node`, `npm` and `npx` below it is Node 24.
// - Browser: $CHROMIUM_PATH if it is set (it must exist); else Chromium, Chrome or Edge found on PATH (or in
//   /Applications on macOS); else, as root on Debian or Ubuntu, Debian's chromium is installed with apt-get; else
//   the one command to run is printed and the launcher exits with status 1. The command gets CHROMIUM_PATH.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const neededMajor = 24;
const args = process.argv.slice(2);
const wantsBrowser = args[0] === '--browser';
const command = wantsBrowser ? args.slice(1) : args;
if (command.length === 0) {
  console.error('usage: node tools/launch.mjs [--browser] <command> [args…]');
  process.exit(2);
}

const env = { ...process.env };
const majorOf = (version) => Number(String(version).replace(/^v/, '').split('.')[0]) || 0;
const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
/** The first of these program names found on PATH. */
const onPath = (names) => {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
};
const run = (program, programArgs, options = {}) => spawnSync(program, programArgs, { stdio: 'inherit', env, ...options });

// Node 24 or newer, from the cache folder when the running Node is older.
if (majorOf(process.versions.node) < neededMajor) {
  const prefix = env.NODE24_PREFIX || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'sign-in-assistant', 'node24');
  const bin = join(prefix, 'node_modules', 'node', 'bin');
  const node24 = join(bin, 'node');
  const versionOf = (node) => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  if (!isExecutable(node24) || majorOf(versionOf(node24)) < neededMajor) {
    console.error(`Node ${process.versions.node} is older than ${neededMajor}: installing Node ${neededMajor} (npm package node@${neededMajor}) into ${prefix}`);
    const npm = onPath(['npm']) ?? 'npm';
    const installed = run(npm, ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node@${neededMajor}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (installed.status !== 0 || majorOf(versionOf(node24)) < neededMajor) {
      console.error(`Could not install Node ${neededMajor}. Install Node ${neededMajor} or newer (see .nvmrc) and run the command again.`);
      process.exit(1);
    }
  }
  env.PATH = `${bin}${delimiter}${env.PATH ?? ''}`;
}

// A Chromium to load the extension in.
if (wantsBrowser) env.CHROMIUM_PATH = findBrowser();

const [program, ...programArgs] = command;
const result = run(program, programArgs);
if (result.error) {
  console.error(`Could not run ${program}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);

/** The browser the tests and the demo launch, found or installed; exits with the one command to run if there is none. */
function findBrowser() {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    console.error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not a program. Unset it, or point it at Chromium, Chrome or Edge.`);
    process.exit(1);
  }
  // Chromium first: branded Chrome and Edge builds may ignore --load-extension (the harness asks them not to).
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
  const macApps = [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ];
  const found = onPath(names) ?? (process.platform === 'darwin' ? macApps.find(isExecutable) : undefined);
  if (found) return found;
  const install = 'apt-get install -y chromium fonts-liberation fonts-noto-cjk';
  const aptGet = onPath(['apt-get']);
  if (process.getuid?.() === 0 && aptGet && existsSync('/etc/debian_version')) {
    console.error(`No Chromium, Chrome or Edge found: installing Debian's chromium (${install}).`);
    const ok = run(aptGet, ['update', '-qq']).status === 0 && run(aptGet, ['install', '-y', '-qq', ...install.split(' ').slice(3)]).status === 0;
    const installed = ok ? onPath(['chromium']) : undefined;
    if (installed) return installed;
  }
  console.error(
    'No Chromium, Chrome or Edge found. Install Chromium and run the command again:\n' +
      `  sudo ${install}\n` +
      '(or set CHROMIUM_PATH to a Chromium, Chrome or Edge program).',
  );
  process.exit(1);
}

// `npm run guard:eval -- <folder> [--build | --no-build] [--json out.json] [--only <label>] [--tabs n] [--settle-ms ms]`:
// build the organization edition, serve every labelled page of <folder> over local HTTPS at a host of its own,
// load each in Chromium with that build, and report what the look-alike guard said (docs/guard-evaluation.md).
// A measurement, not a test: it exits 0 whatever the figures, 1 only when it could not run, 2 on a wrong command line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { chromiumPath, guardExtensionDir, launchBrowser } from '../../tests/e2e/harness/extension-browser.ts';
import { judgePage } from './judge.ts';
import { type PageOutcome, summarize } from './metrics.ts';
import { parseOptions, usage } from './options.ts';
import { readPages } from './pages.ts';
import { reportLines } from './report.ts';
import { startEvalServer } from './serve.ts';

const root = join(import.meta.dirname, '..', '..');
const parsed = parseOptions(process.argv.slice(2));
if ('error' in parsed || parsed.help) {
  if ('error' in parsed) console.error(`guard:eval: ${parsed.error}.`);
  console.error(usage);
  process.exit('error' in parsed ? 2 : 0);
}
const options = parsed;
// npm runs scripts at the project's root; paths on the command line mean where the person typed them.
const here = process.env.INIT_CWD ?? process.cwd();
const folder = resolve(here, options.folder);
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`guard:eval: no folder at ${folder}.`);
  process.exit(2);
}

const htmlFiles = readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.html?$/i.test(entry.name))
  .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
const manifestFile = join(folder, 'manifest.json');
const { pages: allPages, problems } = readPages(htmlFiles, existsSync(manifestFile) ? readFileSync(manifestFile, 'utf8') : undefined);
const pages = options.only ? allPages.filter((page) => page.label === options.only) : allPages;
if (pages.length === 0) {
  for (const problem of problems) console.error(`Note: ${problem}.`);
  console.error(
    `guard:eval: no labelled page in ${folder}${options.only ? ` with the label ${options.only}` : ''}. See docs/guard-evaluation.md.`,
  );
  process.exit(2);
}

if (options.build) {
  console.log('Building the organization edition (WXT_EDITION=guard wxt build)…');
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, WXT_EDITION: 'guard' } });
  if (built.status !== 0) {
    console.error('guard:eval: the build failed.');
    process.exit(1);
  }
}
if (!existsSync(join(guardExtensionDir, 'manifest.json'))) {
  console.error(`guard:eval: no organization edition at ${guardExtensionDir}: run without --no-build.`);
  process.exit(1);
}
if (!existsSync(chromiumPath)) {
  console.error(`guard:eval: no Chromium at ${chromiumPath}; set CHROMIUM_PATH.`);
  process.exit(1);
}

const started = Date.now();
const server = await startEvalServer(folder, pages, { liveScripts: options.liveScripts });
const browser = await launchBrowser({ port: server.port, extensionDir: guardExtensionDir });
// A page that opens windows of its own: those go, unjudged.
browser.context.on('page', (opened) => {
  void opened
    .opener()
    .then((opener) => (opener ? opened.close() : undefined))
    .catch(() => undefined);
});
console.log(
  `Judging ${pages.length} pages of ${folder} in ${options.tabs} tabs, scripts ${options.liveScripts ? 'live' : 'as saved'} (server on 127.0.0.1:${server.port}, every host mapped there)…`,
);

const outcomes: PageOutcome[] = new Array(pages.length);
let next = 0;
let done = 0;
try {
  await Promise.all(
    Array.from({ length: Math.min(options.tabs, pages.length) }, async () => {
      while (next < pages.length) {
        const index = next;
        next += 1;
        outcomes[index] = await judgePage(browser, pages[index]!, options.settleMs);
        done += 1;
        if (done % 20 === 0 || done === pages.length)
          console.log(`  ${done} / ${pages.length} (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }),
  );
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

const seconds = (Date.now() - started) / 1000;
const summary = summarize(outcomes);
const facts = {
  folder,
  tabs: options.tabs,
  liveScripts: options.liveScripts,
  seconds,
  settleMs: options.settleMs,
  elsewhereRequests: server.elsewhereRequests(),
  problems,
};
console.log(`\n${reportLines(summary, facts).join('\n')}`);
if (options.json) {
  const file = resolve(here, options.json);
  const { misses, falseAlarms, owaWarned, bannerMismatches, ...figures } = summary;
  const list = (outcomes: readonly PageOutcome[]) => outcomes.map((outcome) => outcome.page.file);
  const lists = {
    misses: list(misses),
    falseAlarms: list(falseAlarms),
    owaWarned: list(owaWarned),
    bannerMismatches: list(bannerMismatches),
  };
  writeFileSync(file, `${JSON.stringify({ ...facts, build: guardExtensionDir, summary: { ...figures, ...lists }, outcomes }, null, 2)}\n`);
  console.log(`Everything written to ${file}.`);
}
process.exit(0);

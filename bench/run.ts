// `npm run bench [-- --quick]`: build the extension, then measure it in one Chromium session (bench/benchmark.run.ts).
import { spawnSync } from 'node:child_process';

const quick = process.argv.includes('--quick');
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

if (!process.argv.includes('--no-build') && run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
process.exit(run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts'], { ...process.env, BENCH_QUICK: quick ? '1' : '' }));

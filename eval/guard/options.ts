// The command line of `npm run guard:eval`: pure, so a unit test can check what it accepts.
import { isLabel, type Label } from './pages.ts';

/** How to call the evaluation. */
export const usage =
  'Usage: npm run guard:eval -- <folder> [--build | --no-build] [--json out.json] [--only lookalike|ordinary|owa-genuine|lure] ' +
  '[--tabs 1-4] [--settle-ms 500-30000] [--live-scripts]';

/** What the command line asked for. */
export interface EvalOptions {
  folder: string;
  build: boolean;
  json?: string;
  only?: Label;
  /** Pages judged at once, each in its own tab. */
  tabs: number;
  /** How long to wait for the guard after the focus (or the load, without a field), in ms. */
  settleMs: number;
  /** Run the scripts a sanitized page kept inert (every request still answered on this machine). */
  liveScripts: boolean;
  help: boolean;
}

/** The options, or the reason the command line is wrong (to print with {@link usage}). */
export function parseOptions(args: readonly string[]): EvalOptions | { error: string } {
  const options: EvalOptions = { folder: '', build: true, tabs: 3, settleMs: 4000, liveScripts: false, help: false };
  const folders: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    const value = () => {
      const next = args[index + 1];
      index += 1;
      return next === undefined || next.startsWith('--') ? undefined : next;
    };
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--build') options.build = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--live-scripts') options.liveScripts = true;
    else if (arg === '--json') {
      const file = value();
      if (!file) return { error: '--json needs a file name' };
      options.json = file;
    } else if (arg === '--only') {
      const label = value();
      if (!isLabel(label)) return { error: '--only needs lookalike, ordinary, owa-genuine or lure' };
      options.only = label;
    } else if (arg === '--tabs' || arg === '--settle-ms') {
      const number = Number(value());
      const [low, high] = arg === '--tabs' ? [1, 4] : [500, 30_000];
      if (!Number.isInteger(number) || number < low || number > high)
        return { error: `${arg} needs a whole number from ${low} to ${high}` };
      if (arg === '--tabs') options.tabs = number;
      else options.settleMs = number;
    } else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
    else folders.push(arg);
  }
  if (options.help) return options;
  if (folders.length !== 1) return { error: folders.length === 0 ? 'no folder given' : `one folder only, not ${folders.join(' ')}` };
  options.folder = folders[0]!;
  return options;
}

/** Options and output helpers shared by the commands: limits, quiet/debug, problem lines, the progress bar. */
import { createRequire } from 'node:module';
import type { Argv } from 'yargs';

export interface CommonArgs {
  quiet: boolean;
  debug: boolean;
  maxInputSize: number;
  maxArticles: number;
  jobs?: number;
}

export function commonOptions<T>(y: Argv<T>): Argv<T & CommonArgs> {
  return y
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print only errors' })
    .option('debug', { type: 'boolean', default: false, describe: 'print stack traces of internal errors' })
    .option('max-input-size', { type: 'number', default: 2, describe: 'largest input file read, in MB' })
    .option('max-articles', { type: 'number', default: 20000, describe: 'most articles read in one run' })
    .option('jobs', { alias: 'j', type: 'number', describe: 'threads to use (default: one per CPU core; 1: no worker threads)' }) as unknown as Argv<T & CommonArgs>;
}

/** One line per bad input on stderr: `path: what is wrong`. */
export function reportProblems(problems: Array<{ file: string; message: string }>, _argv: CommonArgs): void {
  for (const p of problems) process.stderr.write(`${p.file}: ${p.message}\n`);
}

export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

/** A progress bar on stderr, only on a terminal, only for long work, never with --quiet or --json. */
export function progress(argv: CommonArgs & { json?: boolean }, label: string): Progress {
  if (!process.stderr.isTTY || argv.quiet || argv.json) return { update: () => {}, stop: () => {} };
  let bar: { start: (t: number, v: number) => void; update: (v: number) => void; stop: () => void } | null = null;
  return {
    update: (done, total) => {
      if (total < 50) return;
      if (!bar) {
        // Loaded only when needed, so short runs and --help stay fast.
        const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
        bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total}`, stream: process.stderr }, cliProgress.Presets.shades_classic);
        bar.start(total, done);
      }
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

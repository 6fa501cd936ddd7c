/** `npm run bench`: time every pipeline stage at two corpus sizes, start-up, the CLI end to end and pandoc/soffice, against targets. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { z } from 'zod';
import { runExternal, type ExternalResult } from './bench-external.js';
import { formatReport, judgeTargets, type BenchReport, type CliRun, type Scaling, type SizeResult, type Startup } from './bench-report.js';
import { killRunning, medianSpawn, spawnWithPeakRss, timedSpawn, TIME_PROGRAM } from './bench-spawn.js';
import { runStages, type StageRun } from './bench-stages.js';
import { STAGES, type Stage } from './stage-names.js';
import { makeCorpus } from './corpus.js';
import { writeCorpus } from './make-corpus.js';
import { issueLine } from '../model/zod-issue.js';
import { tuneV8 } from '../cli/v8-tuning.js';

const self = fileURLToPath(import.meta.url);
const cliMain = path.join(path.dirname(self), '..', 'cli', 'main.js');
const CLI_SIZE = 1260;
const STARTUP_RUNS = 5;
/** The least time a run is given, however little budget is left (enough to finish a stage or two). */
const MIN_RUN_MS = 60_000;
const UNLIMITED_MS = 6 * 3600_000;
const STAGE_LINE = '@bench-stage ';

const ArgsSchema = z.object({
  json: z.boolean(),
  skipExternal: z.boolean(),
  sizes: z
    .string()
    .transform((s) => s.split(',').map((x) => Number(x.trim())))
    .pipe(z.array(z.number().int().positive().max(200_000)).min(1).max(4)),
  budget: z.number().min(0),
  child: z.boolean(),
  dir: z.string().optional(),
  out: z.string().optional(),
});
type Args = z.infer<typeof ArgsSchema>;

function log(args: Args, message: string): void {
  if (!args.json) process.stderr.write(`bench: ${message}\n`);
}

const count = (n: number) => n.toLocaleString('en-US');

/** Stage lines a child printed before it was stopped: what it finished, and its peak RSS then. */
function partialRun(stderr: string): { stages: Partial<Record<Stage, number>>; peakRssKb: number | null } {
  const stages: Partial<Record<Stage, number>> = {};
  let peakRssKb: number | null = null;
  for (const line of stderr.split('\n')) {
    if (!line.startsWith(STAGE_LINE)) continue;
    const { stage, ms, rss } = JSON.parse(line.slice(STAGE_LINE.length)) as { stage: Stage; ms: number; rss: number };
    stages[stage] = ms;
    peakRssKb = rss;
  }
  return { stages, peakRssKb };
}

/** One corpus size: generate it, then run the pipeline in a child process so its peak RSS is that run's. */
async function measureSize(articles: number, tmp: string, timeoutMs: number, args: Args): Promise<{ result: SizeResult; dir: string; briefs: string }> {
  const dir = path.join(tmp, `corpus-${articles}`);
  const briefs = path.join(tmp, `briefs-${articles}`);
  log(args, `${count(articles)} articles: writing the corpus`);
  const t0 = performance.now();
  writeCorpus(dir, makeCorpus({ articles }));
  const corpusMs = performance.now() - t0;
  log(args, `${count(articles)} articles: running the pipeline${timeoutMs >= UNLIMITED_MS ? '' : ` (stopped after ${Math.round(timeoutMs / 1000)} s)`}`);
  const child = await timedSpawn(process.execPath, [self, '--child', '--dir', dir, '--out', briefs], { timeout: timeoutMs });
  const perSecond = (ms: number | undefined) => (ms === undefined ? null : ms > 0 ? (articles / ms) * 1000 : 0);
  if (!child.error && child.status === 0) {
    const run = JSON.parse(child.stdout) as StageRun;
    const stages = Object.fromEntries(STAGES.map((s) => [s, { ms: run.stages[s], perSecond: perSecond(run.stages[s]) }])) as SizeResult['stages'];
    return {
      result: { articles, complete: true, error: null, files: run.files, reviews: run.reviews, problems: run.problems, stages, analyst: run.analyst, pipelineMs: run.pipelineMs, wallMs: child.ms, peakRssKb: run.peakRssKb, corpusMs, extractCpu: run.extractCpu },
      dir,
      briefs,
    };
  }
  const stopped = Boolean(child.error?.includes('SIGTERM') || child.error?.includes('ETIMEDOUT'));
  const lastLine = child.stderr.split('\n').filter((l) => l.trim() && !l.startsWith(STAGE_LINE)).slice(-1)[0] ?? '';
  const partial = partialRun(child.stderr);
  const stages = Object.fromEntries(STAGES.map((s) => [s, { ms: partial.stages[s] ?? null, perSecond: perSecond(partial.stages[s]) }])) as SizeResult['stages'];
  const done = Object.values(partial.stages).reduce((a, b) => a + b, 0);
  return {
    result: {
      articles,
      complete: false,
      error: `${stopped ? 'stopped by the time budget' : `failed (${child.error ?? `exit ${child.status}`}: ${lastLine.trim().slice(0, 200)})`} after ${(child.ms / 1000).toFixed(0)} s, in the ${STAGES.find((s) => partial.stages[s] === undefined) ?? 'last'} stage`,
      files: null,
      reviews: null,
      problems: null,
      stages,
      analyst: null,
      pipelineMs: done,
      wallMs: child.ms,
      peakRssKb: partial.peakRssKb,
      corpusMs,
      extractCpu: null,
    },
    dir,
    briefs,
  };
}

async function measureStartup(): Promise<Startup> {
  const help = await medianSpawn(process.execPath, [cliMain, '--help'], STARTUP_RUNS);
  const bare = await medianSpawn(process.execPath, ['-e', '0'], STARTUP_RUNS);
  return { helpMs: help.ms, nodeMs: bare.ms, ratio: help.ms / bare.ms, error: help.error ?? bare.error };
}

async function measureCli(articles: number, dir: string, out: string, fallbackRssKb: number | null, timeoutMs: number): Promise<CliRun> {
  const r = await spawnWithPeakRss(process.execPath, [cliMain, 'build', dir, '-o', out, '-q'], timeoutMs, { env: { ...process.env, SOURCE_DATE_EPOCH: '1704067200' } });
  // Exit 1 means "built, but some inputs were skipped": still a full run.
  const failed = r.error
    ? `stopped after ${(r.ms / 1000).toFixed(0)} s (${r.error})`
    : r.status === 0 || r.status === 1
      ? null
      : `exit ${r.status}: ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`;
  return {
    articles,
    wallMs: r.ms,
    peakRssKb: r.peakRssKb ?? fallbackRssKb,
    rssSource: r.peakRssKb !== null ? TIME_PROGRAM : fallbackRssKb !== null ? 'bench child' : null,
    status: r.status,
    error: failed,
  };
}

function scalingOf(sizes: SizeResult[]): Scaling | null {
  const small = sizes.reduce((a, b) => (b.articles < a.articles ? b : a));
  const large = sizes.reduce((a, b) => (b.articles > a.articles ? b : a));
  if (large.articles <= small.articles || !small.complete) return null;
  const stageRatios = Object.fromEntries(
    STAGES.map((s) => {
      const [a, b] = [small.stages[s].ms, large.stages[s].ms];
      return [s, a !== null && b !== null && a > 0 ? b / a : null];
    }),
  ) as Scaling['stageRatios'];
  return {
    from: small.articles,
    to: large.articles,
    sizeRatio: large.articles / small.articles,
    // A stopped run's pipeline time is at least its wall time less the start-up the small run had.
    timeRatio: Math.max(large.pipelineMs, large.complete ? 0 : large.wallMs - (small.wallMs - small.pipelineMs)) / small.pipelineMs,
    wallRatio: large.wallMs / small.wallMs,
    complete: large.complete,
    stageRatios,
  };
}

/**
 * The smallest size runs first, then start-up, the CLI and pandoc/soffice on its output, and the larger
 * sizes last: under a time budget, what gets cut short is the big run, which still reports the stages it finished.
 */
async function parent(args: Args): Promise<void> {
  const t0 = performance.now();
  const budgetMs = args.budget > 0 ? args.budget * 1000 : null;
  const left = (reserve: number) => Math.round(budgetMs === null ? UNLIMITED_MS : Math.max(MIN_RUN_MS, t0 + budgetMs - performance.now() - reserve));
  const order = [...new Set(args.sizes)].sort((a, b) => a - b);
  const cliSize = order.includes(CLI_SIZE) ? CLI_SIZE : (order[0] as number);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-bench-'));
  const cleanUp = (signal: NodeJS.Signals) => {
    killRunning();
    fs.rmSync(tmp, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, cleanUp);
  try {
    const base = await measureSize(cliSize, tmp, left(0), args);
    const sizes: SizeResult[] = [base.result];
    log(args, 'start-up times');
    const startup = await measureStartup();
    log(args, `brief build on ${count(cliSize)} articles`);
    const cli = await measureCli(cliSize, base.dir, path.join(tmp, 'cli-out'), base.result.peakRssKb, left(0));
    fs.rmSync(base.dir, { recursive: true, force: true });
    const ours = base.result.analyst ?? { docx: NaN, pdf: NaN };
    let external: ExternalResult;
    if (args.skipExternal || !base.result.analyst) {
      const why = args.skipExternal ? '--skip-external' : `the ${count(cliSize)}-article run did not finish, so there is no analyst brief`;
      external = { skipped: [why], pandocMs: null, sofficeMs: null, oursDocxMs: ours.docx, oursPdfMs: ours.pdf, ratio: null };
    } else {
      log(args, 'pandoc and soffice on the analyst brief');
      external = await runExternal(path.join(base.briefs, 'analyst.html'), path.join(tmp, 'external'), ours, left(order.length > 1 ? MIN_RUN_MS : 0));
    }
    for (const n of order.filter((x) => x !== cliSize)) {
      const m = await measureSize(n, tmp, left(0), args);
      sizes.push(m.result);
      fs.rmSync(m.dir, { recursive: true, force: true });
    }
    sizes.sort((a, b) => a.articles - b.articles);
    const partial = {
      schema: 'brief.bench/1' as const,
      environment: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: os.cpus().length, loadavg: os.loadavg() },
      sizes,
      scaling: scalingOf(sizes),
      startup,
      external,
      cli,
    };
    const report: BenchReport = { ...partial, targets: judgeTargets(partial), budgetMs, totalMs: performance.now() - t0 };
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// The child runs the pipeline as `brief` runs it, with the same V8 settings.
async function child(dir: string, out: string): Promise<void> {
  tuneV8();
  const run = await runStages(dir, out, (stage, ms, rss) => process.stderr.write(`${STAGE_LINE}${JSON.stringify({ stage, ms, rss })}\n`));
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

async function main(argv: string[]): Promise<void> {
  const raw = await yargs(argv)
    .scriptName('bench')
    .usage('$0 [--json] [--sizes 1260,12600] [--skip-external] [--budget 300]')
    .option('json', { type: 'boolean', default: false, describe: 'print the figures as JSON' })
    .option('sizes', { type: 'string', default: '1260,12600', describe: 'corpus sizes (articles), comma-separated' })
    .option('skip-external', { type: 'boolean', default: false, describe: 'do not time pandoc and soffice' })
    .option('budget', { type: 'number', default: 300, describe: 'seconds the whole bench may take; a run past it is stopped and reported as incomplete (0: no limit)' })
    .option('child', { type: 'boolean', default: false, hidden: true })
    .option('dir', { type: 'string', hidden: true })
    .option('out', { type: 'string', hidden: true })
    .strict()
    .help()
    .parseAsync();
  const parsed = ArgsSchema.safeParse(raw);
  if (!parsed.success) {
    process.stderr.write(`bench: --${issueLine(parsed.error)}\n`);
    process.exitCode = 2;
    return;
  }
  const args = parsed.data;
  if (!args.child) return parent(args);
  if (!args.dir || !args.out) throw new Error('--child needs --dir and --out');
  await child(args.dir, args.out);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main(hideBin(process.argv));

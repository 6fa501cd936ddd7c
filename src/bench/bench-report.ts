/** The bench's figures: their JSON shape, the targets judged from them, and the printed table. */
import type { ExternalResult } from './bench-external.js';
import type { ExtractCpu } from './bench-stages.js';
import { STAGES, type Stage } from './stage-names.js';

/** A stage's time; null when the run was stopped (time budget) before the stage finished. */
export interface StageFigure {
  ms: number | null;
  perSecond: number | null;
}

export interface SizeResult {
  articles: number;
  /** False when the run was stopped by the bench's time budget; the figures are then those of the finished stages. */
  complete: boolean;
  error: string | null;
  files: number | null;
  reviews: number | null;
  problems: number | null;
  stages: Record<Stage, StageFigure>;
  analyst: { docx: number; pdf: number; html: number } | null;
  /** Sum of the finished stages' times, ms (a lower bound when the run is incomplete). */
  pipelineMs: number;
  /** The child process from spawn to exit (Node start, module loading, the pipeline), ms. */
  wallMs: number;
  peakRssKb: number | null;
  /** Time to generate and write the corpus (not part of the pipeline), ms. */
  corpusMs: number;
  /** CPU time of the extract stage (null when the run did not finish). */
  extractCpu: ExtractCpu | null;
}

export interface Scaling {
  from: number;
  to: number;
  sizeRatio: number;
  /** Ratio of the pipeline times (the target is judged on this one); a lower bound when `complete` is false. */
  timeRatio: number;
  /** Ratio of the child processes' wall times. */
  wallRatio: number;
  complete: boolean;
  /** Per stage: large-size time / small-size time, for the stages both runs finished. */
  stageRatios: Record<Stage, number | null>;
}

export interface Startup {
  helpMs: number;
  nodeMs: number;
  ratio: number;
  error: string | null;
}

export interface CliRun {
  articles: number;
  wallMs: number;
  peakRssKb: number | null;
  rssSource: '/usr/bin/time' | 'bench child' | null;
  status: number | null;
  error: string | null;
}

export interface Target {
  id: 'extract' | 'scaling' | 'startup' | 'external' | 'cli-wall' | 'cli-rss';
  target: string;
  value: string;
  /** null when the figure could not be measured (skipped). */
  ok: boolean | null;
}

export interface BenchReport {
  schema: 'brief.bench/1';
  environment: { node: string; platform: string; cpus: number; loadavg: number[] };
  sizes: SizeResult[];
  scaling: Scaling | null;
  startup: Startup;
  external: ExternalResult;
  cli: CliRun;
  targets: Target[];
  /** The bench's time budget (ms; null: none); a size run past it is stopped and reported as incomplete. */
  budgetMs: number | null;
  totalMs: number;
}

export const LIMITS = { extractPerSecond: 1000, scalingSlack: 1.1, startupRatio: 2, externalRatio: 8, cliWallMs: 3000, cliRssKb: 400 * 1024 };

const int = (n: number | null) => (n === null || !Number.isFinite(n) ? 'n/a' : Math.round(n).toLocaleString('en-US'));
export const fmtMs = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? 'n/a' : ms < 1000 ? `${int(ms)} ms` : `${(ms / 1000).toFixed(2)} s`);
const fmtMb = (kb: number | null) => (kb === null ? 'n/a' : `${int(kb / 1024)} MB`);
const fmtX = (r: number) => `${r.toFixed(1)}x`;

/** Judge every target from the figures. */
export function judgeTargets(r: Omit<BenchReport, 'targets' | 'totalMs' | 'budgetMs'>): Target[] {
  const targets: Target[] = [];
  const first = r.sizes.find((size) => size.stages.extract.perSecond !== null);
  if (first) {
    const { ms } = first.stages.extract;
    const articles = first.reviews ?? first.articles;
    const cpu = first.extractCpu;
    // One core's rate: the CPU time of the thread that extracts where the OS tells it, else the wall time.
    const threadMs = cpu?.threadMs ?? null;
    const perSecond = threadMs !== null && threadMs > 0 ? (articles / threadMs) * 1000 : (first.stages.extract.perSecond ?? 0);
    const cpuText = cpu
      ? `; CPU ${threadMs !== null ? `${fmtMs(threadMs)} on that thread (${int(perSecond)}/s), ` : ''}${fmtMs(cpu.processMs)} with V8's compiler and GC threads (${int((articles / cpu.processMs) * 1000)}/s)`
      : '';
    // The compiler threads' work is mostly fixed (warm-up); at the larger size it is spread over more articles.
    const larger = r.sizes.filter((size) => size !== first && size.extractCpu && (size.reviews ?? size.articles) > articles).at(-1);
    const largerText = larger?.extractCpu
      ? `; at ${int(larger.reviews ?? larger.articles)} articles, ${fmtMs(larger.extractCpu.processMs)} with those threads (${int(((larger.reviews ?? larger.articles) / larger.extractCpu.processMs) * 1000)}/s)`
      : '';
    targets.push({
      id: 'extract',
      target: `>= ${int(LIMITS.extractPerSecond)}/s`,
      value: `extract stage, ${int(articles)} articles on one thread, lexicons loading included: ${fmtMs(ms)} wall, ${int(first.stages.extract.perSecond)} articles/s${cpuText}${largerText}`,
      ok: perSecond >= LIMITS.extractPerSecond,
    });
  }
  if (r.scaling) {
    const s = r.scaling;
    const limit = s.sizeRatio * LIMITS.scalingSlack;
    const at = s.complete ? '' : 'at least ';
    targets.push({
      id: 'scaling',
      target: `<= ${fmtX(limit)}`,
      value: `${int(s.to)} vs ${int(s.from)} articles: ${at}${fmtX(s.timeRatio)} the pipeline time (whole run ${at}${fmtX(s.wallRatio)}) for ${fmtX(s.sizeRatio)} the articles${s.complete ? '' : ' (stopped by the time budget)'}`,
      // An incomplete run can only prove a miss.
      ok: s.complete ? s.timeRatio <= limit : s.timeRatio > limit ? false : null,
    });
  }
  const st = r.startup;
  targets.push({
    id: 'startup',
    target: `<= ${LIMITS.startupRatio}x`,
    value: st.error ? `not measured: ${st.error}` : `brief --help ${fmtMs(st.helpMs)} vs node -e 0 ${fmtMs(st.nodeMs)}: ${fmtX(st.ratio)}`,
    ok: st.error ? null : st.ratio <= LIMITS.startupRatio,
  });
  const e = r.external;
  const ours = e.oursDocxMs + e.oursPdfMs;
  targets.push({
    id: 'external',
    target: `>= ${LIMITS.externalRatio}x`,
    value:
      e.ratio !== null
        ? `pandoc DOCX ${fmtMs(e.pandocMs ?? NaN)} + soffice PDF ${fmtMs(e.sofficeMs ?? NaN)} vs our analyst DOCX+PDF ${fmtMs(ours)}: ours ${fmtX(e.ratio)} faster`
        : `skipped: ${e.skipped.join('; ')}${e.pandocMs !== null ? ` (pandoc DOCX alone: ${fmtMs(e.pandocMs)} vs our DOCX ${fmtMs(e.oursDocxMs)})` : ''}`,
    ok: e.ratio === null ? null : e.ratio >= LIMITS.externalRatio,
  });
  const c = r.cli;
  const run = `brief build, ${int(c.articles)} articles`;
  targets.push({
    id: 'cli-wall',
    target: `<= ${fmtMs(LIMITS.cliWallMs)}`,
    value: c.error ? `failed: ${c.error}` : `${run}: ${fmtMs(c.wallMs)} wall`,
    ok: c.error ? false : c.wallMs <= LIMITS.cliWallMs,
  });
  targets.push({
    id: 'cli-rss',
    target: `<= ${fmtMb(LIMITS.cliRssKb)}`,
    value: c.peakRssKb === null ? 'not measured' : `${run}: ${fmtMb(c.peakRssKb)} peak RSS (${c.rssSource})`,
    ok: c.peakRssKb === null ? null : c.peakRssKb <= LIMITS.cliRssKb,
  });
  return targets;
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

/** The human-readable report. */
export function formatReport(r: BenchReport): string {
  const lines: string[] = [];
  const env = r.environment;
  lines.push(`provincial-briefs bench: node ${env.node}, ${env.platform}, ${env.cpus} CPUs, load average ${env.loadavg.map((l) => l.toFixed(2)).join(' ')}`);
  lines.push('');
  const W = 22;
  const sc = r.scaling;
  const head = r.sizes.map((s) => pad(`${int(s.articles)} articles`, W)).join('');
  lines.push(`${pad('stage', 20)}${head}${sc ? `${pad('', 3)}time ratio` : ''}`);
  lines.push(`${pad('', 20)}${r.sizes.map(() => pad(`${pad('time', 10, true)} ${pad('art/s', 9, true)}`, W)).join('')}${sc ? `${pad(`${int(sc.to)}/${int(sc.from)}`, 13, true)}` : ''}`);
  for (const stage of STAGES) {
    const ratio = sc ? pad(sc.stageRatios[stage] === null ? 'n/a' : fmtX(sc.stageRatios[stage] as number), 13, true) : '';
    lines.push(`${pad(stage, 20)}${r.sizes.map((s) => pad(`${pad(fmtMs(s.stages[stage].ms), 10, true)} ${pad(int(s.stages[stage].perSecond), 9, true)}`, W)).join('')}${ratio}`);
  }
  const row = (label: string, f: (s: SizeResult) => string) => lines.push(`${pad(label, 20)}${r.sizes.map((s) => pad(pad(f(s), 10, true), W)).join('')}`);
  row('pipeline (sum)', (s) => `${s.complete ? '' : '>= '}${fmtMs(s.pipelineMs)}`);
  row('whole run (wall)', (s) => fmtMs(s.wallMs));
  row('peak RSS', (s) => fmtMb(s.peakRssKb));
  row('corpus generation', (s) => fmtMs(s.corpusMs));
  for (const s of r.sizes) {
    if (s.error) lines.push(`note: ${int(s.articles)} articles: ${s.error}`);
    else if (s.problems || s.reviews !== s.files) lines.push(`note: ${int(s.articles)} articles: ${s.reviews} reviews from ${s.files} files, ${s.problems} unreadable`);
  }
  lines.push('');
  lines.push('targets');
  const idWidth = Math.max(...r.targets.map((t) => t.id.length)) + 2;
  const valueWidth = Math.max(...r.targets.map((t) => t.value.length)) + 2;
  for (const t of r.targets) {
    const verdict = t.ok === null ? 'skipped' : t.ok ? 'ok' : 'MISSED';
    lines.push(`  ${pad(t.id, idWidth)}${pad(t.value, valueWidth)}${pad(`target ${t.target}`, 20)}${verdict}`);
  }
  for (const s of r.external.skipped) lines.push(`note: ${s}`);
  lines.push('');
  lines.push(`bench wall time: ${fmtMs(r.totalMs)}${r.budgetMs === null ? '' : ` (budget ${fmtMs(r.budgetMs)}; --budget 0 for none)`}`);
  return `${lines.join('\n')}\n`;
}

/** The in-process pipeline run the bench times stage by stage: ingest, extract, compare, render, then each writer. */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { walkInputs } from '../cli/files.js';
import { compareReviews } from '../compare/compare.js';
import { articleToReview } from '../extract/article-to-review.js';
import { loadKnowledge } from '../extract/knowledge/index.js';
import { InputError } from '../ingest/errors.js';
import { parseArticle } from '../ingest/parse-article.js';
import type { Article } from '../model/article.js';
import type { BriefDocument } from '../model/ir.js';
import type { Review } from '../model/review.js';
import { templatesDir } from '../paths.js';
import { readLocale } from '../render/locale.js';
import { renderBrief } from '../render/render-brief.js';
import { readTemplate } from '../render/template.js';
import { WRITERS } from '../render/writers/registry.js';
import { mainThreadCpuMs, processCpuMs } from './cpu-time.js';
import { STAGES, type Stage } from './stage-names.js';

export { STAGES, type Stage };

/** The analyst brief comes first so its writer times include loading the writer modules, as a one-off CLI run would. */
export const BENCH_AUDIENCES = ['analyst', 'executive', 'press'] as const;

export interface StageRun {
  files: number;
  reviews: number;
  problems: number;
  stages: Record<Stage, number>;
  /** Writer times of the analyst brief alone, in ms. */
  analyst: { docx: number; pdf: number; html: number };
  /** Sum of the stage times, in ms. */
  pipelineMs: number;
  /** This process's peak resident set size, in KB. */
  peakRssKb: number;
  /** CPU time of the extract stage, ms: its thread's (null where the OS does not tell), and the whole process's. */
  extractCpu: ExtractCpu;
}

export interface ExtractCpu {
  threadMs: number | null;
  processMs: number;
}

/** Told after each stage, so a run cut short by a time limit still reports the stages it finished. */
export type StageListener = (stage: Stage, ms: number, peakRssKb: number) => void;

const FIXED_DATE = '2024-01-01T00:00:00.000Z';

/** Run the whole pipeline over the files in `dir`; the briefs go to `outDir` (written outside the timings). */
export async function runStages(dir: string, outDir: string, onStage: StageListener = () => {}): Promise<StageRun> {
  const timed = <T>(stage: Stage, f: () => T): [T, number] => {
    const t0 = performance.now();
    const out = f();
    const ms = performance.now() - t0;
    onStage(stage, ms, process.resourceUsage().maxRSS);
    return [out, ms];
  };
  const { files } = walkInputs([dir]);
  let problems = 0;
  const [articles, ingestMs] = timed('ingest', () => {
    const out: Article[] = [];
    for (const file of files) {
      try {
        const ingested = parseArticle(fs.readFileSync(file), path.basename(file));
        if (ingested.kind === 'article') out.push(ingested.article);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        problems++;
      }
    }
    return out;
  });
  const cpuBefore = { thread: mainThreadCpuMs(), process: processCpuMs() };
  const [reviews, extractMs] = timed('extract', () => {
    const k = loadKnowledge();
    return articles.map((a): Review => articleToReview(a, k));
  });
  const threadAfter = mainThreadCpuMs();
  const extractCpu: ExtractCpu = {
    threadMs: threadAfter === null || cpuBefore.thread === null ? null : threadAfter - cpuBefore.thread,
    processMs: processCpuMs() - cpuBefore.process,
  };
  const k = loadKnowledge();
  const [comparison, compareMs] = timed('compare', () => compareReviews(reviews, { sort: 'name', order: new Map(k.gazetteer.provinces.map((p) => [p.code, p.order])) }));
  const [docs, renderMs] = timed('render', () => {
    const themeLabels = new Map(k.themes.map((t) => [t.id, t.labels]));
    return BENCH_AUDIENCES.map((audience) => {
      const template = readTemplate(path.join(templatesDir, `${audience}.hbs`));
      const locale = readLocale(path.join(templatesDir, 'locales'), template.frontMatter.locale);
      return { audience, doc: renderBrief(comparison, template, locale, { date: FIXED_DATE, themeLabels }) as BriefDocument };
    });
  });
  const writerMs: Record<'docx' | 'pdf' | 'html', number> = { docx: 0, pdf: 0, html: 0 };
  const analyst = { docx: 0, pdf: 0, html: 0 };
  fs.mkdirSync(outDir, { recursive: true });
  for (const { audience, doc } of docs) {
    for (const w of WRITERS) {
      const t0 = performance.now();
      const bytes = await w.render(doc, {});
      const ms = performance.now() - t0;
      writerMs[w.format] += ms;
      if (audience === 'analyst') analyst[w.format] = ms;
      fs.writeFileSync(path.join(outDir, `${audience}${w.extension}`), bytes);
    }
  }
  for (const w of WRITERS) onStage(w.format, writerMs[w.format], process.resourceUsage().maxRSS);
  const stages: Record<Stage, number> = { ingest: ingestMs, extract: extractMs, compare: compareMs, render: renderMs, ...writerMs };
  return {
    files: files.length,
    reviews: reviews.length,
    problems,
    stages,
    analyst,
    pipelineMs: STAGES.reduce((sum, s) => sum + stages[s], 0),
    peakRssKb: process.resourceUsage().maxRSS,
    extractCpu,
  };
}

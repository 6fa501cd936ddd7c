/** The work of `brief build`, loaded only when the command runs (so `brief --help` stays fast). */
import fs from 'node:fs';
import path from 'node:path';
import { compareReviews } from '../../compare/compare.js';
import { normalizePeriod, periodsOf, selectReviews, type Selected, type Selection } from '../../compare/select.js';
import { loadKnowledge, type Knowledge } from '../../extract/knowledge/index.js';
import { provinceByName } from '../../extract/places.js';
import type { Review } from '../../model/review.js';
import type { Comparison } from '../../model/comparison.js';
import type { BriefDocument } from '../../model/ir.js';
import { templatesDir } from '../../paths.js';
import { readLocale } from '../../render/locale.js';
import { renderBrief } from '../../render/render-brief.js';
import { checkTemplate, readTemplate, type LoadedTemplate } from '../../render/template.js';
import { WRITERS } from '../../render/writers/registry.js';
import { buildTimestamp } from '../clock.js';
import { progress, reportProblems } from '../common.js';
import { EXIT, UsageError } from '../errors.js';
import { removeStaleTemporaries, writeAtomic } from '../files.js';
import { loadReviews } from '../load-inputs.js';
import { runJobs } from '../jobs.js';
import { Threads, threadCount } from '../worker-pool.js';
import { AUDIENCES, type BuildArgs, parseFormats } from '../commands/build.js';

function templatesFor(argv: BuildArgs): LoadedTemplate[] {
  if (argv.template) return [readTemplate(argv.template)];
  const audiences = argv.audience === 'all' ? [...AUDIENCES] : argv.audience.split(',').map((s) => s.trim());
  for (const a of audiences) if (!(AUDIENCES as readonly string[]).includes(a)) throw new UsageError(`unknown audience "${a}"; choose from ${AUDIENCES.join(', ')} or all`);
  return audiences.map((a) => readTemplate(path.join(templatesDir, `${a}.hbs`)));
}

const commaList = (value: string | undefined): string[] => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** --period and --province read into a Selection; a value that names no period or province is a usage error. */
function selectionOf(argv: BuildArgs, k: Knowledge): Selection {
  const periods = commaList(argv.period).map((p) => {
    const period = normalizePeriod(p);
    if (!period) throw new UsageError(`--period "${p}": give a year (2023), a range of years (2019-2024) or a half year (2024-H1)`);
    return period;
  });
  const provinces = commaList(argv.province).map((name) => {
    const code = provinceByName(name, k);
    if (!code) throw new UsageError(`--province "${name}": no such province in the gazetteer`);
    return code;
  });
  return { periods, provinces };
}

/** The Reviews the briefs cover; what the selection left out is said on stderr, and none left is a usage error. */
function select(reviews: Review[], selection: Selection, argv: BuildArgs): Selected {
  if (selection.periods.length === 0 && selection.provinces.length === 0) return { reviews, leftOut: { period: 0, province: 0 } };
  const selected = selectReviews(reviews, selection);
  const asked = [argv.period ? `--period ${argv.period}` : '', argv.province ? `--province ${argv.province}` : ''].filter(Boolean).join(' ');
  if (selected.reviews.length === 0) {
    const found = periodsOf(reviews);
    throw new UsageError(`no article matches ${asked}${found.length ? `; reviewed periods found: ${found.join(', ')}` : ''}`);
  }
  if (!argv.quiet) {
    const why = [selected.leftOut.period ? `${selected.leftOut.period} of other or unknown periods` : '', selected.leftOut.province ? `${selected.leftOut.province} of other or unknown provinces` : ''].filter(Boolean).join(', ');
    process.stderr.write(`briefing ${selected.reviews.length} of ${reviews.length} articles (${asked})${why ? `; left out: ${why}` : ''}\n`);
  }
  return selected;
}

interface BriefJob {
  readonly template: LoadedTemplate;
  readonly doc: BriefDocument;
  readonly locale: string;
}

/** Build the briefs: inputs → Reviews → Comparison → IR per template → every asked format, written atomically. */
export async function runBuild(argv: BuildArgs): Promise<void> {
  const date = buildTimestamp(process.env);
  const formats = parseFormats(argv.format);
  const templates = templatesFor(argv);
  const locales = new Map(templates.map((t) => [t.file, readLocale(path.join(templatesDir, 'locales'), argv.locale ?? t.frontMatter.locale)]));
  // Every name a template reads, checked before any article is read.
  for (const t of templates) checkTemplate(t, locales.get(t.file)!);
  if (argv.reviews && !fs.existsSync(argv.reviews)) throw new UsageError(`${argv.reviews}: no such folder`);
  const inputs = argv.reviews ? [argv.reviews] : argv.paths;
  const missing = inputs.filter((p) => !fs.existsSync(p));
  if (missing.length === inputs.length) throw new UsageError(`${missing.join(', ')}: no such file or folder`);

  const threads = new Threads(threadCount(argv.jobs));
  try {
    await buildWith(argv, { date, formats, templates, locales, inputs, threads });
  } finally {
    await threads.close();
  }
}

interface BuildPlan {
  readonly date: string;
  readonly formats: readonly string[];
  readonly templates: readonly LoadedTemplate[];
  readonly locales: ReadonlyMap<string, ReturnType<typeof readLocale>>;
  readonly inputs: string[];
  readonly threads: Threads;
}

async function buildWith(argv: BuildArgs, plan: BuildPlan): Promise<void> {
  const { date, formats, templates, locales, inputs, threads } = plan;
  const k = loadKnowledge();
  const selection = selectionOf(argv, k);
  const bar = progress(argv, 'extract');
  const { reviews: read, problems } = await loadReviews(inputs, {
    maxBytes: argv.maxInputSize * 1e6,
    maxArticles: argv.maxArticles,
    reviewsOnly: Boolean(argv.reviews),
    onProgress: bar.update,
    threads,
  });
  bar.stop();
  reportProblems(problems, argv);
  if (read.length === 0) throw new UsageError('no article could be read: nothing to build');
  const { reviews, leftOut } = select(read, selection, argv);
  const order = new Map(k.gazetteer.provinces.map((p) => [p.code, p.order]));
  // An article read in two languages shows its items in the brief's language: one comparison per language of brief.
  const comparisons = new Map<string, Comparison>();
  const comparisonIn = (language: string): Comparison => {
    let c = comparisons.get(language);
    if (!c) {
      c = compareReviews(reviews, { sort: argv.sort, order, preferLanguages: [language] });
      comparisons.set(language, c);
    }
    return c;
  };
  const comparison = comparisonIn(locales.get(templates[0]!.file)!.locale);
  if (argv.emit === 'review' || argv.emit === 'comparison') {
    process.stdout.write(`${JSON.stringify(argv.emit === 'review' ? reviews : comparison, null, 2)}\n`);
    process.exitCode = problems.length ? EXIT.skipped : EXIT.ok;
    return;
  }
  const themeLabels = new Map(k.themes.map((t) => [t.id, t.labels]));
  const docs: BriefJob[] = templates.map((t) => {
    const locale = locales.get(t.file)!;
    return {
      template: t,
      locale: locale.locale,
      doc: renderBrief(comparisonIn(locale.locale), t, locale, { date, themeLabels, transpose: argv.transpose, ...(argv.provincesPerTable ? { provincesPerTable: argv.provincesPerTable } : {}) }),
    };
  });
  if (argv.emit === 'ir') {
    process.stdout.write(`${JSON.stringify(docs.length === 1 ? docs[0]!.doc : docs.map((d) => d.doc), null, 2)}\n`);
    process.exitCode = problems.length ? EXIT.skipped : EXIT.ok;
    return;
  }
  try {
    fs.mkdirSync(argv.output, { recursive: true });
    fs.accessSync(argv.output, fs.constants.W_OK);
    removeStaleTemporaries(argv.output);
  } catch {
    throw new UsageError(`${argv.output}: output folder is not writable`);
  }
  const jobs = docs.flatMap((d) => WRITERS.filter((w) => formats.includes(w.format)).map((w) => ({ d, w })));
  const options = { pdfA: argv.pdfA, tagged: argv.tagged };
  const written = await runJobs(jobs, threads.started, async ({ d, w }, worker) => {
    const bytes = worker === null ? await w.render(d.doc, options) : await worker.write(w.format, d.doc, options);
    const suffix = argv.locale && argv.locale !== 'en' ? `.${d.locale}` : '';
    const file = path.join(argv.output, `${d.template.name}${suffix}${w.extension}`);
    writeAtomic(file, bytes);
    return { file, audience: d.template.frontMatter.audience, format: w.format, bytes: bytes.length };
  });
  written.sort((a, b) => a.file.localeCompare(b.file));
  if (argv.json) {
    process.stdout.write(`${JSON.stringify({ written, skipped: problems, articles: reviews.length, leftOut, provinces: comparison.coverage.provinces, warnings: comparison.warnings }, null, 2)}\n`);
  } else if (!argv.quiet) {
    for (const w of written) process.stderr.write(`wrote ${w.file}\n`);
  }
  process.exitCode = problems.length ? EXIT.skipped : EXIT.ok;
}

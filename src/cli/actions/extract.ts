/** The work of `brief extract`, loaded only when the command runs. */
import fs from 'node:fs';
import path from 'node:path';
import { progress, reportProblems } from '../common.js';
import { EXIT } from '../errors.js';
import { writeAtomic } from '../files.js';
import { loadReviews } from '../load-inputs.js';
import type { ExtractArgs } from '../commands/extract.js';
import { Threads, threadCount } from '../worker-pool.js';

/** Extract every input into a Review: print them as JSON, or write one file each. */
export async function runExtract(argv: ExtractArgs): Promise<void> {
  const bar = progress(argv, 'extract');
  const threads = new Threads(threadCount(argv.jobs));
  const { reviews, problems } = await loadReviews(argv.paths, { maxBytes: argv.maxInputSize * 1e6, maxArticles: argv.maxArticles, onProgress: bar.update, threads })
    .finally(() => threads.close());
  bar.stop();
  reportProblems(problems, argv);
  if (argv.json) process.stdout.write(`${JSON.stringify(reviews, null, 2)}\n`);
  else {
    fs.mkdirSync(argv.output, { recursive: true });
    for (const r of reviews) writeAtomic(path.join(argv.output, `${r.id}.review.json`), `${JSON.stringify(r, null, 2)}\n`);
    if (!argv.quiet) for (const r of reviews) for (const w of r.warnings) process.stderr.write(`${w.file}: ${w.severity}: ${w.message} [${w.ruleId}]\n`);
    if (!argv.quiet) process.stderr.write(`wrote ${reviews.length} reviews to ${argv.output}\n`);
  }
  process.exitCode = problems.length ? EXIT.skipped : EXIT.ok;
  
}

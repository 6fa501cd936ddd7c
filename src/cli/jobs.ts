/** Spreads the writer jobs of a build over the main thread and the workers, largest first, to finish together. */
import type { BriefDocument } from '../model/ir.js';
import type { WorkerHandle } from './worker-pool.js';

/** Relative cost of each writer per character of text (measured on the bench corpus). */
const FORMAT_COST: Readonly<Record<string, number>> = { pdf: 2, docx: 1, html: 0.05 };

interface Job {
  readonly d: { readonly doc: BriefDocument };
  readonly w: { readonly format: string };
}

/**
 * Runs every job once, on the main thread (`worker` null) or on a worker, and gives the results in job order. The
 * split is fixed in advance (longest job first, to the least loaded thread), so each worker gets its whole list at once.
 */
export async function runJobs<J extends Job, R>(jobs: readonly J[], workers: readonly WorkerHandle[], run: (job: J, worker: WorkerHandle | null) => Promise<R>): Promise<R[]> {
  const lanes: Array<{ worker: WorkerHandle | null; load: number; jobs: number[] }> = [...workers, null].map((worker) => ({ worker, load: 0, jobs: [] }));
  const sizes = new Map<BriefDocument, number>();
  const cost = (job: J) => {
    let size = sizes.get(job.d.doc);
    if (size === undefined) sizes.set(job.d.doc, (size = textSize(job.d.doc)));
    return size * (FORMAT_COST[job.w.format] ?? 1);
  };
  const order = jobs.map((job, i) => ({ i, cost: cost(job) })).sort((a, b) => b.cost - a.cost || a.i - b.i);
  for (const { i, cost: c } of order) {
    const lane = lanes.reduce((least, l) => (l.load < least.load ? l : least));
    lane.load += c;
    lane.jobs.push(i);
  }
  const results: R[] = new Array(jobs.length);
  await Promise.all(lanes.map(async ({ worker, jobs: mine }) => {
    if (worker === null) {
      for (const i of mine) results[i] = await run(jobs[i]!, null);
    } else {
      await Promise.all(mine.map(async (i) => { results[i] = await run(jobs[i]!, worker); }));
    }
  }));
  return results;
}

/** Characters of text in a value and everything under it (a rough measure of how much a writer has to set). */
function textSize(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + textSize(v), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((sum: number, v) => sum + textSize(v), 0);
  return 0;
}

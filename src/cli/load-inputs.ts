/** Inputs to Reviews: read every file (one line per bad file), extract articles, drop duplicates. */
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { loadKnowledge } from '../extract/knowledge/index.js';
import type { Review } from '../model/review.js';
import { processFile, type FileOutcome, type InputFile, type ReadOptions } from './file-outcome.js';
import { walkInputs } from './files.js';
import type { Threads, WorkerHandle } from './worker-pool.js';

export interface LoadResult {
  reviews: Review[];
  problems: Array<{ file: string; message: string }>;
  files: number;
}

export interface LoadOptions {
  maxBytes: number;
  maxArticles: number;
  /** Only Review JSON files (brief build --reviews). */
  reviewsOnly?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Worker threads to take batches of files alongside the main thread, if the run is big enough. */
  threads?: Threads;
}

/** Files handed out at a time: small enough to share the work evenly, large enough to keep messages few. */
const BATCH = 24;

/**
 * Read, ingest and extract every input; a bad file becomes a problem line and the others go on. The result is the
 * same whatever the number of threads: files are processed in batches, then taken in input order.
 */
export async function loadReviews(paths: string[], options: LoadOptions): Promise<LoadResult> {
  const { files, problems } = walkInputs(paths);
  const cwd = process.cwd();
  const inputs: InputFile[] = files.map((file) => ({
    file,
    shown: path.isAbsolute(file) && file.startsWith(cwd) ? path.relative(cwd, file) : file,
  }));
  const read: ReadOptions = { maxBytes: options.maxBytes, reviewsOnly: options.reviewsOnly ?? false };
  const workers = options.threads?.forFiles(inputs.length) ?? [];
  const outcomes: FileOutcome[] = [];
  // Past --max-articles the rest is skipped unread; duplicates and bad files don't count, hence the rounds.
  while (outcomes.length < inputs.length) {
    const wanted = options.maxArticles - outcomes.filter((o) => o.kind === 'review').length;
    if (wanted <= 0) break;
    const round = inputs.slice(outcomes.length, outcomes.length + wanted);
    outcomes.push(...(await processAll(round, read, workers, (done) => options.onProgress?.(outcomes.length + done, inputs.length))));
  }
  const result = collect(inputs, outcomes, options.maxArticles);
  options.onProgress?.(inputs.length, inputs.length);
  return { reviews: result.reviews, problems: [...problems, ...result.problems], files: files.length };
}

/** Every input's outcome, in input order; the main thread and the workers each take the next batch when free. */
async function processAll(inputs: readonly InputFile[], read: ReadOptions, workers: readonly WorkerHandle[], onProgress: (done: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(inputs.length);
  let next = 0;
  let done = 0;
  const take = (): [number, number] | null => {
    if (next >= inputs.length) return null;
    const start = next;
    next = Math.min(inputs.length, next + BATCH);
    return [start, next];
  };
  const store = (start: number, results: readonly FileOutcome[]) => {
    results.forEach((o, i) => { outcomes[start + i] = o; });
    done += results.length;
    onProgress(done);
  };
  const workerLoop = async (worker: WorkerHandle) => {
    for (let range = take(); range !== null; range = take()) store(range[0], await worker.files(inputs.slice(...range), read));
  };
  // Two batches in flight per worker: it starts the second while its first reply waits for the busy main thread.
  const workerLane = (worker: WorkerHandle) => Promise.all([workerLoop(worker), workerLoop(worker)]);
  const mainLane = async () => {
    const k = loadKnowledge();
    for (let range = take(); range !== null; range = take()) {
      store(range[0], inputs.slice(...range).map((input) => processFile(input, read, k)));
      // Lets the workers' replies in, so they get their next batch while this thread works on its own.
      await nextTurn();
    }
  };
  await Promise.all([...workers.map(workerLane), mainLane()]);
  return outcomes;
}

/** Reviews in input order, with duplicates and files past --max-articles reported, and ids made unique. */
function collect(inputs: readonly InputFile[], outcomes: readonly FileOutcome[], maxArticles: number): Omit<LoadResult, 'files'> {
  const reviews: Review[] = [];
  const problems: LoadResult['problems'] = [];
  const fingerprints = new Map<string, string>();
  const ids = new Set<string>();
  inputs.forEach(({ shown }, i) => {
    const outcome = outcomes[i];
    if (reviews.length >= maxArticles || outcome === undefined) {
      problems.push({ file: shown, message: `skipped: more than ${maxArticles} articles (--max-articles)` });
      return;
    }
    if (outcome.kind === 'ignored') return;
    if (outcome.kind === 'problem') {
      problems.push({ file: outcome.file, message: outcome.message });
      return;
    }
    let review = outcome.review;
    if (outcome.fingerprint !== null) {
      const dup = fingerprints.get(outcome.fingerprint);
      if (dup !== undefined) {
        problems.push({ file: shown, message: `duplicate of ${dup}: skipped` });
        return;
      }
      fingerprints.set(outcome.fingerprint, shown);
    }
    if (ids.has(review.id)) review = { ...review, id: `${review.id}-${i}` };
    ids.add(review.id);
    reviews.push(review);
  });
  return { reviews, problems };
}

/** Inputs to Reviews: read every file (one line per bad file), extract articles, drop duplicates. */
import path from 'node:path';
import type { Review } from '../model/review.js';
import { InputError } from '../ingest/errors.js';
import { parseArticle } from '../ingest/parse-article.js';
import { articleToReview } from '../extract/article-to-review.js';
import { loadKnowledge } from '../extract/knowledge/index.js';
import { readLimited, walkInputs } from './files.js';

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
}

/** Read, ingest and extract every input; a bad file becomes a problem line and the others go on. */
export function loadReviews(paths: string[], options: LoadOptions): LoadResult {
  const { files, problems } = walkInputs(paths);
  const k = loadKnowledge();
  const reviews: Review[] = [];
  const fingerprints = new Map<string, string>();
  const ids = new Set<string>();
  const cwd = process.cwd();
  files.forEach((file, i) => {
    options.onProgress?.(i, files.length);
    const shown = path.isAbsolute(file) && file.startsWith(cwd) ? path.relative(cwd, file) : file;
    if (reviews.length >= options.maxArticles) {
      problems.push({ file: shown, message: `skipped: more than ${options.maxArticles} articles (--max-articles)` });
      return;
    }
    if (options.reviewsOnly && path.extname(file).toLowerCase() !== '.json') return;
    try {
      const ingested = parseArticle(readLimited(file, options.maxBytes), shown);
      let review: Review;
      if (ingested.kind === 'review') review = ingested.review;
      else {
        const dup = fingerprints.get(ingested.article.fingerprint);
        if (dup) {
          problems.push({ file: shown, message: `duplicate of ${dup}: skipped` });
          return;
        }
        fingerprints.set(ingested.article.fingerprint, shown);
        review = articleToReview(ingested.article, k);
      }
      if (ids.has(review.id)) review = { ...review, id: `${review.id}-${i}` };
      ids.add(review.id);
      reviews.push(review);
    } catch (e) {
      if (e instanceof InputError) problems.push({ file: e.file, message: e.message });
      else if ((e as NodeJS.ErrnoException).code === 'EACCES') problems.push({ file: shown, message: 'cannot read the file: permission denied' });
      else if ((e as NodeJS.ErrnoException).code || /limit/.test((e as Error).message)) problems.push({ file: shown, message: (e as Error).message });
      else throw e;
    }
  });
  options.onProgress?.(files.length, files.length);
  return { reviews, problems, files: files.length };
}

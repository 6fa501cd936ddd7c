/** One input file to what it gives: a Review, a problem line, or nothing (a non-JSON file under --reviews). */
import type { Knowledge } from '../extract/knowledge/index.js';
import { articleToReview } from '../extract/article-to-review.js';
import { InputError } from '../ingest/errors.js';
import { parseArticle } from '../ingest/parse-article.js';
import type { Review } from '../model/review.js';
import { readLimited } from './files.js';
import path from 'node:path';

/** A file to read: its path, and the name it is shown under in messages. */
export interface InputFile {
  readonly file: string;
  readonly shown: string;
}

/** What one file gives; `fingerprint` is the article's (null for a Review read as JSON), to find duplicates. */
export type FileOutcome =
  | { readonly kind: 'review'; readonly review: Review; readonly fingerprint: string | null }
  | { readonly kind: 'problem'; readonly file: string; readonly message: string }
  | { readonly kind: 'ignored' };

export interface ReadOptions {
  readonly maxBytes: number;
  /** Only Review JSON files (brief build --reviews). */
  readonly reviewsOnly: boolean;
}

/** Reads, ingests and extracts one file. Bad input becomes a problem; anything else thrown is a bug and goes up. */
export function processFile(input: InputFile, options: ReadOptions, k: Knowledge): FileOutcome {
  const { file, shown } = input;
  if (options.reviewsOnly && path.extname(file).toLowerCase() !== '.json') return { kind: 'ignored' };
  try {
    const ingested = parseArticle(readLimited(file, options.maxBytes), shown);
    if (ingested.kind === 'review') return { kind: 'review', review: ingested.review, fingerprint: null };
    return { kind: 'review', review: articleToReview(ingested.article, k), fingerprint: ingested.article.fingerprint };
  } catch (e) {
    if (e instanceof InputError) return { kind: 'problem', file: e.file, message: e.message };
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES') return { kind: 'problem', file: shown, message: 'cannot read the file: permission denied' };
    if (code || /limit/.test((e as Error).message)) return { kind: 'problem', file: shown, message: (e as Error).message };
    throw e;
  }
}

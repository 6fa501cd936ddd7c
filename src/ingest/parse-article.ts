/** parseArticle: one input file's bytes into an Article (or a Review JSON used as is). Pure. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type { Article } from '../model/article.js';
import { REVIEW_SCHEMA_ID, ReviewSchema, type Review } from '../model/review.js';
import type { Warning } from '../model/warning.js';
import { looseFold } from '../text/fold.js';
import { controlRatio, decodeBytes, sniffBinary } from './decode.js';
import { InputError } from './errors.js';
import { removeFurniture, type RawBlock } from './furniture.js';
import { readHtml } from './html-reader.js';
import { FrontMatterError, readMarkdown, readPlainText, splitFrontMatter, type FrontMatter } from './readers.js';
import { issueLine } from '../model/zod-issue.js';

export type Ingested = { kind: 'article'; article: Article } | { kind: 'review'; review: Review };

const FORMATS: Record<string, Article['format'] | 'json'> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.json': 'json',
};

export const UNSUPPORTED = 'unsupported format: save the article as text, Markdown or HTML';

/** Longer than any news article: beyond this the text is cut (with a warning) so time and memory stay bounded. */
export const MAX_ARTICLE_CHARS = 200_000;

/** The paragraphs up to `max` characters in all; the one that crosses the limit is cut at a space. */
function capLength(paragraphs: Article['paragraphs'], max: number): Article['paragraphs'] {
  const out: Article['paragraphs'] = [];
  let total = 0;
  for (const p of paragraphs) {
    if (total + p.text.length <= max) {
      out.push(p);
      total += p.text.length;
      continue;
    }
    const room = max - total;
    const cut = p.text.slice(0, room);
    const at = cut.lastIndexOf(' ');
    if (room > 0) out.push({ ...p, text: at > 0 ? cut.slice(0, at) : cut });
    break;
  }
  return out;
}

/** The input format of a file name, or null when it is not one we read. */
export function formatOf(file: string): Article['format'] | 'json' | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

/** A stable id from the file name: its base name, made safe, with a short hash when anything was changed. */
export function articleId(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const safe = base.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  if (safe === base && safe !== '') return safe;
  const hash = createHash('sha256').update(base).digest('hex').slice(0, 8);
  return `${safe || 'article'}-${hash}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date (yyyy-mm-dd) from a front matter or meta value, or null. */
export function normalizeDate(value: string | Date | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return isValid(value) ? value.toISOString().slice(0, 10) : null;
  const v = value.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(v);
  if (dmy) {
    const [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : null;
  }
  const iso = parseISO(v.slice(0, 10));
  return isValid(iso) ? v.slice(0, 10) : null;
}

function decodeText(bytes: Uint8Array, file: string): string {
  const binary = sniffBinary(bytes);
  if (binary) throw new InputError(file, `${UNSUPPORTED} (this is ${binary})`);
  const { text } = decodeBytes(bytes);
  if (text.includes('\u0000') || controlRatio(text) > 0.05) throw new InputError(file, 'not a text file: it holds binary data');
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

function ingestReview(text: string, file: string): Ingested {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, `invalid JSON: ${(e as Error).message}`);
  }
  const result = ReviewSchema.safeParse(data);
  if (!result.success) {
    throw new InputError(file, `not a valid ${REVIEW_SCHEMA_ID} Review: ${issueLine(result.error)}`);
  }
  return { kind: 'review', review: result.data };
}

/**
 * Parse one input file. Throws InputError (one line for the user) when the file cannot be read
 * as an article: unsupported format, binary, empty, bad front matter, invalid Review JSON.
 */
export function parseArticle(bytes: Uint8Array, file: string): Ingested {
  const format = formatOf(file);
  if (format === null) throw new InputError(file, UNSUPPORTED);
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  const text = decodeText(bytes, file);
  if (text.trim() === '') throw new InputError(file, 'empty file (whitespace only)');
  if (format === 'json') return ingestReview(text, file);

  const warnings: Warning[] = [];
  let frontMatter: FrontMatter = {};
  let blocks: RawBlock[];
  let htmlMeta: { title: string | null; published: string | null; author: string | null; url: string | null; language: string | null } | null = null;
  if (format === 'md') {
    let split;
    try {
      split = splitFrontMatter(text);
    } catch (e) {
      if (e instanceof FrontMatterError) throw new InputError(e.line ? `${file}:${e.line}` : file, e.message);
      throw e;
    }
    frontMatter = split.frontMatter;
    blocks = readMarkdown(split.body);
  } else if (format === 'html') {
    const read = readHtml(text);
    blocks = read.blocks;
    htmlMeta = read;
  } else {
    blocks = readPlainText(text);
  }
  const cleaned = removeFurniture(blocks, { txtTitle: format !== 'html' });
  if (!cleaned.paragraphs.some((p) => p.role === 'body')) throw new InputError(file, 'no article text found');

  const paragraphs = capLength(cleaned.paragraphs, MAX_ARTICLE_CHARS);
  if (paragraphs.length < cleaned.paragraphs.length || paragraphs.at(-1)?.text !== cleaned.paragraphs[paragraphs.length - 1]?.text) {
    warnings.push({ file, place: null, ruleId: 'ingest/truncated', severity: 'warning', message: `article text cut at ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters: no news article is that long` });
  }
  const published = normalizeDate(frontMatter.published ?? htmlMeta?.published ?? null) ?? cleaned.published;
  const article: Article = {
    id: articleId(file),
    file,
    format,
    url: frontMatter.url ?? htmlMeta?.url ?? null,
    title: frontMatter.title ?? htmlMeta?.title ?? cleaned.title,
    author: frontMatter.author ?? cleaned.author ?? htmlMeta?.author ?? null,
    published,
    language: (frontMatter.language ?? frontMatter.lang)?.slice(0, 2).toLowerCase() ?? null,
    paragraphs,
    overrides: {
      ...(frontMatter.province ? { province: frontMatter.province } : {}),
      ...(normalizeDate(frontMatter.date) ? { date: normalizeDate(frontMatter.date) as string } : {}),
      ...(frontMatter.chair ? { chair: frontMatter.chair } : {}),
      ...(frontMatter.kind ? { kind: frontMatter.kind } : {}),
    },
    fingerprint: createHash('sha256').update(looseFold(cleaned.paragraphs.map((p) => p.text).join('\n'))).digest('hex').slice(0, 16),
    warnings,
  };
  return { kind: 'article', article };
}

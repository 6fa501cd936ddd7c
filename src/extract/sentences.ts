/** Sentences: split each paragraph with Intl.Segmenter, guarded by the lexicon's abbreviations; offsets kept. */
import { mapPacked } from '../text/packed.js';
import type { ArticleParagraph } from '../model/article.js';
import { isCloser, isParagraphSeparator, isSentenceTerminal, isSpace } from '../text/char-classes.js';
import { fold } from '../text/fold.js';

/** One sentence with its place in the cleaned text. */
export interface Sentence {
  paragraph: number;
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
  text: string;
  /** Same length as `text`: lower case, no diacritics (offsets line up). */
  folded: string;
  role: ArticleParagraph['role'];
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/**
 * True when the piece ends with an abbreviation ("No.", "Mr.") or a lone initial, so the sentence
 * goes on: the last word before a final period (and trailing white space), as /(\S+)\.\s*$/ finds it.
 */
function endsWithAbbreviation(piece: string, abbreviations: Set<string>): boolean {
  let end = piece.length;
  while (end > 0 && isSpace(piece.charCodeAt(end - 1))) end--;
  const dot = end - 1;
  if (dot < 1 || piece[dot] !== '.') return false;
  let start = dot;
  while (start > 0 && !isSpace(piece.charCodeAt(start - 1))) start--;
  if (start === dot) return false;
  const token = piece.slice(start, dot).replace(/^[("“'‘]+/, '');
  return abbreviations.has(token) || /^\p{Lu}$/u.test(token);
}

/**
 * Paragraphs are segmented a few at a time, joined by newlines: a sentence always ends at a
 * newline (a paragraph separator to the segmenter) and none of the segmenter's rules looks past
 * one, so the breaks are those of each paragraph segmented alone, at a fraction of the cost of a
 * segmenter call per paragraph. Each step of the segmenter costs time in proportion to the whole
 * string, hence chunks of about this many characters rather than the whole article at once.
 */
const CHUNK_CHARS = 2000;

/**
 * Each paragraph's text folded (see `fold`), or null where folding changed its length (so its
 * offsets would not line up): a sentence's folded text is then a slice of its paragraph's,
 * folded once per article rather than once per use.
 */
export function foldParagraphs(paragraphs: readonly ArticleParagraph[]): Array<string | null> {
  return mapPacked(paragraphs, (p) => {
    const folded = fold(p.text);
    return folded.length === p.text.length ? folded : null;
  });
}

/**
 * The folded text of `start`..`end` in paragraph `paragraph`, whose text is `text`: a slice of
 * its fold from foldParagraphs, or that span folded anew where the paragraph's fold is null.
 */
export function foldedSpan(folded: ReadonlyArray<string | null>, paragraph: number, text: string, start: number, end: number): string {
  const whole = folded[paragraph];
  return whole == null ? fold(text.slice(start, end)) : whole.slice(start, end);
}

/**
 * True when the segmenter cannot break `text` before its end: a sentence break (UAX #29) follows
 * only a sentence terminal or a paragraph separator, and here every such character stands in the
 * closing run of terminals, closing marks and spaces. Most paragraphs (headings, captions, list
 * items, one-sentence paragraphs) are one sentence, and this spares them the segmenter.
 */
export function isOneSentence(text: string): boolean {
  const n = text.length;
  let i = 0;
  let c = 0;
  // Text without terminals or separators (surrogates, rare, are left to the segmenter).
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || isSentenceTerminal(c) || isParagraphSeparator(c)) break;
  }
  if (i === n) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  // Then terminals after a word, closing marks and spaces, in that order (UAX #29 rules 9 to 11)...
  if (isSentenceTerminal(c)) {
    if (i === 0 || isSpace(text.charCodeAt(i - 1))) return false;
    while (i < n && isSentenceTerminal(text.charCodeAt(i))) i++;
    while (i < n && isCloser(text.charCodeAt(i))) i++;
    while (i < n && isSpace(text.charCodeAt(i)) && !isParagraphSeparator(text.charCodeAt(i))) i++;
  }
  // ...and one separator at most.
  if (i < n && isParagraphSeparator(text.charCodeAt(i))) i++;
  return i === n;
}

/** Split paragraphs into sentences; `folded` is foldParagraphs of the same paragraphs, when already made. */
export function splitSentences(
  paragraphs: ArticleParagraph[],
  language: string,
  abbreviations: Set<string>,
  folded: ReadonlyArray<string | null> = foldParagraphs(paragraphs),
): Sentence[] {
  const out: Sentence[] = [];
  for (let first = 0; first < paragraphs.length; ) {
    const p = paragraphs[first] as ArticleParagraph;
    if (isOneSentence(p.text)) {
      pushSentence(out, p, folded, first, 0, p.text.length);
      first++;
      continue;
    }
    let last = first;
    let length = p.text.length;
    while (last + 1 < paragraphs.length && length + 1 + (paragraphs[last + 1] as ArticleParagraph).text.length <= CHUNK_CHARS && !isOneSentence((paragraphs[last + 1] as ArticleParagraph).text)) {
      last++;
      length += 1 + (paragraphs[last] as ArticleParagraph).text.length;
    }
    splitChunk(paragraphs, folded, first, last, language, abbreviations, out);
    first = last + 1;
  }
  return out;
}

/** Append the sentence start..end of paragraph `index` (`p`), white space trimmed, unless nothing is left. */
function pushSentence(out: Sentence[], p: ArticleParagraph, folded: ReadonlyArray<string | null>, index: number, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(p.text.charCodeAt(s))) s++;
  while (e > s && isSpace(p.text.charCodeAt(e - 1))) e--;
  if (e > s) {
    // A sentence never starts with U+FEFF (white space, trimmed), the one unit fold may drop at a start.
    out.push({ paragraph: index, start: s, end: e, text: p.text.slice(s, e), folded: foldedSpan(folded, index, p.text, s, e), role: p.role });
  }
}

/** The sentences of paragraphs first..last (segmented together), appended to `out`. */
function splitChunk(
  paragraphs: ArticleParagraph[],
  folded: ReadonlyArray<string | null>,
  first: number,
  last: number,
  language: string,
  abbreviations: Set<string>,
  out: Sentence[],
): void {
  const starts: number[] = [];
  let joined = '';
  for (let i = first; i <= last; i++) {
    if (i > first) joined += '\n';
    starts.push(joined.length);
    joined += (paragraphs[i] as ArticleParagraph).text;
  }
  let at = -1;
  let p = paragraphs[first] as ArticleParagraph;
  let pending: { start: number; end: number } | null = null;
  const push = (start: number, end: number) => pushSentence(out, p, folded, first + at, start, end);
  for (const seg of segmenter(language).segment(joined)) {
    if (at < 0 || (at + 1 < starts.length && seg.index >= (starts[at + 1] as number))) {
      if (pending) push(pending.start, pending.end);
      pending = null;
      while (at + 1 < starts.length && seg.index >= (starts[at + 1] as number)) at++;
      p = paragraphs[first + at] as ArticleParagraph;
    }
    const offset = starts[at] as number;
    // The segment that ends a paragraph also holds the newline after it.
    const end = Math.min(seg.index + seg.segment.length - offset, p.text.length);
    const start: number = pending ? pending.start : seg.index - offset;
    if (endsWithAbbreviation(p.text.slice(seg.index - offset, end), abbreviations) && end < p.text.length) {
      pending = { start, end };
      continue;
    }
    pending = null;
    push(start, end);
  }
  if (pending) push(pending.start, pending.end);
}

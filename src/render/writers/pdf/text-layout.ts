/** Our own line breaker: styled text pieces in, measured lines of positioned fragments out (breaks at spaces, never hyphenates). */
import { cleanText } from './coverage.js';
import { FONT_ASCENT, FONT_DESCENT, type FontKey } from './fonts.js';

/** How one run of text is drawn. */
export interface RunStyle {
  readonly font: FontKey;
  readonly size: number;
  readonly color: string;
  /** External link target, or null. */
  readonly href: string | null;
  /** Named destination the run links to, or null. */
  readonly goTo: string | null;
  /** Upward shift of the baseline (superscripts). */
  readonly rise: number;
}

/** A run of text in one style, before line breaking. */
export interface Piece {
  readonly text: string;
  readonly style: RunStyle;
}

/** A run of text placed on a line; `x` is relative to the line's start. */
export interface Fragment {
  readonly text: string;
  readonly style: RunStyle;
  readonly x: number;
  readonly width: number;
}

/** One laid-out line. */
export interface Line {
  readonly fragments: Fragment[];
  readonly width: number;
  readonly height: number;
  /** Distance from the top of the line box to the baseline. */
  readonly baseline: number;
}

/** Width in points of `text` set in `font` at `size`. */
export type Measure = (text: string, font: FontKey, size: number) => number;

/** Height and baseline of the lines of a block whose text is `size` points with `leading` line spacing. */
export interface LineMetrics {
  readonly height: number;
  readonly baseline: number;
}

/** Collapsible white space; no-break and other Unicode spaces stay part of their word. */
const COLLAPSIBLE = /[ \t\n\r\f\v]+/g;
const EPSILON = 0.01;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A word (possibly in several styles) and the space that follows it, if any. */
interface Atom {
  readonly parts: Piece[];
  space: Piece | null;
}

/** An atom with its parts' widths, measured once. */
interface MeasuredAtom extends Atom {
  readonly partWidths: readonly number[];
  readonly width: number;
  readonly spaceWidth: number;
}

/** Line box of text of `size` points set with `leading`: the half-leading goes above and below the glyphs. */
export function lineMetrics(size: number, leading: number): LineMetrics {
  const height = size * leading;
  return { height, baseline: (height - size * (FONT_ASCENT + FONT_DESCENT)) / 2 + size * FONT_ASCENT };
}

/** Same drawing style (so adjacent fragments can be drawn by one text call). */
export function sameStyle(a: RunStyle, b: RunStyle): boolean {
  return a.font === b.font && a.size === b.size && a.color === b.color && a.href === b.href && a.goTo === b.goTo && a.rise === b.rise;
}

/** Breaks `pieces` into lines at most `maxWidth` wide; a word wider than a line is split between grapheme clusters. */
export function breakLines(pieces: readonly Piece[], maxWidth: number, measure: Measure, metrics: LineMetrics): Line[] {
  const lines: Line[] = [];
  let row: MeasuredAtom[] = [];
  let rowWidth = 0;
  const flush = () => {
    if (row.length > 0) lines.push(makeLine(row, metrics));
    row = [];
    rowWidth = 0;
  };
  /** Cuts a word wider than a line: full chunks become lines, the last one starts the next line. */
  const cut = (atom: Atom) => {
    flush();
    const chunks = splitAtom(atom, maxWidth, measure).map((chunk) => measured(chunk, measure));
    const tail = chunks.pop();
    for (const chunk of chunks) lines.push(makeLine([chunk], metrics));
    if (tail !== undefined) {
      row = [tail];
      rowWidth = tail.width;
    }
  };
  for (const plain of atomsOf(pieces)) {
    if (surelyTooWide(plain, maxWidth, measure)) {
      cut(plain);
      continue;
    }
    const atom = measured(plain, measure);
    const w = atom.width;
    const last = row[row.length - 1];
    const extended = last === undefined ? w : rowWidth + last.spaceWidth + w;
    if (extended <= maxWidth + EPSILON) {
      row.push(atom);
      rowWidth = extended;
    } else if (w <= maxWidth + EPSILON) {
      flush();
      row = [atom];
      rowWidth = w;
    } else {
      cut(atom);
    }
  }
  flush();
  return lines;
}

function measured(atom: Atom, measure: Measure): MeasuredAtom {
  const partWidths = atom.parts.map((p) => measure(p.text, p.style.font, p.style.size));
  const space = atom.space;
  return {
    parts: atom.parts,
    space,
    partWidths,
    width: partWidths.reduce((sum, w) => sum + w, 0),
    spaceWidth: space === null ? 0 : measure(' ', space.style.font, space.style.size),
  };
}

/**
 * Whether a word is far wider than the line, judged from its characters' widths alone: shaping a whole word is
 * the slow part of measuring, and in narrow table columns most words are cut up anyway.
 */
function surelyTooWide(atom: Atom, maxWidth: number, measure: Measure): boolean {
  const length = atom.parts.reduce((n, p) => n + p.text.length, 0);
  const size = atom.parts[0]?.style.size ?? 0;
  if (length < 2 || length * size * 0.6 <= maxWidth) return false;
  let sum = 0;
  for (const part of atom.parts) for (const g of clusters(part.text)) sum += measure(g, part.style.font, part.style.size);
  return sum > maxWidth * 1.3;
}

/** Splits pieces into words: white space collapses to single spaces, leading space is dropped. */
function atomsOf(pieces: readonly Piece[]): Atom[] {
  const atoms: Atom[] = [];
  let current: Piece[] = [];
  const finish = (space: Piece | null) => {
    const previous = atoms[atoms.length - 1];
    if (current.length > 0) atoms.push({ parts: current, space });
    else if (space !== null && previous !== undefined && previous.space === null) previous.space = space;
    current = [];
  };
  for (const piece of pieces) {
    const segments = cleanText(piece.text.normalize('NFC').replace(COLLAPSIBLE, ' '), piece.style.font).split(' ');
    segments.forEach((segment, i) => {
      if (i > 0) finish({ text: ' ', style: piece.style });
      if (segment !== '') current.push({ text: segment, style: piece.style });
    });
  }
  finish(null);
  return atoms;
}

/** Cuts an over-long word into chunks that each fit `maxWidth` (a single grapheme wider than that gets a chunk of its own). */
function splitAtom(atom: Atom, maxWidth: number, measure: Measure): Atom[] {
  const chunks: Atom[] = [];
  let parts: Piece[] = [];
  let used = 0;
  for (const part of atom.parts) {
    for (const segment of clusters(part.text)) {
      const w = measure(segment, part.style.font, part.style.size);
      if (parts.length > 0 && used + w > maxWidth + EPSILON) {
        chunks.push({ parts, space: null });
        parts = [];
        used = 0;
      }
      appendText(parts, segment, part.style);
      used += w;
    }
  }
  chunks.push({ parts, space: atom.space });
  return chunks;
}

/** The grapheme clusters of `text` (plain ASCII needs no segmenter). */
function clusters(text: string): Iterable<string> {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** Appends `text` to the last piece when it has the same style, else as a new piece. */
function appendText(parts: Piece[], text: string, style: RunStyle): void {
  const last = parts[parts.length - 1];
  if (last !== undefined && sameStyle(last.style, style)) parts[parts.length - 1] = { text: last.text + text, style };
  else parts.push({ text, style });
}

/** Positions the words of one line; same-style neighbours merge into one fragment. */
function makeLine(atoms: readonly MeasuredAtom[], metrics: LineMetrics): Line {
  const fragments: Fragment[] = [];
  let text = '';
  let style: RunStyle | null = null;
  let start = 0;
  let x = 0;
  const close = () => {
    if (style !== null) fragments.push({ text, style, x: start, width: x - start });
  };
  const push = (piece: Piece, width: number) => {
    if (style === null || !sameStyle(style, piece.style)) {
      close();
      text = '';
      style = piece.style;
      start = x;
    }
    text += piece.text;
    x += width;
  };
  atoms.forEach((atom, i) => {
    atom.parts.forEach((part, k) => push(part, atom.partWidths[k] ?? 0));
    if (i < atoms.length - 1 && atom.space !== null) push(atom.space, atom.spaceWidth);
  });
  close();
  return { fragments, width: x, height: metrics.height, baseline: metrics.baseline };
}

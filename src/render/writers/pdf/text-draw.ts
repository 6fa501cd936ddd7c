/**
 * Draws one line fragment of text with the current font, size and fill colour, writing the operators PDFKit's
 * `text(…, { lineBreak: false })` writes, at a fraction of the cost. The one difference: PDFKit shapes each word
 * together with the space after it; here words and spaces are shaped apart, as the line breaker measures them.
 *
 * PDFKit shapes and encodes a string on every call and writes each operator as a buffer of its own; a long brief
 * draws hundreds of thousands of fragments from a vocabulary of a few thousand words. Here each word is encoded once
 * per document and a fragment's operators go out as one string. Shaping itself (fontkit's layout) is shared by every
 * document of the process through {@link selectFace}.
 */
import type { FontKey } from './fonts.js';

/** The glyph placement PDFKit's embedded fonts give per glyph, in thousandths of the font size. */
interface GlyphPosition {
  readonly xAdvance: number;
  readonly yAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  readonly advanceWidth: number;
}

/** The parts of PDFKit's EmbeddedFont this module relies on (not in PDFKit's published types). */
interface EmbeddedFont {
  readonly id: string;
  readonly ascender: number;
  layoutCache?: Record<string, unknown>;
  encode(text: string): [string[], GlyphPosition[]];
  ref(): unknown;
}

/** The parts of a PDFKit document this module relies on. */
interface DocumentInternals {
  readonly _font: EmbeddedFont;
  readonly _fontSize: number;
  readonly page: { readonly height: number; readonly fonts: Record<string, unknown> };
  addContent(data: string): unknown;
}

/** A word, or a space, encoded for one document's font subset. */
interface EncodedWord {
  readonly hex: readonly string[];
  readonly positions: readonly GlyphPosition[];
  /** The glyphs as TJ runs, or null when a glyph has a mark offset (the slow path then places each glyph). */
  readonly segments: readonly Segment[] | null;
}

/** Glyphs drawn as one hex string, then the kerning adjustment after its last glyph (null: none, the run goes on). */
interface Segment {
  readonly hex: string;
  readonly adjust: string | null;
}

/** Shaped runs per face, shared by every document of the process (shaping depends only on the face and the text). */
const sharedShaping = new Map<FontKey, Record<string, unknown>>();
/** Encoded words per document font (glyph ids are the document's own subset ids). */
const encodedWords = new WeakMap<EmbeddedFont, Map<string, EncodedWord>>();

/**
 * Selects `face` on `pdf` (as `pdf.font(face)`) with its shaping cache shared process-wide. Faces are opened lazily,
 * in order of first use, as PDFKit would open them, so font resource names don't depend on this cache.
 */
export function selectFace(pdf: PDFKit.PDFDocument, face: FontKey): PDFKit.PDFDocument {
  const font = internals(pdf.font(face))._font;
  let cache = sharedShaping.get(face);
  if (cache === undefined) sharedShaping.set(face, (cache = Object.create(null) as Record<string, unknown>));
  if (font.layoutCache !== cache) font.layoutCache = cache;
  return pdf;
}

/**
 * Draws `text` with its top-left corner at (x, top) in the document's current font and size, in `color` (`#rrggbb`).
 * The text object is the one `pdf.text(text, x, top, { lineBreak: false })` would write for a single word; the colour
 * is set inside the drawing's own graphics state, so nothing after it depends on it.
 */
export function drawText(pdf: PDFKit.PDFDocument, text: string, x: number, top: number, color: string): void {
  const doc = internals(pdf);
  const line = text.replace(/\n/g, '');
  if (line.length === 0) return;
  const font = doc._font;
  const size = doc._fontSize;
  const pageHeight = doc.page.height;
  const y = pageHeight - top - (font.ascender / 1000) * size;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  // Between its own q and Q, so PDFKit's record of the graphics state (its CTM stack) needs no update.
  const out: string[] = ['q', fillOperator(color), `1 0 0 -1 0 ${num(pageHeight)} cm`, 'BT', `1 0 0 1 ${num(x)} ${num(y)} Tm`, `/${font.id} ${num(size)} Tf`];
  writeGlyphs(out, wordsOf(font, line), x, y, size / 1000);
  out.push('ET', 'Q');
  doc.addContent(out.join('\n'));
}

/**
 * The TJ operators for the words' glyphs: runs of glyphs split where a kerning adjustment falls. A word with a mark
 * offset (rare: most marks come precomposed after NFC) sends the whole fragment through the glyph-by-glyph path.
 */
function writeGlyphs(out: string[], words: readonly EncodedWord[], x0: number, y: number, scale: number): void {
  if (words.some((w) => w.segments === null)) {
    writeGlyphsWithOffsets(out, words, x0, y, scale);
    return;
  }
  const commands: string[] = [];
  let pending = '';
  for (const word of words) {
    for (const segment of word.segments!) {
      pending += segment.hex;
      if (segment.adjust !== null) {
        commands.push(`<${pending}> ${segment.adjust}`);
        pending = '';
      }
    }
  }
  // The run left open ends in a glyph with no adjustment, which PDFKit still writes (as 0).
  if (pending !== '') commands.push(`<${pending}> 0`);
  if (commands.length > 0) out.push(`[${commands.join(' ')}] TJ`);
}

/** Glyph-by-glyph TJ writing, repositioning the text matrix around each glyph with an offset, as PDFKit does. */
function writeGlyphsWithOffsets(out: string[], words: readonly EncodedWord[], x0: number, y: number, scale: number): void {
  const commands: string[] = [];
  let hex = '';
  let x = x0;
  let hadOffset = false;
  const flush = () => {
    if (commands.length > 0) out.push(`[${commands.join(' ')}] TJ`);
    commands.length = 0;
  };
  const endRun = (pos: GlyphPosition) => {
    if (hex !== '') commands.push(`<${hex}> ${num(-(pos.xAdvance - pos.advanceWidth))}`);
    hex = '';
  };
  let previous: GlyphPosition | null = null;
  for (const word of words) {
    for (let i = 0; i < word.positions.length; i += 1) {
      const pos = word.positions[i]!;
      if (pos.xOffset || pos.yOffset) {
        if (previous !== null) endRun(previous);
        flush();
        out.push(`1 0 0 1 ${num(x + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
        hex = word.hex[i]!;
        endRun(pos);
        flush();
        hadOffset = true;
      } else {
        if (hadOffset) {
          out.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
          hadOffset = false;
        }
        hex += word.hex[i]!;
        if (pos.xAdvance - pos.advanceWidth !== 0) endRun(pos);
      }
      previous = pos;
      x += pos.xAdvance * scale;
    }
  }
  if (previous !== null) endRun(previous);
  flush();
}

/** A word's glyphs cut after each glyph that carries a kerning adjustment; null when a glyph has a mark offset. */
function segmentsOf(hex: readonly string[], positions: readonly GlyphPosition[]): Segment[] | null {
  const segments: Segment[] = [];
  let run = '';
  for (let i = 0; i < positions.length; i += 1) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) return null;
    run += hex[i]!;
    const adjust = pos.xAdvance - pos.advanceWidth;
    if (adjust !== 0) {
      segments.push({ hex: run, adjust: String(num(-adjust)) });
      run = '';
    }
  }
  if (run !== '') segments.push({ hex: run, adjust: null });
  return segments;
}

/**
 * `text` cut into words and single spaces or tabs, each encoded once per document font. Words are shaped on their own,
 * as the line breaker measures them, so a line is drawn exactly as wide as it was measured.
 */
function wordsOf(font: EmbeddedFont, text: string): EncodedWord[] {
  let cache = encodedWords.get(font);
  if (cache === undefined) encodedWords.set(font, (cache = new Map()));
  const words: EncodedWord[] = [];
  const add = (piece: string) => {
    let word = cache.get(piece);
    if (word === undefined) {
      const [hex, positions] = font.encode(piece);
      word = { hex, positions, segments: segmentsOf(hex, positions) };
      cache.set(piece, word);
    }
    words.push(word);
  };
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (start < i) add(text.slice(start, i));
      add(text[i]!);
      start = i + 1;
    }
  }
  if (start < text.length) add(text.slice(start));
  return words;
}

const fillOperators = new Map<string, string>();

/** The `rg` operator for a `#rrggbb` colour (components rounded to 4 decimals, finer than 8-bit steps). */
function fillOperator(color: string): string {
  let operator = fillOperators.get(color);
  if (operator === undefined) {
    const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
    if (match === null) throw new Error(`not a #rrggbb colour: ${color}`);
    const [r, g, b] = match.slice(1).map((hex) => Math.round((parseInt(hex, 16) / 255) * 1e4) / 1e4);
    operator = `${r} ${g} ${b} rg`;
    fillOperators.set(color, operator);
  }
  return operator;
}

/** A number as PDFKit writes it: rounded to six decimals. */
function num(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function internals(pdf: PDFKit.PDFDocument): DocumentInternals {
  return pdf as unknown as DocumentInternals;
}

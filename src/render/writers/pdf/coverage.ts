/** Which characters the embedded faces can draw (from their cmap tables), and text cleaned to those characters. */
import { memoizedTest } from '../../../text/char-classes.js';
import { fontBuffers, type FontKey } from './fonts.js';

/** Sorted, non-overlapping [first, last] code point ranges that map to a real glyph. */
type Ranges = readonly (readonly [number, number])[];

const REPLACEMENT = '\ufffd';
/** Invisible characters: dropped rather than replaced when the font lacks them. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{M}]$/u;

/** Per face, whether it has a glyph for a code point (from its cmap, remembered per BMP code point). */
const coverageTests = new Map<FontKey, (codePoint: number) => boolean>();

/** Whether `font` has a glyph for code point `cp`. */
export function covers(font: FontKey, cp: number): boolean {
  let test = coverageTests.get(font);
  if (test === undefined) {
    const ranges = readCoverage(fontBuffers()[font]);
    coverageTests.set(font, (test = memoizedTest((codePoint) => inRanges(ranges, codePoint))));
  }
  return test(cp);
}

function inRanges(ranges: Ranges, cp: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last] = ranges[mid] ?? [0, -1];
    if (cp < first) high = mid - 1;
    else if (cp > last) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * `text` with every character `font` can't draw replaced by U+FFFD (invisible ones dropped). PDFKit writes the
 * .notdef glyph's width unscaled, so a missing glyph would be drawn wider than measured and push text out of its box.
 */
export function cleanText(text: string, font: FontKey): string {
  if (coversAll(text, font)) return text;
  let out = '';
  for (const ch of text) {
    if (covers(font, ch.codePointAt(0) ?? 0)) out += ch;
    else if (!INVISIBLE.test(ch)) out += REPLACEMENT;
  }
  return out;
}

function coversAll(text: string, font: FontKey): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i += 1;
    if (!covers(font, cp)) return false;
  }
  return true;
}

/** Code point ranges of a TrueType font's Unicode cmap (format 12 preferred, format 4 otherwise). */
function readCoverage(font: Buffer): Ranges {
  const cmap = tableOffset(font, 'cmap');
  if (cmap === null) return [];
  const count = font.readUInt16BE(cmap + 2);
  let format4: number | null = null;
  for (let i = 0; i < count; i += 1) {
    const record = cmap + 4 + 8 * i;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const subtable = cmap + font.readUInt32BE(record + 4);
    const format = font.readUInt16BE(subtable);
    if (format === 12 && (platform === 3 || platform === 0)) return format12Ranges(font, subtable);
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 = subtable;
  }
  return format4 === null ? [] : format4Ranges(font, format4);
}

function tableOffset(font: Buffer, tag: string): number | null {
  const tables = font.readUInt16BE(4);
  for (let i = 0; i < tables; i += 1) {
    const entry = 12 + 16 * i;
    if (font.toString('latin1', entry, entry + 4) === tag) return font.readUInt32BE(entry + 8);
  }
  return null;
}

function format12Ranges(font: Buffer, subtable: number): Ranges {
  const groups = font.readUInt32BE(subtable + 12);
  const ranges: [number, number][] = [];
  for (let i = 0; i < groups; i += 1) {
    const group = subtable + 16 + 12 * i;
    const first = font.readUInt32BE(group);
    const last = font.readUInt32BE(group + 4);
    const glyph = font.readUInt32BE(group + 8);
    addRange(ranges, glyph === 0 ? first + 1 : first, last);
  }
  return ranges;
}

function format4Ranges(font: Buffer, subtable: number): Ranges {
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const ranges: [number, number][] = [];
  for (let s = 0; s < segments; s += 1) {
    const start = font.readUInt16BE(starts + 2 * s);
    const end = font.readUInt16BE(ends + 2 * s);
    const delta = font.readInt16BE(deltas + 2 * s);
    const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
    for (let cp = start; cp <= end && cp !== 0xffff; cp += 1) {
      const at = rangeOffsets + 2 * s + rangeOffset + 2 * (cp - start);
      const glyph = rangeOffset === 0 ? (cp + delta) & 0xffff : font.readUInt16BE(at);
      if (glyph !== 0) addRange(ranges, cp, cp);
    }
  }
  return ranges;
}

/** Appends [first, last], merging it with the previous range when adjacent (input comes sorted). */
function addRange(ranges: [number, number][], first: number, last: number): void {
  if (last < first) return;
  const previous = ranges[ranges.length - 1];
  if (previous !== undefined && previous[1] + 1 >= first) previous[1] = Math.max(previous[1], last);
  else ranges.push([first, last]);
}

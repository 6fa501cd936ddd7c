/** Folding for matching: one folded character per input code unit, so offsets map back exactly. */

/** The decimal digits fold makes ASCII, by script. */
export const DIGIT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xff10, 0xff19], // full-width
  [0x0660, 0x0669], // Arabic-Indic
  [0x06f0, 0x06f9], // Extended Arabic-Indic
  [0x09e6, 0x09ef], // Bengali
  [0x0966, 0x096f], // Devanagari
  [0x0e50, 0x0e59], // Thai
];

/** ASCII digit for any decimal digit we know, or null. */
function asciiDigit(code: number): string | null {
  for (const [lo, hi] of DIGIT_RANGES) if (code >= lo && code <= hi) return String(code - lo);
  return null;
}

/** Folded code unit per input code unit, filled on first use (0 = not yet computed). */
const foldTable = new Uint16Array(0x10000);

/** Fold one UTF-16 code unit: lower case, no diacritics, đ→d, any digit → ASCII digit. */
function foldCode(code: number): number {
  const cached = foldTable[code] as number;
  if (cached !== 0) return cached;
  const out = computeFold(String.fromCharCode(code)).charCodeAt(0);
  foldTable[code] = out;
  return out;
}

function computeFold(ch: string): string {
  const code = ch.charCodeAt(0);
  let out: string;
  const digit = asciiDigit(code);
  if (digit !== null) out = digit;
  else if (ch === 'đ' || ch === 'Đ') out = 'd';
  else if (code === 0x00a0 || code === 0x202f || code === 0x2009) out = ' ';
  else if (ch === '’' || ch === 'ʼ' || ch === '‘') out = "'";
  else if (ch === '–' || ch === '—') out = '-';
  else if (code === 0xff05) out = '%';
  // Full-width ASCII forms (what NFKC does, one unit for one): "８．６％" reads as "8.6%".
  else if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0).toLowerCase();
  else if (code === 0x3000) out = ' ';
  // Hangul syllables decompose into jamo under NFD; keep them whole so words stay apart.
  else if (code >= 0xac00 && code <= 0xd7a3) out = ch;
  else {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    out = base.length === 1 ? base : base.length === 0 ? ch : (base[0] ?? ch);
  }
  return out;
}

/** Folded code units of the text being folded (reused: folding is frequent), and the same memory as bytes. */
let units = new Uint16Array(4096);
let unitBytes = Buffer.from(units.buffer);
/** Latin-1 bytes of a fold whose every unit is below 256. */
let narrow = Buffer.alloc(4096);

/**
 * Fold text for matching. The result has the same length as the input, so an offset found in the
 * folded text is the same offset in the original, with two exceptions kept from the UTF-16
 * decoder fold was first written with, so that results do not change: a leading U+FEFF is
 * dropped, and an unpaired surrogate becomes U+FFFD.
 */
export function fold(text: string): string {
  if (units.length < text.length) {
    units = new Uint16Array(text.length * 2);
    unitBytes = Buffer.from(units.buffer);
    narrow = Buffer.alloc(text.length * 2);
  }
  // Most paragraphs fold to Latin-1 alone: their units go straight into `narrow`, and only a text
  // with a wider unit moves to `units` (from the first such unit on).
  let n = 0;
  let i = 0;
  for (; i < text.length; i++) {
    let folded = foldTable[text.charCodeAt(i)] as number;
    if (folded === 0) folded = foldCode(text.charCodeAt(i));
    if (folded >= 0x100) break;
    narrow[n++] = folded;
  }
  if (i === text.length) return narrow.toString('latin1', 0, n);
  for (let j = 0; j < n; j++) units[j] = narrow[j] as number;
  for (; i < text.length; i++) {
    let folded = foldTable[text.charCodeAt(i)] as number;
    if (folded === 0) folded = foldCode(text.charCodeAt(i));
    if (folded >= 0xd800 && folded <= 0xdfff) {
      const next = i + 1 < text.length ? foldCode(text.charCodeAt(i + 1)) : 0;
      if (folded <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        units[n++] = folded;
        units[n++] = next;
        i++;
        continue;
      }
      folded = 0xfffd;
    }
    if (i === 0 && folded === 0xfeff) continue;
    units[n++] = folded;
  }
  return unitBytes.toString('utf16le', 0, n * 2);
}

/** Fold a phrase from a lexicon, collapsing spaces (the phrase is matched, not mapped back). */
export function foldPhrase(phrase: string): string {
  return fold(phrase.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/** The scorer's fold: accents dropped, lower case, runs outside [a-z0-9%/.,] made one space. */
export function looseFold(text: string): string {
  // A single space is already what a run becomes: only longer runs and other characters are replaced.
  return fold(text.normalize('NFC')).replace(/[^a-z0-9%/.,]{2,}|[^a-z0-9%/., ]/g, ' ').trim();
}

/** True for letters of scripts written with spaces between words (so word boundaries apply). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[\p{L}\p{N}]/u.test(ch) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch);
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compact stand-ins for the Unicode classes \p{L} and \p{N} in the extractor's regexes.
 *
 * V8 builds a Unicode property class from scratch every time it compiles a regex that holds one,
 * and compiles each regex twice (to bytecode, then to machine code once it runs often). With a
 * word-boundary class in every lexicon regex, that was a fifth of the extractor's CPU in a cold
 * run. The same classes limited to the scripts the extractor reads are some sixty ranges and
 * compile about ten times faster. Within those scripts they hold exactly what \p{L} and \p{N}
 * hold (they are read from the running engine's Unicode data); letters of other scripts (Arabic,
 * Thai, characters beyond the Basic Multilingual Plane) are not word characters in them.
 */

import { DIGIT_RANGES } from './fold.js';

/** The Unicode blocks of the scripts the lexicons are written in, and the digits that fold knows. */
const SCRIPT_BLOCKS: ReadonlyArray<readonly [number, number]> = (
  [
    [0x0000, 0x052f], // Latin, Latin-1, Latin Extended-A/B, IPA, Greek, Cyrillic
    ...DIGIT_RANGES.filter(([lo]) => lo < 0xff00), // Arabic-Indic, Bengali, Devanagari, Thai (full-width forms follow)
    [0x1100, 0x11ff], // Hangul Jamo
    [0x1e00, 0x1fff], // Latin Extended Additional (Vietnamese), Greek Extended
    [0x3040, 0x30ff], // Hiragana, Katakana
    [0x3130, 0x318f], // Hangul Compatibility Jamo
    [0x3400, 0x4dbf], // CJK Extension A
    [0x4e00, 0x9fff], // CJK Unified Ideographs
    [0xac00, 0xd7af], // Hangul Syllables
    [0xf900, 0xfaff], // CJK Compatibility Ideographs
    [0xff00, 0xffef], // Half-width and full-width forms
  ] as Array<readonly [number, number]>
).sort((a, b) => a[0] - b[0]);

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** Every character of the script blocks, block by block (built once, by the first class). */
let blockTexts: string[] | null = null;

function scriptBlockTexts(): string[] {
  blockTexts ??= SCRIPT_BLOCKS.map(([lo, hi]) => {
    const units = new Uint16Array(hi - lo + 1);
    for (let i = 0; i < units.length; i++) units[i] = lo + i;
    return Buffer.from(units.buffer).toString('utf16le');
  });
  return blockTexts;
}

/** The ranges of a one-character /u class within the script blocks, as a class body ("a-z\u00e0"). */
function classBody(characterClass: string): string {
  const ranges: Array<[number, number]> = [];
  const runs = new RegExp(`${characterClass}+`, 'gu');
  scriptBlockTexts().forEach((text, b) => {
    const lo = (SCRIPT_BLOCKS[b] as readonly [number, number])[0];
    for (let run = runs.exec(text); run; run = runs.exec(text)) {
      const start = lo + run.index;
      const end = start + run[0].length - 1;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === start - 1) last[1] = end;
      else ranges.push([start, end]);
    }
  });
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
}

/** A class body computed on first use. */
function memo(compute: () => string): () => string {
  let value: string | null = null;
  return () => (value ??= compute());
}

/** The body of a class of letters (\p{L} within the script blocks), for use inside brackets. */
export const letters = memo(() => classBody('\\p{L}'));
/** The body of a class of numbers (\p{N} within the script blocks). */
export const numbers = memo(() => classBody('\\p{N}'));
/** The body of a class of letters and numbers. */
export const wordChars = memo(() => classBody('[\\p{L}\\p{N}]'));

const STAND_INS: Record<string, () => string> = { L: letters, N: numbers };

/**
 * The regex source with \p{L} and \p{N} replaced by their compact classes, inside a bracketed
 * class or out of one. Other escapes, \P{…} and other properties are left as they are.
 */
export function compactClasses(source: string): string {
  if (!source.includes('\\p{')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const property = /^p\{([LN])\}/.exec(source.slice(i + 1, i + 6));
      const standIn = property ? STAND_INS[property[1] as string]?.() : undefined;
      if (standIn !== undefined) {
        out += inClass ? standIn : `[${standIn}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}

/** A regex written in a data file (a lexicon, the furniture rules): its \p{L} and \p{N} compiled as compact classes. */
export const dataRegExp = (source: string, flags: string): RegExp => new RegExp(compactClasses(source), flags);

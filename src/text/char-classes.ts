/** Character classes (letters, white space) tested once per UTF-16 unit and then looked up: faster than a regex per character. */

const LETTER = /\p{L}/u;

/** Per UTF-16 unit above ASCII: 1 when it is a letter, 2 when not, 0 not yet known. */
const knownLetter = new Uint8Array(0x10000);

/** True when the code point is a letter, as /\p{L}/u tests it (a lone surrogate is not). */
export function isLetter(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a);
  if (codePoint > 0xffff) return LETTER.test(String.fromCodePoint(codePoint));
  let k = knownLetter[codePoint] as number;
  if (k === 0) {
    k = LETTER.test(String.fromCharCode(codePoint)) ? 1 : 2;
    knownLetter[codePoint] = k;
  }
  return k === 1;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Per UTF-16 unit: 1 when it is a letter or a number, 2 when not, 0 not yet known. */
const knownAlnum = new Uint8Array(0x10000);

/** True when the code point is a letter or a number, as /[\p{L}\p{N}]/u tests it. */
export function isLetterOrNumber(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x30 && codePoint <= 0x39);
  if (codePoint > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
  let k = knownAlnum[codePoint] as number;
  if (k === 0) {
    k = LETTER_OR_NUMBER.test(String.fromCharCode(codePoint)) ? 1 : 2;
    knownAlnum[codePoint] = k;
  }
  return k === 1;
}

/** `text.replace(/[^\p{L}]/gu, '').length` without building the string: the UTF-16 length of the text's letters. */
export function letterLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (isLetter((c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000)) n += 2;
        i++;
        continue;
      }
    }
    if (isLetter(c)) n++;
  }
  return n;
}

const SPACE = /\s/;

/** Per UTF-16 unit: 1 when it is white space (as /\s/ has it), 2 when not, 0 not yet known. */
const knownSpace = new Uint8Array(0x10000);

/** True when the UTF-16 unit is white space, as /\s/ tests it. */
export function isSpace(unit: number): boolean {
  let k = knownSpace[unit] as number;
  if (k === 0) {
    k = SPACE.test(String.fromCharCode(unit)) ? 1 : 2;
    knownSpace[unit] = k;
  }
  return k === 1;
}

/** Character classes (letters, white space) tested once per UTF-16 unit and then looked up: faster than a regex per character. */

/**
 * `test` remembered per Basic Multilingual Plane code point (a table filled on first sight: 1 passes, 2 fails);
 * astral code points are tested each time.
 */
export function memoizedTest(test: (codePoint: number) => boolean): (codePoint: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (codePoint) => {
    if (codePoint > 0xffff) return test(codePoint);
    let k = known[codePoint] as number;
    if (k === 0) {
      k = test(codePoint) ? 1 : 2;
      known[codePoint] = k;
    }
    return k === 1;
  };
}

/** A test of code points against `re` (one character class): Latin-1 (most folded text) from a table filled up front, the rest memoised. */
function memoizedClass(re: RegExp): (codePoint: number) => boolean {
  const latin1 = new Uint8Array(0x100);
  for (let c = 0; c < 0x100; c++) latin1[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  const other = memoizedTest((codePoint) => re.test(String.fromCodePoint(codePoint)));
  return (codePoint) => (codePoint < 0x100 ? latin1[codePoint] === 1 : other(codePoint));
}

/** True when the code point is a letter, as /\p{L}/u tests it (a lone surrogate is not). */
export const isLetter = memoizedClass(/\p{L}/u);

/** True when the code point is a letter or a number, as /[\p{L}\p{N}]/u tests it. */
export const isLetterOrNumber = memoizedClass(/[\p{L}\p{N}]/u);

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

/** The runs of letters in the text, as `text.match(/\p{L}+/gu) ?? []` finds them, without a regex. */
export function letterRuns(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    // A lone surrogate comes back as itself, which is not a letter.
    const c = text.codePointAt(i) as number;
    if (isLetter(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    i += c > 0xffff ? 2 : 1;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/** True when the UTF-16 unit is white space, as /\s/ tests it. */
export const isSpace = memoizedClass(/\s/);

/** True when the code point ends a sentence (UAX #29's STerm and ATerm: ".", "!", "。", "।" ...). */
export const isSentenceTerminal = memoizedClass(/\p{Sentence_Terminal}/u);

/** True when the code point closes (or opens) a quotation or bracket, as UAX #29's Close class. */
export const isCloser = memoizedClass(/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']/u);

/** True when the UTF-16 unit separates paragraphs for sentence breaking: CR, LF, NEL, LS, PS. */
export const isParagraphSeparator = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;

const DIGIT = /[0-9]/;

/** True when the text holds an ASCII digit (in folded text, every decimal digit is one). */
export const hasDigit = (text: string): boolean => DIGIT.test(text);

/** Character classes looked up per UTF-16 unit agree with the regexes they stand for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLetter, isLetterOrNumber, isSpace, letterLength, letterRuns } from '../src/text/char-classes.js';

describe('char classes', () => {
  it('agree with \\p{L}, [\\p{L}\\p{N}] and \\s on every BMP unit and astral samples', () => {
    const letter = /\p{L}/u;
    const alnum = /[\p{L}\p{N}]/u;
    const space = /\s/;
    const wrong: number[] = [];
    for (let c = 0; c < 0x110000; c += c < 0x10000 ? 1 : 251) {
      const ch = String.fromCodePoint(c);
      if (isLetter(c) !== letter.test(ch) || isLetterOrNumber(c) !== alnum.test(ch)) wrong.push(c);
      if (c < 0x10000 && isSpace(c) !== space.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('letterLength is the length of the text without its non-letters', () => {
    const pieces = fc.constantFrom('a', 'É', 'ệ', ' ', '1', '.', '😀', '𠀀', '\uD83D', '\uDE00', '广', '\u0301');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (xs) => {
        const text = xs.join('');
        expect(letterLength(text)).toBe(text.replace(/[^\p{L}]/gu, '').length);
      }),
    );
  });

  it('letterRuns are the runs /\\p{L}+/gu matches', () => {
    const pieces = fc.constantFrom('a', 'É', 'ệ', ' ', '1', '.', '😀', '𠀀', '\uD83D', '\uDE00', '广', '\u0301', 'đ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (xs) => {
        const text = xs.join('');
        expect(letterRuns(text)).toEqual(text.match(/\p{L}+/gu) ?? []);
      }),
    );
  });
});

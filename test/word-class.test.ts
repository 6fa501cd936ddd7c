/** The compact letter and number classes hold what \p{L} and \p{N} hold in the scripts we read, and regexes keep their matches. */
import { describe, expect, it } from 'vitest';
import { computeAll, lazyKind } from '../src/extract/knowledge/lazy.js';
import { compactClasses, letters, dataRegExp, numbers, wordChars } from '../src/text/word-class.js';

const inClass = (body: string) => new RegExp(`^[${body}]$`, 'u');

describe('compact classes', () => {
  it('agree with \\p{L} and \\p{N} on every character of Latin, Greek, Cyrillic, Vietnamese, kana, CJK and Hangul', () => {
    const blocks = [[0x0000, 0x052f], [0x1e00, 0x1fff], [0x3040, 0x30ff], [0x4e00, 0x9fff], [0xac00, 0xd7af], [0xff00, 0xffef]] as const;
    const cases = [
      [inClass(letters()), /^\p{L}$/u],
      [inClass(numbers()), /^\p{N}$/u],
      [inClass(wordChars()), /^[\p{L}\p{N}]$/u],
    ] as const;
    for (const [compact, unicode] of cases) {
      const differ: string[] = [];
      for (const [lo, hi] of blocks) {
        for (let code = lo; code <= hi; code++) {
          const ch = String.fromCharCode(code);
          if (compact.test(ch) !== unicode.test(ch)) differ.push(code.toString(16));
        }
      }
      expect(differ).toEqual([]);
    }
  });

  it('tell letters, digits and marks apart as a reader would', () => {
    const word = inClass(wordChars());
    for (const ch of ['a', 'Z', 'ư', 'Đ', 'ễ', 'ß', 'ж', 'Ё', '省', 'の', 'ー', '한', '7', '²', '٣', '৩', '７']) expect(word.test(ch), ch).toBe(true);
    for (const ch of [' ', '-', '«', '·', '・', '、', '。', '“', '%', '°', '\u00a0']) expect(word.test(ch), ch).toBe(false);
  });

  it('replace \\p{L} and \\p{N} inside and outside brackets, and nothing else', () => {
    expect(compactClasses('(?<!\\p{L})drogen?\\p{L}*')).toBe(`(?<![${letters()}])drogen?[${letters()}]*`);
    expect(compactClasses('[\\p{L}\\d]+\\p{N}')).toBe(`[${letters()}\\d]+[${numbers()}]`);
    for (const source of ['\\P{L}', '\\p{Lu}', '\\p{Script=Han}', '\\\\p{L}', 'plain']) expect(compactClasses(source)).toBe(source);
  });

  it('keep what a lexicon regex matches', () => {
    const sources = ['(?<!\\p{L})наркот\\p{L}*', '(?<!\\p{L})grenz(?:e|en|gebiet\\p{L}*)(?!\\p{L})', 'trien khai nhiem vu(?: [\\p{L}]+){1,4} nam (?<year>\\d{4})', '(?<![\\p{L}\\d])(?<day>\\d{1,2}) мая'];
    const texts = ['борьба с наркотиками и наркотическими', 'Grenzgebietes und Grenze, nicht Begrenzung', 'trien khai nhiem vu cong tac nam 2024', 'состоялась 15 мая, а не 215 мая'];
    for (const source of sources) {
      for (const text of texts) {
        expect([...text.matchAll(dataRegExp(source, 'gu'))].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, m[0]]));
      }
    }
  });
});

describe('lazy kinds', () => {
  it('compute each lazy value once, on first read, for every object of the kind', () => {
    const make = lazyKind<{ id: string }, { upper: string; length: number }>();
    let calls = 0;
    const of = (id: string) =>
      make({ id }, { upper: () => (calls++, id.toUpperCase()), length: () => (calls++, id.length) });
    const a = of('abc');
    const b = of('de');
    expect(calls).toBe(0);
    expect([a.upper, a.upper, b.upper, b.length]).toEqual(['ABC', 'ABC', 'DE', 2]);
    expect(calls).toBe(3);
    computeAll(a);
    expect(calls).toBe(4);
    expect(Object.keys(a)).toEqual(['id']);
    const listed: string[] = [];
    for (const key in a) listed.push(key);
    expect(listed).toEqual(['id', 'upper', 'length']);
  });

  it('refuses an object whose lazy names differ from its kind', () => {
    const make = lazyKind<object, { x: number; y?: number }>();
    make({}, { x: () => 1, y: () => 2 });
    expect(() => make({}, { x: () => 1 } as never)).toThrow(/differ/);
  });
});

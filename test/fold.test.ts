/** fold: one folded unit per input unit, with the two exceptions it has always had. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../src/text/fold.js';

describe('fold', () => {
  it('folds case, diacritics, đ and digits unit for unit', () => {
    expect(fold('Hội nghị Quảng Trị ĐÃ ８．６％ ٣')).toBe('hoi nghi quang tri da 8.6% 3');
    expect(fold('x'.repeat(20_000) + 'É')).toBe('x'.repeat(20_000) + 'e');
  });

  it('drops a leading U+FEFF and turns an unpaired surrogate into U+FFFD; pairs stay', () => {
    expect(fold('\uFEFFab\uFEFF')).toBe('ab\uFEFF');
    expect(fold('a\uD83Db\uDE00')).toBe('a\uFFFDb\uFFFD');
    expect(fold('😀𝐀')).toBe('😀𝐀');
  });

  it('keeps the length of text without those', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
      const text = s.replace(/^\uFEFF/, '');
      expect(fold(text)).toHaveLength(text.length);
    }));
  });
});

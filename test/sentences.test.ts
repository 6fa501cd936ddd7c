/** splitSentences segments paragraphs a few at a time: the same sentences as one paragraph at a time. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleParagraph } from '../src/model/article.js';
import { isOneSentence, splitSentences, type Sentence } from '../src/extract/sentences.js';

const pieces = ['The', 'ward', 'No.', 'Mr.', 'U.S.', 'e.g.', 'etc.', 'A.', '3.5', '2023.', '!', '?', '...', '."', '.)', '“', '”', ' ', '\t', '\r', '\u2028', '\u0301', '\uFEFF', '。', '？', ';', 'lower', 'Upper', 'ông', '会议', 'ещё', '😀', 'x'.repeat(700) + '.'];
const paragraph = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((xs): ArticleParagraph => ({ text: xs.join(' '), role: 'body' }));

/** The reference: every paragraph segmented on its own. */
function oneByOne(paragraphs: ArticleParagraph[], language: string, abbreviations: Set<string>): Sentence[] {
  return paragraphs.flatMap((p, i) => splitSentences([p], language, abbreviations).map((s) => ({ ...s, paragraph: i })));
}

describe('splitSentences', () => {
  for (const language of ['en', 'vi', 'zh']) {
    it(`(${language}) finds the sentences of each paragraph segmented alone`, () => {
      const abbreviations = new Set(['No', 'Mr', 'U.S', 'e.g']);
      fc.assert(
        fc.property(fc.array(paragraph, { maxLength: 12 }), (paragraphs) => {
          expect(splitSentences(paragraphs, language, abbreviations)).toEqual(oneByOne(paragraphs, language, abbreviations));
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('isOneSentence', () => {
  const bits = ['word', 'Upper', 'ông', '会议', '3.5', ' ', '\u00a0', '\n', '\r', '\u0085', '\u2029', '.', '!', '?', '。', '！', '…', '\u0964', '\uff0e', '"', "'", '”', ')', '(', '»', ';', ':', ','];
  for (const language of ['en', 'vi', 'zh']) {
    it(`(${language}) is true only where the segmenter finds nothing but white space after a first sentence`, () => {
      const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...bits), { maxLength: 12 }), (xs) => {
          const text = xs.join('');
          if (!isOneSentence(text)) return;
          const rest = [...segmenter.segment(text)].slice(1).map((s) => s.segment);
          expect(rest.every((s) => s.trim() === '')).toBe(true);
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('takes a plain sentence, a heading and a caption, not two sentences', () => {
    expect(isOneSentence('The conference reviewed the work of 2023.')).toBe(true);
    expect(isOneSentence('Tasks for 2024')).toBe(true);
    expect(isOneSentence('Delegates at the conference (Photo: VNA)')).toBe(true);
    expect(isOneSentence('The rate reached 88.5%. Crime fell.')).toBe(false);
    expect(isOneSentence('Ông A chủ trì.\nHội nghị')).toBe(false);
  });
});

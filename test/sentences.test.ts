/** splitSentences segments paragraphs a few at a time: the same sentences as one paragraph at a time. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleParagraph } from '../src/model/article.js';
import { splitSentences, type Sentence } from '../src/extract/sentences.js';

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

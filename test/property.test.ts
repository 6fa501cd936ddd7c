/** Properties: any text through ingest and extract gives a valid Review; any IR survives the HTML writer. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { InputError } from '../src/ingest/errors.js';
import { parseArticle } from '../src/ingest/parse-article.js';
import { ReviewSchema } from '../src/model/review.js';
import { parseTemplate, TemplateError } from '../src/render/template.js';

const words = ['Quảng Trị', 'hội nghị', 'conference', 'chaired', 'shortcomings', '18 collectives', '1.513 vụ', '88,5%', 'January 26', 'tasks for 2024', '广治省', 'провинции', '{{x}}', '<script>', '__proto__', 'constructor', '\u0000', '\uFEFF', '\r\n', '\n\n'];
const articleText = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(...words)), { maxLength: 60 }).map((xs) => xs.join(' '));

describe('ingest and extract never throw on random text', () => {
  const k = loadKnowledge();
  for (const ext of ['txt', 'md', 'html']) {
    it(`.${ext}`, () => {
      fc.assert(
        fc.property(articleText, (text) => {
          try {
            const r = parseArticle(new TextEncoder().encode(text), `random.${ext}`);
            if (r.kind !== 'article') return;
            expect(ReviewSchema.safeParse(articleToReview(r.article, k)).success).toBe(true);
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('template sandbox', () => {
  it('refuses unescaped output of article text', () => {
    expect(() => parseTemplate('---\ntitle: t\naudience: press\n---\n<p>{{{text}}}</p>', 'x.hbs')).toThrow(TemplateError);
    expect(() => parseTemplate('---\ntitle: t\naudience: press\n---\n<p>\n{{& text}}</p>', 'x.hbs')).toThrow(/x\.hbs:6: unescaped output/);
  });
});

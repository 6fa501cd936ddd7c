/** The extractor on fixture articles it was not written against: many languages, formats and traps. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';
import { ReviewSchema } from '../src/model/review.js';
import { scoreReview, type Expected } from './helpers/gold.js';

const dir = path.join(import.meta.dirname, 'fixtures', 'articles');
const expectations = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort();

describe('fixture articles', () => {
  it('covers at least 20 articles, six languages and all three formats', () => {
    const gold = expectations.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Expected);
    expect(gold.length).toBeGreaterThanOrEqual(20);
    expect(new Set(gold.map((g) => g.language)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(gold.map((g) => path.extname(g.file)))).toEqual(new Set(['.txt', '.md', '.html']));
  });

  for (const f of expectations) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Expected;
    it(`${gold.file}`, () => {
      const ingested = parseArticle(fs.readFileSync(path.join(dir, gold.file)), gold.file);
      expect(ingested.kind).toBe('article');
      if (ingested.kind !== 'article') return;
      const review = articleToReview(ingested.article, loadKnowledge());
      expect(ReviewSchema.safeParse(review).success).toBe(true);
      expect(scoreReview(review, gold)).toEqual([]);
    });
  }
});

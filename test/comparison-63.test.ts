/** All 63 provinces: the analyst brief splits the matrix into landscape tables of four, each repeating the criterion column. */
import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../src/bench/corpus.js';
import { articleToReview } from '../src/extract/article-to-review.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';
import { inlineText, type Table } from '../src/model/ir.js';
import { irOf } from './helpers/pipeline.js';

const headerTexts = (t: Table) => t.header[0]!.cells.map((c) => c.blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')).join(''));

describe('a 63-province corpus', () => {
  const k = loadKnowledge();
  const reviews = makeCorpus({ articles: 63 }).map((f) => {
    const r = parseArticle(new TextEncoder().encode(f.content), f.name);
    if (r.kind !== 'article') throw new Error(f.name);
    return articleToReview(r.article, k);
  });

  it('finds every province once', () => {
    expect(new Set(reviews.map((r) => r.province?.code)).size).toBe(63);
  });

  it('the analyst brief holds sixteen landscape matrix tables of at most four provinces, each with the criterion column', () => {
    const doc = irOf(reviews, 'analyst');
    const landscape = doc.sections.filter((s) => s.orientation === 'landscape');
    const matrices = landscape.flatMap((s) => s.children).filter((b): b is Table => b.type === 'table' && headerTexts(b)[0] === 'Criterion');
    expect(matrices).toHaveLength(16);
    const provinces = new Set<string>();
    for (const m of matrices) {
      const head = headerTexts(m);
      expect(head.length).toBeLessThanOrEqual(5);
      for (const name of head.slice(1)) provinces.add(name);
      for (const row of m.body) expect(row.cells).toHaveLength(head.length);
    }
    expect(provinces.size).toBe(63);
  });

  it('--transpose puts provinces in rows', () => {
    const doc = irOf(reviews, 'analyst', undefined, { transpose: true });
    const table = doc.sections.flatMap((s) => s.children).find((b): b is Table => b.type === 'table' && headerTexts(b)[0] === 'Province');
    expect(table?.body).toHaveLength(63);
  });
});

/** The synthetic corpus generator: deterministic, spread over all 63 provinces, three languages and formats, and readable by the extractor. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../src/bench/make-corpus.js';
import { articleToReview } from '../src/extract/article-to-review.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';
import type { Review } from '../src/model/review.js';

const gazetteer = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'src', 'data', 'vn-admin-units.json'), 'utf8')) as { provinces: Array<{ code: string }> };
const codes = gazetteer.provinces.map((p) => p.code);
/** File names are `00012-19-thai-nguyen.fr.txt`: index, province code, place, language, format. */
const parts = (name: string) => {
  const m = /^(\d{5})-(\d{2})-[a-z0-9-]+\.(en|vi|fr)\.(txt|md|html)$/.exec(name);
  if (!m) throw new Error(`unexpected file name ${name}`);
  return { index: Number(m[1]), code: m[2] as string, lang: m[3] as string, format: m[4] as string };
};

describe('makeCorpus', () => {
  it('gives the same files for the same seed and different ones for another seed', () => {
    const a = makeCorpus({ articles: 40, seed: 7 });
    expect(makeCorpus({ articles: 40, seed: 7 })).toEqual(a);
    const b = makeCorpus({ articles: 40, seed: 8 });
    expect(b.map((f) => f.name)).toEqual(a.map((f) => f.name));
    expect(b.filter((f, i) => f.content !== a[i]!.content).length).toBe(40);
    // Article i does not depend on the corpus size.
    expect(makeCorpus({ articles: 10, seed: 7 })).toEqual(a.slice(0, 10));
  });

  it('writes no two articles alike', () => {
    const files = makeCorpus({ articles: 300 });
    expect(new Set(files.map((f) => f.content)).size).toBe(300);
    expect(new Set(files.map((f) => f.name)).size).toBe(300);
  });

  it('covers the 63 provinces for 63 articles, province i getting articles i, i+63, ...', () => {
    const files = makeCorpus({ articles: 63 });
    expect(files.map((f) => parts(f.name).code)).toEqual(codes);
    const twice = makeCorpus({ articles: 126 }).map((f) => parts(f.name));
    for (const p of twice) expect(p.code).toBe(codes[p.index % 63]);
  });

  it('writes every language in every format, and only the languages asked for', () => {
    const files = makeCorpus({ articles: 63 });
    const combos = new Set(files.map((f) => `${parts(f.name).lang}.${parts(f.name).format}`));
    expect(combos.size).toBe(9);
    const vi = files.filter((f) => parts(f.name).lang === 'vi');
    expect(vi.every((f) => /hội nghị/.test(f.content))).toBe(true);
    const only = makeCorpus({ articles: 20, languages: ['fr'] });
    expect(new Set(only.map((f) => parts(f.name).lang))).toEqual(new Set(['fr']));
  });

  it('saves Markdown with front matter and HTML as a whole page', () => {
    const files = makeCorpus({ articles: 63 });
    const md = files.find((f) => f.name.endsWith('.md'))!.content;
    expect(md).toMatch(/^---\ntitle: ".+"\nurl: "https:\/\/.+"\npublished: \d{4}-\d{2}-\d{2}\n---\n/);
    const html = files.find((f) => f.name.endsWith('.html'))!.content;
    for (const tag of ['<nav', '<article', '<figcaption>', '<aside', '<footer']) expect(html).toContain(tag);
    const txt = files.find((f) => f.name.endsWith('.txt'))!.content;
    expect(txt).toMatch(/ - (Photo|Ảnh) ?: /);
    expect(txt).toMatch(/\n(Source|Nguồn)\n/);
  });

  it('reads back as Reviews with the right province, a date and a chair', { timeout: 180_000 }, () => {
    const k = loadKnowledge();
    const files = makeCorpus({ articles: 126 });
    const reviews = files.map((f) => {
      const ingested = parseArticle(Buffer.from(f.content), f.name);
      if (ingested.kind !== 'article') throw new Error(`${f.name} read as a Review`);
      return { ...parts(f.name), review: articleToReview(ingested.article, k) };
    });
    type Row = (typeof reviews)[number];
    const share = (ok: (r: Review, row: Row) => boolean, list = reviews) => list.filter((row) => ok(row.review, row)).length / list.length;
    expect(share((r, row) => r.province?.code === row.code)).toBeGreaterThanOrEqual(0.9);
    expect(share((r) => r.conference.date !== null)).toBeGreaterThanOrEqual(0.9);
    expect(share((r) => r.conference.chair !== null)).toBeGreaterThanOrEqual(0.9);
    expect(share((r) => r.results.length > 0 && r.tasks.length >= 4 && r.shortcomings.length >= 2)).toBeGreaterThanOrEqual(0.9);
    expect(share((r) => r.commendations.some((c) => (c.collectives ?? 0) > 0 && (c.individuals ?? 0) > 0))).toBeGreaterThanOrEqual(0.9);
    // Every fifth article names only districts: its province is inferred, not read.
    const districtsOnly = reviews.filter((r) => r.index % 5 === 4);
    expect(share((r) => r.province?.inferred === true, districtsOnly)).toBeGreaterThanOrEqual(0.9);
  });
});

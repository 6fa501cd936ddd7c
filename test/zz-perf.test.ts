import fs from 'node:fs'; import path from 'node:path'; import { it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js'; import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';
it('p', () => { const k = loadKnowledge(); const dir = 'test/fixtures/articles';
 const arts = [...fs.readdirSync(dir).filter(f => !f.endsWith('.json') && !f.endsWith('README.md')).map(f => parseArticle(fs.readFileSync(path.join(dir, f)), f)),
  ...fs.readdirSync('input').map(f => parseArticle(fs.readFileSync(path.join('input', f)), f))].flatMap(a => a.kind === 'article' ? [a.article] : []);
 for (const a of arts) articleToReview(a, k);
 const t0 = performance.now(); let n = 0; while (performance.now() - t0 < 5000) { for (const a of arts) { articleToReview(a, k); n++; } }
 console.log('articles/s', Math.round(n / ((performance.now() - t0) / 1000)), 'n', arts.length); }, 60000);

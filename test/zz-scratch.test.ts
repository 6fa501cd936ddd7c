import fs from 'node:fs'; import path from 'node:path'; import { it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js'; import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js'; import { scoreReview } from './helpers/gold.js';
it('x', () => { const dir = 'test/fixtures/articles'; const only = process.env.ONLY; let ok = 0, n = 0;
 const seeds = JSON.parse(fs.readFileSync('../shared/corpus/seeds.gold.json', 'utf8')).articles.map((g: any) => ['input', g]);
 const fx = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort().map((f) => [dir, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))]);
 for (const [d, gold] of [...seeds, ...fx]) { if (only && !gold.file.startsWith(only)) continue;
  const ing = parseArticle(fs.readFileSync(path.join(d, gold.file)), gold.file);
  if (ing.kind !== 'article') continue; const r = articleToReview(ing.article, loadKnowledge()); const fails = scoreReview(r, gold); n++; if (!fails.length) ok++;
  console.log(`## ${gold.file} (${fails.length})\n  ` + fails.join('\n  ')); if (only) console.log(JSON.stringify(r, null, 1).slice(0, 12000)); }
 console.log(`PASS ${ok}/${n}`); });

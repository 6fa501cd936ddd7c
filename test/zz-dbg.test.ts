import fs from 'node:fs'; import { it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js'; import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';
it('d', () => { const f = process.env.F!; const ing = parseArticle(fs.readFileSync('/work/main/test/fixtures/articles/' + f), f);
 if (ing.kind !== 'article') return; console.log(ing.article.paragraphs.map((p, i) => i + ' ' + p.role + ': ' + p.text.slice(0, 150)).join('\n'));
 const r = articleToReview(ing.article, loadKnowledge()); console.log(JSON.stringify({ c: r.conference, sh: r.shortcomings.map(i=>i.text), t: r.tasks.map(i=>i.text), com: r.commendations }, null, 1)); });

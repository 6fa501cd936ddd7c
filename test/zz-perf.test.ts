import fs from 'node:fs'; import { it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js'; import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';
it('p', () => { const k = loadKnowledge();
 const seed = fs.readFileSync('input/002_381617bf63de5110.txt', 'utf8'); const lines = seed.split('\n');
 const payloads = ['<script>alert(1)</script>', '<h1>injected</h1>'];
 const article = [lines[0], `In 2023, the police reported that ${payloads.join(' and ')} appeared in 12 cases.`, ...lines.slice(1)].join('\n');
 const ing = parseArticle(Buffer.from(article), 'a.txt'); if (ing.kind !== 'article') return;
 console.log(ing.article.paragraphs.slice(0,4).map(p => p.role + ': ' + p.text.slice(0, 100)));
 const r = articleToReview(ing.article, k); console.log(JSON.stringify(r).includes('alert'), r.kind, r.conference.date);
 const vi = 'Sáng 15/3, Ban Chỉ đạo 138 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2023. Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\n';
 const iconv = require('iconv-lite'); const ing2 = parseArticle(iconv.encode(vi, 'windows-1258'), 'b.txt');
 if (ing2.kind === 'article') { console.log(JSON.stringify(ing2.article.paragraphs[0]?.text)); const r2 = articleToReview(ing2.article, k); console.log(r2.province, r2.warnings); }
});

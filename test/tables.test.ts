/** Tables in an article: rows kept apart from the text, and their figures read from the reviewed year's column. */
import { describe, expect, it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';
import type { Review } from '../src/model/review.js';

function review(text: string, file: string): Review {
  const r = parseArticle(new TextEncoder().encode(text), file);
  if (r.kind !== 'article') throw new Error('not an article');
  return articleToReview(r.article, loadKnowledge());
}

const LEAD = 'On January 10, 2025, the Hai Duong provincial Steering Committee 138 held a conference to review its work in 2024 and set tasks for 2025.';
const FACT = 'The province recorded 948 crimes against social order, down 6.4% from 2023.';
const figures = (r: Review) => r.figures.map((f) => [f.label, f.value, f.unit]);
const items = (r: Review) => [...r.results, ...r.shortcomings, ...r.tasks].map((i) => i.text).join('\n');

describe('tables', () => {
  it('a Markdown table gives the figures of the reviewed year\'s column, once, with units from the labels; its rows are no items', () => {
    const md = [
      '# Hai Duong reviews crime prevention', '', LEAD, '', FACT, '', 'The main indicators:', '',
      '| Indicator | 2023 | 2024 |', '|---|---|---|',
      '| Crimes against social order (cases) | 1,013 | 948 |', '| Share of cases solved (%) | 86.5 | 89.7 |', '| Traffic accidents | 231 | 204 |',
      '', 'The police must keep up the pressure on drug gangs in 2025.', '',
    ].join('\n');
    const r = review(md, 'a.md');
    expect(figures(r)).toEqual([
      ['crimes against social order', 948, 'crimes'],
      ['down 6.4%', -6.4, '%'],
      ['Share of cases solved (%) (2024)', 89.7, '%'],
      ['Traffic accidents (2024)', 204, 'accidents'],
    ].map(([label, value, unit]) => [expect.stringContaining(String(label)), value, unit]));
    expect(items(r)).not.toContain('|');
    const cell = r.figures.find((f) => f.value === 204)!.source;
    const parsed = parseArticle(new TextEncoder().encode(md), 'a.md');
    expect(parsed.kind === 'article' && parsed.article.paragraphs[cell.paragraph]!.text.slice(cell.start, cell.end)).toBe('204');
  });

  it('an HTML data table is read the same way; a table laid out with paragraphs is text; a table without the year\'s column gives no figures', () => {
    const html = (table: string) => `<html><body><article><h1>Hai Duong reviews crime prevention</h1><p>${LEAD}</p><p>${FACT}</p><p>The results were set out in a table at the conference.</p>${table}<p>The police must keep up the pressure on drug gangs in 2025 and beyond.</p></article></body></html>`;
    const data = review(html('<table><tr><td>Chỉ tiêu</td><td>2023</td><td>2024</td></tr><tr><td>Traffic accidents</td><td>231</td><td>204</td></tr></table>'), 'a.html');
    expect(figures(data)).toContainEqual(['Traffic accidents (2024)', 204, 'accidents']);
    const layout = review(html('<table><tr><td><p>Police also broke up 23 gangs across the province.</p></td><td><p>Menu</p></td></tr></table>'), 'b.html');
    expect(items(layout)).toContain('Police also broke up 23 gangs across the province.');
    const noYear = review(html('<table><tr><th>Indicator</th><th>Result</th></tr><tr><td>Traffic accidents</td><td>204</td></tr></table>'), 'c.html');
    expect(noYear.figures.map((f) => f.value)).not.toContain(204);
  });
});

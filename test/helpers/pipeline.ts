/** The pipeline as a library, for tests: seeds → Reviews → Comparison → IR per template. */
import fs from 'node:fs';
import path from 'node:path';
import { compareReviews } from '../../src/compare/compare.js';
import { articleToReview } from '../../src/extract/article-to-review.js';
import { loadKnowledge } from '../../src/extract/knowledge/index.js';
import { parseArticle } from '../../src/ingest/parse-article.js';
import type { BriefDocument } from '../../src/model/ir.js';
import type { Review } from '../../src/model/review.js';
import { templatesDir } from '../../src/paths.js';
import { readLocale } from '../../src/render/locale.js';
import { renderBrief } from '../../src/render/render-brief.js';
import { readTemplate } from '../../src/render/template.js';
import { repoRoot } from './cli.js';

export const FIXED_DATE = '2023-11-14T22:13:20.000Z';

/** Reviews of every article in a folder (input/ by default), read as the CLI does. */
export function reviewsOf(dir = path.join(repoRoot, 'input')): Review[] {
  const k = loadKnowledge();
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => parseArticle(fs.readFileSync(path.join(dir, f)), `input/${f}`))
    .map((r) => (r.kind === 'article' ? articleToReview(r.article, k) : r.review));
}

/** The IR of a built-in template for the given reviews. */
export function irOf(reviews: Review[], template: string, locale?: string, extra: { provincesPerTable?: number; transpose?: boolean } = {}): BriefDocument {
  const k = loadKnowledge();
  const t = readTemplate(path.join(templatesDir, `${template}.hbs`));
  const comparison = compareReviews(reviews, { sort: 'name', order: new Map(k.gazetteer.provinces.map((p) => [p.code, p.order])) });
  return renderBrief(comparison, t, readLocale(path.join(templatesDir, 'locales'), locale ?? t.frontMatter.locale), {
    date: FIXED_DATE,
    themeLabels: new Map(k.themes.map((x) => [x.id, x.labels])),
    ...extra,
  });
}

/** Compare a value with its golden file; UPDATE_GOLDEN=1 rewrites it. A missing golden fails. */
export function matchGolden(file: string, value: unknown): { ok: boolean; message: string } {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return { ok: true, message: 'updated' };
  }
  if (!fs.existsSync(file)) return { ok: false, message: `${file} is missing: run UPDATE_GOLDEN=1 npm test to create it, and review it` };
  return { ok: fs.readFileSync(file, 'utf8') === text, message: `${file} differs: review the change, then UPDATE_GOLDEN=1 npm test` };
}

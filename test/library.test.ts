/** The package's library entry (package.json main and types): the CLI's pipeline as functions. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main: string; types: string };

describe('library entry', () => {
  it('package.json main and types point at built files', () => {
    expect(fs.existsSync(path.join(repoRoot, pkg.main))).toBe(true);
    expect(fs.existsSync(path.join(repoRoot, pkg.types))).toBe(true);
  });

  it('runs the pipeline on a seed: article → Review → Comparison → brief → HTML', async () => {
    const lib = (await import(path.join(repoRoot, pkg.main))) as typeof import('../src/index.js');
    const file = path.join(repoRoot, 'input', '000_325615be4f2c4399.txt');
    const ingested = lib.parseArticle(fs.readFileSync(file), 'input/000_325615be4f2c4399.txt');
    expect(ingested.kind).toBe('article');
    if (ingested.kind !== 'article') return;
    const review = lib.ReviewSchema.parse(lib.articleToReview(ingested.article, lib.loadKnowledge()));
    expect(review.province?.nameVi).toBe('Quảng Trị');
    const comparison = lib.compareReviews([review], { sort: 'name' });
    const template = lib.readTemplate(path.join(lib.templatesDir, 'press.hbs'));
    const locale = lib.readLocale(path.join(lib.templatesDir, 'locales'), 'en');
    const doc = lib.renderBrief(comparison, template, locale, { date: '2024-01-01T00:00:00.000Z', themeLabels: new Map() });
    const html = new TextDecoder().decode(lib.renderHtml(doc));
    expect(html).toContain('Quảng Trị');
    expect(html).toContain('Vo Van Hung');
  });
});

/** Render stage: templates, locales, the markup parser and its errors. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineText, type BriefDocument, type FlowBlock } from '../src/model/ir.js';
import { templatesDir } from '../src/paths.js';
import { parseMarkup, MarkupError } from '../src/render/markup-to-ir.js';
import { parseTemplate, readTemplate, TemplateError } from '../src/render/template.js';
import { renderHtml } from '../src/render/writers/html.js';
import { compareReviews } from '../src/compare/compare.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { readLocale } from '../src/render/locale.js';
import { renderBrief } from '../src/render/render-brief.js';
import { FIXED_DATE, irOf, reviewsOf } from './helpers/pipeline.js';
import { ReviewSchema, type Review } from '../src/model/review.js';

const blocks = (doc: BriefDocument): FlowBlock[] => doc.sections.flatMap((s) => s.children);
const allText = (doc: BriefDocument) =>
  blocks(doc)
    .map((b) => (b.type === 'heading' || b.type === 'paragraph' ? inlineText(b.children) : b.type === 'list' ? b.items.map(inlineText).join(' ') : b.type === 'table' ? [...b.header, ...b.body].flatMap((r) => r.cells.flatMap((c) => c.blocks.map((x) => (x.type === 'paragraph' ? inlineText(x.children) : x.items.map(inlineText).join(' '))))).join(' ') : ''))
    .join('\n');

describe('markup parser', () => {
  it('builds headings, lists, tables with colspan, sections and footnotes', () => {
    const m = parseMarkup('<h1>T</h1><p>a <strong>b</strong><note>src</note></p><section orientation="landscape"><table><thead><tr><th>x</th><th>y</th></tr></thead><tbody><tr><td colspan="2"><ul><li>i</li></ul></td></tr></tbody></table></section>', 't');
    expect(m.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    expect(m.footnotes).toHaveLength(1);
    const table = m.sections[1]!.children[0];
    expect(table?.type === 'table' && table.body[0]!.cells[0]!.colspan).toBe(2);
  });

  it('rejects an unknown tag naming the line and the allowed tags', () => {
    expect(() => parseMarkup('<p>a</p>\n<p>b</p>\n<marquee>x</marquee>', 'brief.hbs')).toThrow(/brief\.hbs:3: unknown tag <marquee>; allowed: h1, h2/);
    expect(() => parseMarkup('<p>a</p>\n<p>b</p>\n<marquee>x</marquee>', 'brief.hbs')).toThrow(MarkupError);
  });

  it('lays out content outside a <section>, and a <section> without orientation, in the page orientation', () => {
    const m = parseMarkup('<p>a</p><section><p>b</p></section><section orientation="portrait"><p>c</p></section>', 't', 'landscape');
    expect(m.sections.map((s) => s.orientation)).toEqual(['landscape', 'landscape', 'portrait']);
  });

  it('an attribute a tag does not take, or a value it does not know, is a markup error naming the line', () => {
    expect(() => parseMarkup('<p>a</p>\n<toc depth="4"></toc>', 'brief.hbs')).toThrow(/brief\.hbs:2: <toc depth="4">: depth is 1, 2, 3$/);
    expect(() => parseMarkup('<section orientaton="landscape"><p>a</p></section>', 'b.hbs')).toThrow(/b\.hbs:1: <section> has no attribute "orientaton"; it takes orientation$/);
    expect(() => parseMarkup('<section orientation="landscpe"><p>a</p></section>', 'b.hbs')).toThrow(/<section orientation="landscpe">: orientation is portrait, landscape$/);
    expect(() => parseMarkup('<p class="warning">a</p>', 'b.hbs')).toThrow(/<p class="warning">: class is lead, caption, note$/);
    expect(() => parseMarkup('<ul style="x"><li>a</li></ul>', 'b.hbs')).toThrow(/<ul> has no attribute "style"; it takes none$/);
    expect(parseMarkup('<toc depth="3"></toc>', 't').sections[0]!.children[0]).toMatchObject({ type: 'toc', maxLevel: 3 });
  });

  it('decodes escaped article text into literal text, never markup', () => {
    const m = parseMarkup('<p>&lt;script&gt;alert(1)&lt;/script&gt; {{x}}</p>', 't');
    const p = m.sections[0]!.children[0];
    expect(p?.type === 'paragraph' && inlineText(p.children)).toBe('<script>alert(1)</script> {{x}}');
  });
});

describe('templates', () => {
  it('every built-in template passes its own check', () => {
    for (const t of ['executive', 'analyst', 'press']) expect(readTemplate(path.join(templatesDir, `${t}.hbs`)).frontMatter.audience).toBe(t);
  });

  it('bad front matter names the line of the field', () => {
    expect(() => parseTemplate('---\ntitle: x\naudience: boss\n---\n<p>x</p>', 'my.hbs')).toThrow(/my\.hbs:3: front matter: audience/);
    expect(() => parseTemplate('---\ntitle: x\naudience: analyst\n---\n<p>x</p>\n<div>', 'my.hbs')).toThrow(TemplateError);
  });
});

describe('briefs for the seeds', () => {
  const reviews = reviewsOf();

  it('the analyst brief says "none specified" for a section only mentioned, and shows the report date of seed 003', () => {
    const text = allText(irOf(reviews, 'analyst'));
    expect(text).toContain('none specified');
    expect(text).toContain('Report date (no conference date given)');
    expect(text).toContain('10 June 2024');
  });

  it('names a half-year period in words, in each locale, and keeps it apart from the same province\'s year', () => {
    const first = reviews[0] as Review;
    const interim: Review = { ...first, id: `${first.id}-h1`, kind: 'other', period: { reviewed: '2024-H1', next: null } };
    expect(ReviewSchema.safeParse(interim).success).toBe(true);
    expect(ReviewSchema.safeParse({ ...interim, period: { reviewed: '2024-H3', next: null } }).success).toBe(false);
    const both = [first, interim];
    const text = allText(irOf(both, 'analyst'));
    for (const column of ['Quảng Trị (2023)', 'Quảng Trị (first half of 2024)']) expect(text).toContain(column);
    expect(allText(irOf(both, 'analyst', 'fr'))).toContain('premier semestre 2024');
    expect(allText(irOf(both, 'analyst', 'vi'))).toContain('6 tháng đầu năm 2024');
  });

  it('a Vietnamese-locale brief uses Vietnamese labels and dates', () => {
    const text = allText(irOf(reviews, 'analyst', 'vi'));
    for (const l of ['Kết quả', 'Hạn chế', 'Nhiệm vụ năm 2024', 'Khen thưởng', 'ngày 26 tháng 1 năm 2024', 'Quảng Trị', 'Bình Thuận']) expect(text).toContain(l);
  });

  it('a built-in template takes the title of the brief\'s language; a template of your own keeps its title', () => {
    expect(irOf(reviews, 'analyst', 'fr').meta.title).toBe("Conférences provinciales de bilan : dossier d'analyse");
    const k = loadKnowledge();
    const own = { ...readTemplate(path.join(templatesDir, 'press.hbs')), file: 'my-templates/board.hbs' };
    const comparison = compareReviews(reviews, { sort: 'name' });
    const doc = renderBrief(comparison, { ...own, frontMatter: { ...own.frontMatter, title: 'Board note' } }, readLocale(path.join(templatesDir, 'locales'), 'fr'), { date: FIXED_DATE, themeLabels: new Map(k.themes.map((x) => [x.id, x.labels])) });
    expect(doc.meta.title).toBe('Board note');
  });

  it('splits the matrix into tables of at most N provinces, each repeating the criterion column', () => {
    const doc = irOf(reviews, 'analyst', undefined, { provincesPerTable: 2 });
    const matrices = blocks(doc).filter((b) => b.type === 'table' && b.header[0]?.cells.length && inlineText((b.header[0].cells[0]!.blocks[0] as unknown as { children: [] }).children ?? []) === 'Criterion');
    expect(matrices).toHaveLength(2);
    for (const m of matrices) expect(m.type === 'table' && m.header[0]!.cells.length).toBe(3);
  });

  it('a province reviewed for two periods is named with each period, wherever its columns are named', () => {
    const one = reviews.find((r) => r.province && r.period.reviewed) as (typeof reviews)[number];
    const earlier = { ...one, id: `${one.id}-earlier`, period: { reviewed: '2019', next: '2020' } };
    const doc = irOf([...reviews, earlier], 'analyst');
    const name = one.province!.nameVi;
    const headings = blocks(doc).filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? inlineText(b.children) : ''));
    expect(headings).toContain(`${name} (2019)`);
    expect(headings).toContain(`${name} (${one.period.reviewed})`);
    expect(headings).not.toContain(name);
    const headers = blocks(doc).flatMap((b) => (b.type === 'table' ? b.header.flatMap((r) => r.cells.map((c) => c.blocks.map((x) => (x.type === 'paragraph' ? inlineText(x.children) : '')).join(''))) : []));
    expect(headers).toContain(`${name} (2019)`);
    // Provinces with one column keep their bare name.
    const other = reviews.find((r) => r.province && r.province.code !== one.province!.code)!.province!.nameVi;
    expect(headings).toContain(other);
  });

  it('the executive brief is landscape, as its front matter says', () => {
    expect(irOf(reviews, 'executive').sections.map((s) => s.orientation)).toEqual(['landscape']);
  });

  it('the HTML writer output carries every heading of the IR', () => {
    const doc = irOf(reviews, 'press');
    const html = new TextDecoder().decode(renderHtml(doc));
    for (const b of blocks(doc)) if (b.type === 'heading') expect(html).toContain(`id="${b.id}"`);
  });
});

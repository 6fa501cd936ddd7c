/** End to end: `brief build` on the seeds, then the DOCX, PDF and HTML read back as a reader would see them. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxXml, xmlText } from '../helpers/docx-text.js';
import { collapse, pdfPages } from '../helpers/pdf-text.js';
import { runCli } from '../helpers/cli.js';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-e2e-'));
const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const PROVINCES = ['Quảng Trị', 'Quảng Nam', 'Bình Thuận', 'Quảng Ninh'];

describe('brief build on the seed articles', () => {
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli(['build', 'input', '-o', out, '--json']);
  });

  it('exits 0 and writes three audiences in three formats', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const names = fs.readdirSync(out).sort();
    expect(names).toEqual(['analyst', 'executive', 'press'].flatMap((a) => ['docx', 'html', 'pdf'].map((f) => `${a}.${f}`)));
    const summary = JSON.parse(run.stdout) as { written: Array<{ file: string }>; articles: number; provinces: number };
    expect(summary.written).toHaveLength(9);
    expect(summary.articles).toBe(5);
    expect(summary.provinces).toBe(4);
  });

  it('the analyst PDF puts the four provinces side by side with the facts a reader checks', async () => {
    const pages = await pdfPages(fs.readFileSync(path.join(out, 'analyst.pdf')));
    const text = collapse(pages.join('\n'));
    for (const p of PROVINCES) expect(text).toContain(p);
    expect(text).toContain('Vo Van Hung');
    expect(text).toContain('18 collectives, 28 individuals');
    expect(text).toContain('10 June 2024');
    expect(text).toMatch(/Report date/);
    // The matrix header names all four provinces on one page.
    expect(pages.some((p) => PROVINCES.every((n) => p.includes(n)))).toBe(true);
    expect(pages.every((p) => p.trim().length > 0)).toBe(true);
    expect(text).not.toMatch(/Photo: Le Minh|Comment \(0\)/);
  });

  it('the analyst DOCX holds the same facts', async () => {
    const text = xmlText(await docxXml(fs.readFileSync(path.join(out, 'analyst.docx'))));
    for (const p of PROVINCES) expect(text).toContain(p);
    expect(text).toContain('Vo Van Hung');
    expect(text).toContain('18 collectives, 28 individuals');
    expect(text).toContain('10 June 2024');
    expect(text).toContain('none specified');
  });

  it('the executive brief fits one page for four provinces', async () => {
    const pages = await pdfPages(fs.readFileSync(path.join(out, 'executive.pdf')));
    expect(pages).toHaveLength(1);
    for (const p of PROVINCES) expect(pages[0]).toContain(p);
  });

  it('the HTML preview is standalone and escaped', () => {
    const html = fs.readFileSync(path.join(out, 'analyst.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    for (const p of PROVINCES) expect(html).toContain(p);
  });

  it('rebuilding with the same SOURCE_DATE_EPOCH gives byte-identical files', () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-e2e-again-'));
    expect(runCli(['build', 'input', '-o', again, '-q']).status).toBe(0);
    for (const f of fs.readdirSync(out)) expect(sha(path.join(again, f)), f).toBe(sha(path.join(out, f)));
  });
});

describe('CLI conventions', () => {
  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe((JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version);
  });

  it('build --help shows options and examples', () => {
    const r = runCli(['build', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--output');
    expect(r.stdout).toContain('Examples:');
  });

  it('templates lists the three built-in audiences', () => {
    const r = runCli(['templates']);
    expect(r.stdout).toMatch(/analyst/);
    expect(r.stdout).toMatch(/executive/);
    expect(r.stdout).toMatch(/press/);
  });

  it('schema prints the Review JSON Schema generated from zod', () => {
    const schema = JSON.parse(runCli(['schema']).stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schema', 'province', 'conference', 'results', 'commendations', 'figures']));
  });

  it('a missing input folder is a usage error (exit 2), nothing written', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-none-'));
    const r = runCli(['build', 'no/such/folder', '-o', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no\/such\/folder: no such file or folder/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a bad file among good ones: one line naming it, the rest built, exit 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-mixed-'));
    fs.copyFileSync('input/000_325615be4f2c4399.txt', path.join(dir, 'good.txt'));
    fs.writeFileSync(path.join(dir, 'report.pdf'), '%PDF-1.4 binary');
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    const o = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-mixed-out-'));
    const r = runCli(['build', dir, '-o', o, '--format', 'html', '-q']);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/report\.pdf: unsupported format: save the article as text, Markdown or HTML/);
    expect(fs.readdirSync(o).sort()).toEqual(['analyst.html', 'executive.html', 'press.html']);
  });

  it('--period and --province brief only the chosen reviews and say what they left out', () => {
    const o = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-select-'));
    const r = runCli(['build', 'input', '-o', o, '--format', 'html', '--audience', 'press', '--province', 'Quang Tri,tỉnh Bình Thuận', '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^briefing 3 of 5 articles \(--province Quang Tri,tỉnh Bình Thuận\); left out: 2 of other or unknown provinces\n$/);
    const summary = JSON.parse(r.stdout) as { articles: number; provinces: number; leftOut: { period: number; province: number } };
    expect(summary).toMatchObject({ articles: 3, provinces: 2, leftOut: { period: 0, province: 2 } });
    const html = fs.readFileSync(path.join(o, 'press.html'), 'utf8');
    expect(html).toContain('Quảng Trị');
    expect(html).toContain('Bình Thuận');
    expect(html).not.toContain('<h2 id="quang-nam');
  });

  it('a selection that leaves nothing out says so plainly', () => {
    const o = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-select-all-'));
    const r = runCli(['build', 'input', '-o', o, '--format', 'html', '--audience', 'press', '--period', '2023,2019-2024,2021-2025']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^briefing 5 of 5 articles \(--period 2023,2019-2024,2021-2025\)\n/);
  });

  it('a --period or --province that matches nothing, or names nothing, is a usage error (exit 2), nothing written', () => {
    const o = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-select-none-'));
    const none = runCli(['build', 'input', '-o', o, '--period', '2031']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^brief: no article matches --period 2031; reviewed periods found: 2023/);
    const bad = runCli(['build', 'input', '-o', o, '--province', 'Atlantis']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('brief: --province "Atlantis": no such province in the gazetteer\n');
    expect(runCli(['build', 'input', '-o', o, '--period', 'last year']).stderr).toMatch(/--period "last year": give a year \(2023\), a range of years \(2019-2024\) or a half year \(2024-H1\)/);
    expect(fs.readdirSync(o)).toEqual([]);
  });

  it('one report read in English and in Vietnamese: the brief shows its items once, in the brief\'s language', () => {
    const reviews = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-editions-'));
    expect(runCli(['extract', 'input/000_325615be4f2c4399.txt', '-o', reviews, '-q']).status).toBe(0);
    const en = JSON.parse(fs.readFileSync(path.join(reviews, '000_325615be4f2c4399.review.json'), 'utf8')) as Record<string, any>;
    const vi = structuredClone(en);
    vi.id = 'quang-tri-vi';
    vi.source = { ...en.source, file: 'quang-tri.vi.txt', language: 'vi' };
    vi.conference.chair = { name: 'Võ Văn Hưng', title: 'Chủ tịch UBND tỉnh' };
    vi.results = en.results.map((i: { text: string }, n: number) => ({ ...i, text: `Kết quả số ${n + 1} của hội nghị` }));
    fs.writeFileSync(path.join(reviews, 'quang-tri-vi.review.json'), JSON.stringify(vi));
    const o = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-editions-out-'));
    const english = runCli(['build', '--reviews', reviews, '-o', o, '--format', 'html', '--audience', 'analyst', '--json']);
    expect(english.status).toBe(0);
    const html = fs.readFileSync(path.join(o, 'analyst.html'), 'utf8');
    expect(html).toContain(en.results[0].text.slice(0, 40));
    expect(html).not.toContain('Kết quả số 1');
    expect(html).toContain('18 collectives, 28 individuals');
    expect(JSON.parse(english.stdout).warnings).toContainEqual(expect.objectContaining({ file: 'quang-tri.vi.txt', ruleId: 'compare/translation' }));
    expect(runCli(['build', '--reviews', reviews, '-o', o, '--format', 'html', '--audience', 'analyst', '--locale', 'vi', '-q']).status).toBe(0);
    const vietnamese = fs.readFileSync(path.join(o, 'analyst.vi.html'), 'utf8');
    expect(vietnamese).toContain('Kết quả số 1');
    expect(vietnamese).not.toContain(en.results[0].text.slice(0, 40));
  });

  it('extract then build --reviews rebuilds from corrected Reviews (human corrections win)', () => {
    const reviews = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-reviews-'));
    expect(runCli(['extract', 'input', '-o', reviews, '-q']).status).toBe(0);
    const file = path.join(reviews, '001_84b9fce1764ddb48.review.json');
    const review = JSON.parse(fs.readFileSync(file, 'utf8')) as { conference: { chair: unknown } };
    review.conference.chair = { name: 'Tran Corrected Name', title: 'Chairman' };
    fs.writeFileSync(file, JSON.stringify(review));
    const o = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-rebuilt-'));
    const r = runCli(['build', '--reviews', reviews, '-o', o, '--format', 'html', '--audience', 'analyst', '-q']);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(o, 'analyst.html'), 'utf8')).toContain('Tran Corrected Name');
  });
});

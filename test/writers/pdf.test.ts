/** PDF writer: text copies back exactly, tables page with repeated headers, TOC, furniture, metadata, determinism. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { irDocumentArb } from '../helpers/ir-arbitrary.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cell, heading, link, list, pageBreak, paragraph, row, section, table, text, } from '../../src/model/builders.js';
import type { BriefDocument, Row, Section } from '../../src/model/ir.js';
import { DocumentSchema, IR_SCHEMA_ID } from '../../src/model/ir.js';
import { renderPdf } from '../../src/render/writers/pdf.js';
import { sampleDocument } from '../fixtures/ir/sample-document.js';
import { collapse, pdfLayout, pdfPages } from '../helpers/pdf-text.js';

const VIETNAMESE = ['Quảng Trị', 'Đắk Lắk', 'Thừa Thiên Huế'];

/** Whether `tool` can be run (poppler-utils, qpdf). */
function hasTool(tool: string): boolean {
  return spawnSync(tool, ['-v'], { stdio: 'ignore' }).error === undefined;
}

/** A document with the sample's metadata and page setup and the given sections. */
function docWith(sections: Section[], extra: Partial<BriefDocument> = {}): BriefDocument {
  return { ...sampleDocument(), sections, footnotes: [], ...extra };
}

const longCell = (r: number, c: number) =>
  `Row ${r} column ${c}: Quảng Trị review ${'with a fairly long sentence that wraps '.repeat(1 + ((r + c) % 4))}end of cell ${r}/${c}.`;

/** 63 body rows of 5 long cells in a landscape section. */
function longTableDoc(): BriefDocument {
  const header = row(['Province', 'Results', 'Shortcomings', 'Tasks', 'Notes'].map((h) => cell([paragraph([text(h)])])));
  const body = Array.from({ length: 63 }, (_, r) => row(Array.from({ length: 5 }, (_, c) => cell([paragraph([text(longCell(r, c))])]))));
  return docWith([section('landscape', [heading(1, 'h-long', [text('Long table')]), table([header], body, [1, 2, 2, 2, 1], 'Long')])]);
}

let workDir = '';
const samplePdf: { bytes: Uint8Array; pages: string[] } = { bytes: new Uint8Array(), pages: [] };

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'pdf-writer-'));
  samplePdf.bytes = await renderPdf(sampleDocument());
  samplePdf.pages = await pdfPages(samplePdf.bytes);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Writes `bytes` to a file in the test's temporary directory. */
function saved(name: string, bytes: Uint8Array): string {
  const path = join(workDir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('renderPdf: the sample document', () => {
  it('starts like a PDF and copies the Vietnamese names back letter for letter (pdf.js)', () => {
    expect(Buffer.from(samplePdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const all = samplePdf.pages.join('\n');
    for (const name of VIETNAMESE) expect(all).toContain(name.normalize('NFC'));
    expect(all).toContain('Đắk Lắk and Thừa Thiên Huế must copy back letter for letter.');
  });

  it.runIf(hasTool('pdftotext'))('copies the Vietnamese names back letter for letter (pdftotext)', () => {
    const out = execFileSync('pdftotext', ['-enc', 'UTF-8', saved('sample.pdf', samplePdf.bytes), '-'], { encoding: 'utf8' });
    for (const name of VIETNAMESE) expect(out).toContain(name);
  });

  it('prints the running header and "Page X of N" on every page', () => {
    const n = samplePdf.pages.length;
    samplePdf.pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${n}`);
      expect(page).toContain('Analyst brief: Quảng Trị, Đắk Lắk, Thừa Thiên Huế');
    });
  });

  it('lists the headings up to maxLevel in the TOC with the pages they are on', () => {
    const first = samplePdf.pages[0] ?? '';
    const entries: [string, number][] = [];
    for (const title of ['Provincial review conferences', 'Quảng Trị', 'After a page break', 'Side by side']) {
      const match = new RegExp(`^${title} (\\d+)$`, 'm').exec(first);
      expect(match, title).not.toBeNull();
      entries.push([title, Number(match?.[1])]);
    }
    expect(first).not.toMatch(/^Figures \d+$/m);
    for (const [title, page] of entries) expect(samplePdf.pages[page - 1]).toContain(title);
    expect(entries.map(([, p]) => p)).toEqual([1, 1, 2, 3]);
  });

  it('makes links clickable: the URL, the footnote reference and the TOC entries', async () => {
    const pdf = await getDocument({ data: new Uint8Array(samplePdf.bytes), verbosity: 0 }).promise;
    const annotations = await (await pdf.getPage(1)).getAnnotations();
    expect(annotations.map((a: { url?: string }) => a.url)).toContain('https://example.org/a?b=1&c=2');
    const dests = annotations.map((a: { dest?: unknown }) => a.dest).filter((d: unknown) => typeof d === 'string');
    expect(dests).toEqual(expect.arrayContaining(['h-title', 'h-quang-tri', 'h-after-break', 'h-matrix', 'brief-fn-1']));
    const named = await pdf.getDestinations();
    expect(Object.keys(named)).toEqual(expect.arrayContaining(['h-title', 'h-quang-tri', 'h-figures', 'h-after-break', 'h-matrix', 'brief-fn-1']));
    await pdf.destroy();
  });

  it('has a bookmark per heading, nested by level', async () => {
    const pdf = await getDocument({ data: new Uint8Array(samplePdf.bytes), verbosity: 0 }).promise;
    type Item = { title: string; items: Item[] };
    const outline = ((await pdf.getOutline()) ?? []) as Item[];
    const shape = (items: Item[]): unknown => items.map((i) => [i.title, shape(i.items)]);
    expect(shape(outline)).toEqual([
      ['Provincial review conferences', [['Quảng Trị', [['Figures', []]]], ['After a page break', []], ['Side by side', []]]],
      ['Notes', []],
    ]);
    await pdf.destroy();
  });

  it('prints the footnote reference as a number and its body under "Notes" at the end', () => {
    const last = samplePdf.pages[samplePdf.pages.length - 1] ?? '';
    expect(last).toMatch(/Notes\n1\. ?Báo Quảng Trị, 26 January 2024, baoquangtri\.vn/);
    expect(samplePdf.pages[0]).toContain('individuals commended.1');
  });

  it('draws the chart labels, values, title and unit', () => {
    const first = samplePdf.pages[0] ?? '';
    expect(first).toContain('Commendations by province (awards)');
    expect(first).toMatch(/Quảng Trị 46/);
    expect(first).toMatch(/Quảng Nam 8/);
    expect(first).toMatch(/Bình Thuận 0/);
  });

  it('is deterministic: two renders give identical bytes', async () => {
    const again = await renderPdf(sampleDocument());
    expect(Buffer.compare(Buffer.from(again), Buffer.from(samplePdf.bytes))).toBe(0);
    const tagged = [await renderPdf(sampleDocument(), { tagged: true, pdfA: true }), await renderPdf(sampleDocument(), { tagged: true, pdfA: true })];
    expect(Buffer.compare(Buffer.from(tagged[0] ?? []), Buffer.from(tagged[1] ?? []))).toBe(0);
  });

  it('fills the info dictionary from meta (dates from meta.date, language)', async () => {
    const pdf = await getDocument({ data: new Uint8Array(samplePdf.bytes), verbosity: 0 }).promise;
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
    expect(info).toMatchObject({
      Title: 'Provincial review conferences: analyst brief',
      Author: 'provincial-briefs',
      Subject: 'Defence and security reviews, 2023',
      Keywords: 'defence, security, Quảng Trị',
      CreationDate: 'D:20231114221320Z',
      ModDate: 'D:20231114221320Z',
      Language: 'en',
    });
    await pdf.destroy();
  });

  it.runIf(hasTool('qpdf'))('passes qpdf --check', () => {
    const path = saved('check.pdf', samplePdf.bytes);
    const result = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it.runIf(hasTool('pdffonts'))('embeds every font (DejaVu Sans faces only)', () => {
    const out = execFileSync('pdffonts', [saved('fonts.pdf', samplePdf.bytes)], { encoding: 'utf8' });
    const rows = out.split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const line of rows) {
      expect(line).toMatch(/^[A-Z]{6}\+DejaVuSans/);
      expect(line).toMatch(/ yes yes yes /);
    }
  });
});

describe('renderPdf: tables', () => {
  it('repeats the header row on every page of a long landscape table and loses no cell text', async () => {
    const bytes = await renderPdf(longTableDoc());
    const pages = await pdfPages(bytes);
    const layout = await pdfLayout(bytes);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of layout) expect(page.width).toBeGreaterThan(page.height);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toMatch(/Province Results Shortcomings Tasks Notes/);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const all = collapse(pages.join('\n'));
    for (let r = 0; r < 63; r += 1) for (let c = 0; c < 5; c += 1) expect(all).toContain(collapse(longCell(r, c)));
  });

  it('keeps every text item inside the page', async () => {
    const layout = await pdfLayout(await renderPdf(longTableDoc()));
    for (const page of layout) {
      for (const item of page.items) {
        expect(item.x).toBeGreaterThanOrEqual(0);
        expect(item.x + item.width).toBeLessThanOrEqual(page.width + 0.5);
        expect(item.y).toBeGreaterThan(0);
        expect(item.y).toBeLessThan(page.height);
      }
    }
  });

  it('splits a cell taller than a page across pages, line by line, losing nothing', async () => {
    const words = Array.from({ length: 2500 }, (_, i) => `w${i}`);
    const tall = table(
      [row([cell([paragraph([text('Head A')])]), cell([paragraph([text('Head B')])])])],
      [row([cell([paragraph([text(words.join(' '))])]), cell([paragraph([text('short')])])]), row([cell([paragraph([text('after')])], 2)])],
    );
    const pages = await pdfPages(await renderPdf(docWith([section('portrait', [tall])])));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Head A');
    const found = collapse(pages.join(' ')).split(' ').filter((w) => /^w\d+$/.test(w));
    expect(found).toEqual(words);
    expect(pages.join('\n')).toContain('after');
  });

  it('starts a tall row under text that leaves room, and moves a short row on whole', async () => {
    const filler = (n: number) => paragraph([text(Array.from({ length: n }, (_, i) => `filler${i}`).join(' '))]);
    const cellWords = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const oneRow = (words: string[]) => table([row([cell([paragraph([text('Head')])])])], [row([cell([paragraph([text(words.join(' '))])])])]);
    // Half a page of text, then a row of about two thirds of a page: it starts on page 1 and ends on page 2.
    const tallWords = cellWords('tall', 700);
    const tall = await pdfPages(await renderPdf(docWith([section('portrait', [filler(400), oneRow(tallWords)])])));
    expect(tall).toHaveLength(2);
    expect(tall[0]).toContain('tall0');
    expect(collapse(tall.join(' ')).split(' ').filter((w) => /^tall\d+$/.test(w))).toEqual(tallWords);
    // Most of a page of text, then a short row that does not fit below it: the row is whole on page 2.
    const shortWords = cellWords('short', 60);
    const short = await pdfPages(await renderPdf(docWith([section('portrait', [filler(650), oneRow(shortWords)])])));
    expect(short).toHaveLength(2);
    expect(short[0]).not.toContain('short0');
    expect(short[1]).toContain('short0');
    expect(short[1]).toContain('short59');
  });

  it('supports colspan and rows with fewer cells than columns', async () => {
    const t = table(
      [row([cell([paragraph([text('A')])]), cell([paragraph([text('B')])]), cell([paragraph([text('C')])])])],
      [row([cell([paragraph([text('spans two')])], 2), cell([list(true, [[text('one')], [text('two')]])])]), row([cell([paragraph([text('alone')])])])],
      [1, 1, 1],
    );
    const [page] = await pdfPages(await renderPdf(docWith([section('portrait', [t])])));
    expect(page).toMatch(/A B C/);
    expect(page).toMatch(/spans two 1\. ?one/);
    expect(page).toContain('alone');
  });

  it('renders a 16 x 64 table in well under a second', async () => {
    const wide = table(
      [row(Array.from({ length: 64 }, (_, c) => cell([paragraph([text(`H${c}`)])])))],
      Array.from({ length: 16 }, (_, r) => row(Array.from({ length: 64 }, (_, c) => cell([paragraph([text(`r${r}c${c} ${r * c}`)])])))),
    );
    const doc = docWith([section('landscape', [wide])]);
    // CPU time, not wall time: the test machine may be busy with other work.
    const timings: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const start = process.cpuUsage();
      await renderPdf(doc);
      const used = process.cpuUsage(start);
      timings.push((used.user + used.system) / 1000);
    }
    expect(Math.min(...timings)).toBeLessThan(1000);
  });
});

describe('renderPdf: pages', () => {
  it('leaves no empty page: a page break before a section start, or at the very end, adds nothing', async () => {
    const doc = docWith([
      section('portrait', [pageBreak(), paragraph([text('First page')]), pageBreak()]),
      section('landscape', [pageBreak(), paragraph([text('Second page')]), pageBreak(), pageBreak()]),
      section('portrait', []),
    ]);
    const bytes = await renderPdf(doc);
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('First page');
    expect(pages[1]).toContain('Second page');
    const [first, second] = await pdfLayout(bytes);
    expect(first && first.height > first.width).toBe(true);
    expect(second && second.width > second.height).toBe(true);
  });

  it('uses Letter size and the margins of doc.page', async () => {
    const doc = docWith([section('portrait', [paragraph([text('Letter page')])])], {
      page: { size: 'Letter', orientation: 'portrait', margins: { top: 30, right: 25, bottom: 30, left: 40 } },
      header: null,
    });
    const [page] = await pdfLayout(await renderPdf(doc));
    expect(page?.width).toBeCloseTo(612, 0);
    expect(page?.height).toBeCloseTo(792, 0);
    const body = page?.items.find((i) => i.str.includes('Letter page'));
    expect(body?.x).toBeCloseTo((40 * 72) / 25.4, 0);
  });

  it('prints decomposed (NFD) input as NFC text, and characters the font lacks as U+FFFD', async () => {
    const nfd = VIETNAMESE.map((n) => n.normalize('NFD')).join(', ');
    const doc = docWith([section('portrait', [paragraph([text(nfd)]), paragraph([text('a\u{1D400}b\u0000c')])])]);
    const [page] = await pdfPages(await renderPdf(doc));
    expect(page).toContain(VIETNAMESE.join(', '));
    expect(page).toContain('a\ufffdbc');
  });

  it('prints markup-looking text literally', async () => {
    const doc = docWith([section('portrait', [paragraph([text('<script>alert(1)</script> and {{x}} and {page}')])])], {
      meta: { ...sampleDocument().meta, title: 'A <b>&amp;</b> title' },
      footer: 'p. {page}/{pages} {{x}}',
    });
    const bytes = await renderPdf(doc, { pdfA: true });
    const [page] = await pdfPages(bytes);
    expect(page).toContain('<script>alert(1)</script> and {{x}} and {page}');
    expect(page).toContain('p. 1/1 {{x}}');
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const { info, metadata } = (await pdf.getMetadata()) as unknown as { info: { Title: string }; metadata: { get(k: string): unknown } | null };
    expect(info.Title).toBe('A <b>&amp;</b> title');
    expect(metadata?.get('dc:title')).toBe('A <b>&amp;</b> title');
    await pdf.destroy();
  });
});

describe('renderPdf: options', () => {
  it('pdfA: identifies as PDF/A-2b in the XMP and keeps every font embedded', async () => {
    const bytes = await renderPdf(sampleDocument(), { pdfA: true });
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toContain('/OutputIntents');
    if (hasTool('pdffonts')) {
      const out = execFileSync('pdffonts', [saved('pdfa.pdf', bytes)], { encoding: 'utf8' });
      for (const line of out.split('\n').slice(2).filter((l) => l.trim() !== '')) expect(line).toMatch(/ yes yes yes /);
    }
  });

  it('tagged: marks the document and builds a structure tree with headings and paragraphs', async () => {
    const bytes = await renderPdf(sampleDocument(), { tagged: true });
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    type Node = { role?: string; children?: Node[] };
    const roles = new Set<string>();
    const walk = (n: Node | null) => {
      if (n === null) return;
      if (n.role !== undefined) roles.add(n.role);
      n.children?.forEach(walk);
    };
    for (let p = 1; p <= pdf.numPages; p += 1) walk((await (await pdf.getPage(p)).getStructTree()) as Node | null);
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'TOC', 'TOCI', 'Figure']) expect(roles).toContain(role);
    const pages = await pdfPages(bytes);
    for (const name of VIETNAMESE) expect(pages.join('\n')).toContain(name);
    await pdf.destroy();
    if (hasTool('qpdf')) expect(spawnSync('qpdf', ['--check', saved('tagged.pdf', bytes)]).status).toBe(0);
  });
});

describe('renderPdf: generated documents', () => {
  const docArb = irDocumentArb({
    texts: ['Quảng Trị', 'Đắk Lắk', 'Thừa Thiên Huế', '', ' ', '\n\t', 'x'.repeat(300), '<b>{{x}}</b>'],
    hrefs: ['https://example.org/x', '', 'javascript:alert(1)', 'mailto:a@b.c'],
    idMaxLength: 8,
    bodyRowsMax: 8,
    margin: fc.integer({ min: 0, max: 40 }),
    variedMeta: false,
  });

  it('never throws, always yields a readable PDF, and keeps all text on its page', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, fc.boolean(), async (doc, tagged) => {
        DocumentSchema.parse(doc);
        const bytes = await renderPdf(doc, { tagged, pdfA: tagged });
        const layout = await pdfLayout(bytes);
        expect(layout.length).toBeGreaterThan(0);
        for (const page of layout) {
          for (const item of page.items) {
            expect(item.x, item.str).toBeGreaterThanOrEqual(-0.5);
            expect(item.x + item.width, item.str).toBeLessThanOrEqual(page.width + 0.5);
            expect(item.y, item.str).toBeGreaterThan(0);
            expect(item.y, item.str).toBeLessThan(page.height);
          }
        }
      }),
      { numRuns: 25, endOnFailure: true },
    );
  });
});

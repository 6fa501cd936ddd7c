/** DOCX writer: styles, TOC, tables, sections, footnotes, furniture, metadata, escaping, determinism, robustness. */
import { createHash } from 'node:crypto';
import { Packer } from 'docx';
import fc from 'fast-check';
import { irDocumentArb } from '../helpers/ir-arbitrary.js';
import JSZip from 'jszip';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  barChart, cell, footnoteRef, heading, link, list, pageBreak, paragraph, row, section, table, text, toc,
} from '../../src/model/builders.js';
import type { BriefDocument, Section } from '../../src/model/ir.js';
import { renderDocx } from '../../src/render/writers/docx.js';
import { writePackage } from '../../src/render/writers/docx/package.js';
import { zipFiles } from '../../src/render/writers/docx/zip.js';
import { sampleDocument } from '../fixtures/ir/sample-document.js';
import { xmlText } from '../helpers/docx-text.js';

const VIETNAMESE = ['Quảng Trị', 'Đắk Lắk', 'Thừa Thiên Huế'];

/** A document with the sample's metadata and page setup and the given sections. */
function docWith(sections: Section[], extra: Partial<BriefDocument> = {}): BriefDocument {
  return { ...sampleDocument(), sections, footnotes: [], ...extra };
}

/** Every XML part of a .docx, by name. */
async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) out[name] = await zip.file(name)!.async('string');
  }
  return out;
}

/** The `<w:p>` elements of a part. */
function paragraphsOf(xml: string): string[] {
  return xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
}

/** The grid column widths of each table, in document order. */
function gridsOf(xml: string): number[][] {
  return [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])));
}

/** The first `<w:tr>` of each table. */
function firstRowsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>.*?(<w:tr>.*?<\/w:tr>)/g)].map((m) => m[1]!);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Checks an XML part is well formed: balanced tags, only entity-escaped `&` and `<`, no characters XML forbids.
 * A crude tokenizer, enough for the machine-written XML of a .docx.
 */
function expectWellFormed(xml: string, name: string): void {
  expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml), `${name}: forbidden character`).toBe(false);
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  for (const token of body.split(/(<[^<>]*>)/)) {
    if (token.startsWith('<')) {
      expect(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(token), `${name}: raw & in ${token}`).toBe(false);
      const name0 = /^<\/?([^\s/>]+)/.exec(token)?.[1] ?? '';
      if (token.startsWith('</')) expect(stack.pop(), `${name}: unbalanced ${token}`).toBe(name0);
      else if (!token.endsWith('/>')) stack.push(name0);
    } else {
      expect(/[<>]|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(token.replace(/>/g, '')), `${name}: raw markup in text`).toBe(false);
    }
  }
  expect(stack, `${name}: unclosed elements`).toEqual([]);
}

const sample: { bytes: Uint8Array; xml: Record<string, string> } = { bytes: new Uint8Array(), xml: {} };

beforeAll(async () => {
  sample.bytes = await renderDocx(sampleDocument());
  sample.xml = await parts(sample.bytes);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('renderDocx: the sample document', () => {
  it('is a zip whose parts are all well-formed XML', () => {
    expect(Buffer.from(sample.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    for (const [name, xml] of Object.entries(sample.xml)) expectWellFormed(xml, name);
  });

  it('gives headings the Heading 1-3 styles, each inside a bookmark named from its id', () => {
    const paragraphs = paragraphsOf(sample.xml['word/document.xml']!);
    const styled = (style: string) => paragraphs.filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`)).map((p) => xmlText(p).trim());
    expect(styled('Heading1')).toEqual(['Provincial review conferences']);
    expect(styled('Heading2')).toEqual(['Quảng Trị', 'After a page break', 'Side by side']);
    expect(styled('Heading3')).toEqual(['Figures']);
    const quangTri = paragraphs.find((p) => p.includes('Heading2') && p.includes('Quảng Trị'))!;
    expect(quangTri).toMatch(/<w:bookmarkStart w:name="h_quang_tri" w:id="\d+"\/>.*Quảng Trị.*<w:bookmarkEnd w:id="\d+"\/>/);
  });

  it('writes paragraphs in named styles: body text in Normal, no run-level font or size', () => {
    const doc = sample.xml['word/document.xml']!;
    expect(doc).toContain('<w:pStyle w:val="Lead"/>');
    expect(doc).toContain('<w:pStyle w:val="Caption"/>');
    expect(doc).not.toMatch(/<w:rFonts|<w:sz /);
    const styles = sample.xml['word/styles.xml']!;
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Caption', 'Note', 'TableText', 'TableHeading', 'ListBullet', 'TableBullet', 'TableHeadingBullet', 'FootnoteText', 'TOC1', 'TOC2', 'BriefTable']) {
      expect(styles, id).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="BriefTable">/);
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans"/);
    expect(styles).toContain('<w:lang w:val="en-US"/>');
    expect(sample.xml['word/fontTable.xml']).toContain('<w:font w:name="DejaVu Sans"><w:altName w:val="Verdana"/>');
  });

  it('fills the table of contents: a TOC field whose cached entries are the headings, linked to their bookmarks', () => {
    const doc = sample.xml['word/document.xml']!;
    expect(doc).toContain('<w:instrText xml:space="preserve"> TOC \\o &quot;1-2&quot; \\h \\z \\u </w:instrText>');
    const entries = paragraphsOf(doc).filter((p) => /<w:pStyle w:val="TOC\d"\/>/.test(p));
    expect(entries.map((p) => xmlText(p).trim())).toEqual(['Provincial review conferences', 'Quảng Trị', 'After a page break', 'Side by side']);
    expect(entries.map((p) => /w:anchor="([^"]+)"/.exec(p)?.[1])).toEqual(['h_title', 'h_quang_tri', 'h_after_break', 'h_matrix']);
    expect(entries[0]).toMatch(/fldCharType="begin".*fldCharType="separate"/);
    expect(entries.at(-1)).toContain('w:fldCharType="end"');
    for (const anchor of ['h_title', 'h_quang_tri', 'h_after_break', 'h_matrix']) expect(doc).toContain(`<w:bookmarkStart w:name="${anchor}"`);
    expect(sample.xml['word/settings.xml']).toContain('<w:updateFields/>');
  });

  it('marks header rows repeated, lets rows split, and gives DXA widths that fill the text width', () => {
    const doc = sample.xml['word/document.xml']!;
    const [first, second] = firstRowsOf(doc);
    expect(first).toContain('<w:tblHeader/>');
    expect(second).toContain('<w:tblHeader/>');
    expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(doc).not.toMatch(/<w:cantSplit\/>|<w:cantSplit w:val="(?:on|true|1)"\/>/);
    expect(first).toContain('<w:shd w:fill="DCE3EE"');
    // A4 less 18 mm margins: 11906 - 2 * 1020 twips portrait, 16838 - 2 * 1020 landscape.
    const [key, matrix] = gridsOf(doc);
    expect(key).toEqual([7399, 2467]);
    expect(matrix!.reduce((a, b) => a + b, 0)).toBe(14798);
    expect(matrix!.length).toBe(7);
    expect(matrix![0]!).toBeGreaterThan(matrix![1]!);
    expect(doc).toContain('<w:tblW w:type="dxa" w:w="9866"/>');
    expect(doc).toMatch(/<w:tcW w:type="dxa" w:w="9866"\/><w:gridSpan w:val="2"\/>/);
    expect(doc).not.toMatch(/w:type="pct"/);
  });

  it('writes one section per IR section, the landscape one with swapped width and height', () => {
    const sects = sample.xml['word/document.xml']!.match(/<w:sectPr>.*?<\/w:sectPr>/g)!;
    expect(sects).toHaveLength(2);
    expect(sects[0]).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(sects[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(sects[0]).toContain('<w:pgMar w:top="1134" w:right="1020" w:bottom="1134" w:left="1020"');
  });

  it('shares one header and one footer, the footer with PAGE and NUMPAGES fields', () => {
    expect(Object.keys(sample.xml).filter((n) => /^word\/(header|footer)\d+\.xml$/.test(n)).sort()).toEqual(['word/footer1.xml', 'word/header1.xml']);
    expect(xmlText(sample.xml['word/header1.xml']!).trim()).toBe('Analyst brief: Quảng Trị, Đắk Lắk, Thừa Thiên Huế');
    const footer = sample.xml['word/footer1.xml']!;
    expect(footer).toMatch(/Page <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.* of <\/w:t>.*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });

  it('puts footnote bodies in word/footnotes.xml, referenced from the text', () => {
    expect(sample.xml['word/document.xml']).toContain('<w:footnoteReference w:id="1"/>');
    const footnotes = sample.xml['word/footnotes.xml']!;
    expect(footnotes).toMatch(/<w:footnote w:id="1">.*Báo Quảng Trị, 26 January 2024, .*baoquangtri\.vn/);
    expect(footnotes).toContain('<w:pStyle w:val="FootnoteText"/>');
    const rels = sample.xml['word/_rels/footnotes.xml.rels']!;
    expect(rels).toMatch(/Id="rIdR1"[^>]*Target="https:\/\/baoquangtri\.vn\/x" TargetMode="External"/);
  });

  it('links outward with escaped addresses and numbers each ordered list on its own', () => {
    const doc = sample.xml['word/document.xml']!;
    expect(sample.xml['word/_rels/document.xml.rels']).toContain('Target="https://example.org/a?b=1&amp;c=2" TargetMode="External"');
    expect(doc).toMatch(/<w:hyperlink w:history="1" r:id="rIdR\d+"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/>/);
    const ordered = paragraphsOf(doc).filter((p) => /First task|Second task/.test(xmlText(p)));
    expect(ordered).toHaveLength(2);
    const [first, second] = ordered.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1]);
    expect(first).toMatch(/^\d+$/);
    expect(second).toBe(first);
  });

  it('bullets each bulleted item through its paragraph style, each bullet style in a list of its own', () => {
    const doc = sample.xml['word/document.xml']!;
    const styleOf = (p: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
    const drills = paragraphsOf(doc).find((p) => xmlText(p).includes('Defence drills in Vĩnh Linh'))!;
    expect(styleOf(drills)).toBe('ListBullet');
    expect(drills).not.toContain('<w:numPr>');
    const inCells = paragraphsOf(doc).filter((p) => / item \d+ for /.test(xmlText(p)));
    expect(inCells.length).toBeGreaterThan(2);
    for (const p of inCells) expect([styleOf(p), p.includes('<w:numPr>')]).toEqual(['TableBullet', false]);

    const styles = sample.xml['word/styles.xml']!;
    const numbering = sample.xml['word/numbering.xml']!;
    const numIds = ['ListBullet', 'TableBullet', 'TableHeadingBullet'].map((id) => {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`).exec(styles)?.[0] ?? '';
      return /<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(style)?.[1];
    });
    expect(new Set(numIds).size).toBe(3);
    for (const numId of numIds) {
      const abstractId = new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1];
      const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[^>]*>.*?</w:abstractNum>`).exec(numbering)?.[0];
      expect(abstract).toContain('<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>');
    }
  });

  it('draws the bar chart as a native chart, with its title as a caption', () => {
    expect(sample.xml['word/charts/chart1.xml']).toContain('<c:barDir val="bar"/>');
    const doc = sample.xml['word/document.xml']!;
    expect(xmlText(doc)).toContain('Commendations by province (awards)');
    expect(doc).toMatch(/<wp:docPr id="1" name="Commendations by province \(awards\)" descr="Bar chart\. awards: Quảng Trị 46/);
  });

  it('copies the Vietnamese names letter for letter', () => {
    const all = xmlText(sample.xml['word/document.xml']!);
    for (const name of VIETNAMESE) expect(all).toContain(name);
    expect(all).toContain('Đắk Lắk and Thừa Thiên Huế must copy back letter for letter.');
  });

  it('writes title, subject, keywords, author, language and the document date into core.xml', () => {
    const core = sample.xml['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Provincial review conferences: analyst brief</dc:title>');
    expect(core).toContain('<dc:subject>Defence and security reviews, 2023</dc:subject>');
    expect(core).toContain('<cp:keywords>defence, security, Quảng Trị</cp:keywords>');
    expect(core).toContain('<dc:creator>provincial-briefs</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>provincial-briefs</cp:lastModifiedBy>');
    expect(core).toContain('<dc:language>en</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:modified>');
  });
});

describe('renderDocx: determinism', () => {
  it('gives identical bytes for the same IR whatever the clock says, with every zip entry at the document date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
    const first = await renderDocx(sampleDocument());
    vi.setSystemTime(new Date('2039-12-31T23:59:58Z'));
    const second = await renderDocx(sampleDocument());
    vi.useRealTimers();
    expect(sha256(second)).toBe(sha256(first));
    expect(sha256(first)).toBe(sha256(sample.bytes));
    const zip = await JSZip.loadAsync(first);
    const names = Object.keys(zip.files);
    expect(names.slice(0, 2)).toEqual(['[Content_Types].xml', '_rels/.rels']);
    for (const name of names) expect(zip.files[name]!.date.toISOString(), name).toBe('2023-11-14T22:13:20.000Z');
    const workbook = await JSZip.loadAsync(await zip.file('word/embeddings/Microsoft_Excel_Worksheet1.xlsx')!.async('uint8array'));
    for (const entry of Object.values(workbook.files)) expect(entry.date.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('leaves no random relationship ids', async () => {
    for (const [name, xml] of Object.entries(sample.xml)) {
      if (!name.endsWith('.rels')) continue;
      for (const m of xml.matchAll(/\bId="([^"]+)"/g)) expect(m[1], name).toMatch(/^rId(?:R?\d+)$/);
    }
  });
});

describe('renderDocx: escaping and fragments', () => {
  const nasty = `<script>alert("x")</script> & "quotes" 'single' {{x}} {{{y}}}`;

  it('writes markup-like text as literal text, intact', async () => {
    const doc = docWith([section('portrait', [
      heading(2, 'h-nasty', [text(nasty)]),
      toc(nasty, 3),
      paragraph([text(nasty, ['bold']), link(`https://example.org/?q=<x>&y="1"`, [text(nasty)])]),
      table([row([cell([paragraph([text(nasty)])])])], [], null, nasty),
    ])], { header: nasty, footer: `${nasty} {page}`, meta: { ...sampleDocument().meta, title: nasty, keywords: [nasty] } });
    const xml = await parts(await renderDocx(doc));
    for (const [name, part] of Object.entries(xml)) expectWellFormed(part, name);
    const body = xml['word/document.xml']!;
    expect(body).not.toContain('<script>');
    expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;');
    const lines = xmlText(body).split('\n').map((l) => l.trim());
    expect(lines.filter((l) => l === nasty).length).toBeGreaterThanOrEqual(4);
    expect(lines).toContain(nasty + nasty);
    expect(xmlText(xml['word/header1.xml']!).trim()).toBe(nasty);
    expect(xml['docProps/core.xml']).toContain('<dc:title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(xml['word/_rels/document.xml.rels']).toContain('Target="https://example.org/?q=&lt;x&gt;&amp;y=&quot;1&quot;"');
  });

  it('sizes Letter landscape tables from the Letter page and the margins, and equal widths when none are given', async () => {
    const doc = docWith([section('landscape', [table([], [row([cell([]), cell([]), cell([])])])])], {
      page: { size: 'Letter', orientation: 'portrait', margins: { top: 25.4, right: 25.4, bottom: 25.4, left: 25.4 } },
    });
    const body = (await parts(await renderDocx(doc)))['word/document.xml']!;
    expect(body).toContain('<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/>');
    expect(gridsOf(body)).toEqual([[4320, 4320, 4320]]);
    expect(body).not.toContain('<w:tblHeader/>');
  });

  it('pads short rows to the grid and keeps cells that hold lists', async () => {
    const doc = docWith([section('portrait', [
      table([row([cell([paragraph([text('A')])], 3)])], [row([cell([list(true, [[text('one')], [text('two')]])])])], [1, 1, 2]),
    ])]);
    const body = (await parts(await renderDocx(doc)))['word/document.xml']!;
    const rows = body.match(/<w:tr>.*?<\/w:tr>/g)!;
    expect(rows[0]!.match(/<w:tc>/g)).toHaveLength(1);
    expect(rows[0]).toContain('<w:gridSpan w:val="3"/>');
    expect(rows[1]!.match(/<w:tc>/g)).toHaveLength(3);
    expect(rows[1]).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>.*one/);
  });

  it('restarts the numbering of every ordered list', async () => {
    const doc = docWith([section('portrait', [list(true, [[text('a')], [text('b')]]), paragraph([text('between')]), list(true, [[text('c')]])])]);
    const xml = await parts(await renderDocx(doc));
    const ids = [...xml['word/document.xml']!.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]!);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
    for (const id of new Set(ids)) {
      expect(xml['word/numbering.xml']).toMatch(new RegExp(`<w:num w:numId="${id}">.*?<w:startOverride w:val="1"/>.*?</w:num>`));
    }
  });

  it('turns a page break into a break before the next paragraph, and drops one that ends a section', async () => {
    const doc = docWith([
      section('portrait', [paragraph([text('one')]), pageBreak(), paragraph([text('two')]), pageBreak()]),
      section('portrait', [paragraph([text('three')])]),
    ]);
    const body = (await parts(await renderDocx(doc)))['word/document.xml']!;
    const two = paragraphsOf(body).find((p) => xmlText(p).includes('two'))!;
    expect(two).toContain('<w:pageBreakBefore/>');
    expect(body.match(/<w:pageBreakBefore\/>|<w:br w:type="page"\/>/g)).toHaveLength(1);
  });

  it('links to a heading named in an `#id` link, and names long or non-ASCII ids within 40 characters', async () => {
    const longId = 'Hội nghị tổng kết công tác quốc phòng an ninh năm 2023 tỉnh Quảng Trị';
    const doc = docWith([section('portrait', [
      paragraph([link(`#${longId}`, [text('see below')])]),
      heading(2, longId, [text('Target')]),
      heading(2, 'h-x', [text('one')]),
      heading(2, 'h_x', [text('two')]),
    ])]);
    const body = (await parts(await renderDocx(doc)))['word/document.xml']!;
    const names = [...body.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]!);
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
    expect(body).toContain(`<w:hyperlink w:history="1" w:anchor="${names[0]}">`);
  });

  it('keeps a footnote reference without a footnote as a plain superscript number', async () => {
    const doc = docWith([section('portrait', [paragraph([text('x'), footnoteRef(3)])])]);
    const body = (await parts(await renderDocx(doc)))['word/document.xml']!;
    expect(body).not.toContain('<w:footnoteReference');
    expect(body).toMatch(/<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">3<\/w:t>/);
  });

  it('keeps a chart of many bars within the height of a landscape page', async () => {
    const bars = Array.from({ length: 40 }, (_, i) => ({ label: `${VIETNAMESE[i % 3]} ${i}`, value: i - 5 }));
    const body = (await parts(await renderDocx(docWith([section('landscape', [barChart('Many', 'cases', bars)])]))))['word/document.xml']!;
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(body)!.map(Number);
    // A4 landscape less 20 mm top and bottom margins is 9638 twips, 643 px of 9525 EMU each.
    expect(cy).toBeLessThanOrEqual(643 * 9525);
    expect(cx).toBeLessThanOrEqual(14798 * 635);
  });

  it('renders an empty document and a chart without bars', async () => {
    const empty = await renderDocx(docWith([], { header: null, footer: null }));
    expect((await parts(empty))['word/document.xml']).toContain('<w:sectPr>');
    const noBars = await parts(await renderDocx(docWith([section('portrait', [barChart('Nothing', null, [])])])));
    expect(xmlText(noBars['word/document.xml']!)).toContain('Nothing');
    expect(Object.keys(noBars).some((n) => n.startsWith('word/charts/'))).toBe(false);
  });
});

describe('renderDocx: generated documents', () => {
  const docArb = irDocumentArb({
    texts: [...VIETNAMESE, '', ' ', '\n\t', 'x'.repeat(300), '<b>{{x}}</b>', '\u0000\u0007\uFFFF\uD800'],
    hrefs: ['https://example.org/x?a=1&b=2', '', '#h', '#', 'javascript:alert(1)', 'mailto:a@b.c', 'not a url'],
    idMaxLength: 50,
    bodyRowsMax: 6,
    margin: fc.double({ min: -10, max: 200, noNaN: true }),
    variedMeta: true,
  });

  it('never throws, and always writes well-formed parts', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (doc) => {
        const xml = await parts(await renderDocx(doc));
        for (const [name, part] of Object.entries(xml)) expectWellFormed(part, name);
      }),
      { numRuns: 30 },
    );
  });
});

describe('renderDocx: packaging', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  /** Runs `make` with the local time zone set to `zone`. */
  function inTimeZone<T>(zone: string, make: () => T): T {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      return make();
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  }

  it("takes the parts from docx's compiler, else from Packer's zip, to the same bytes", async () => {
    const packed = vi.spyOn(Packer, 'toArrayBuffer');
    const compile = vi.spyOn(Reflect.get(Packer, 'compiler') as { compile(...args: unknown[]): unknown }, 'compile');
    try {
      expect(sha256(await renderDocx(sampleDocument()))).toBe(sha256(sample.bytes));
      expect(packed).not.toHaveBeenCalled();
      // Something else than parts by name, as another version of docx might give.
      compile.mockReturnValueOnce([['word/document.xml', 42]]);
      expect(sha256(await renderDocx(sampleDocument()))).toBe(sha256(sample.bytes));
      expect(packed).toHaveBeenCalledTimes(1);
    } finally {
      compile.mockRestore();
      packed.mockRestore();
    }
  });

  it('renames a random relationship id where a part refers to it, under any prefix bound to the relationships namespace', async () => {
    const random = 'V1StGXR8_Z5jdHi6B-myT';
    const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + `<Relationship Id="rId1" Type="t" Target="styles.xml"/><Relationship Id="${random}" Type="t" Target="https://example.org" TargetMode="External"/></Relationships>`;
    const document = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
      + ' xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
      + `<w:hyperlink rel:id="${random}"><w:r><w:t>${random}</w:t></w:r></w:hyperlink><w:p w:val="${random}"/></w:document>`;
    const input = new Map([['word/_rels/document.xml.rels', rels], ['word/document.xml', document]]);
    const xml = await parts(writePackage(input, { date: '2023-11-14T22:13:20Z', language: '' }));
    expect(xml['word/_rels/document.xml.rels']).toContain('<Relationship Id="rId1" Type="t" Target="styles.xml"/><Relationship Id="rIdR1" ');
    expect(xml['word/document.xml']).toContain(`<w:hyperlink rel:id="rIdR1"><w:r><w:t>${random}</w:t></w:r></w:hyperlink><w:p w:val="${random}"/>`);
  });

  it('zips entries in the order given, dated in UTC whatever the local time zone', async () => {
    const files = [['word/b.xml', utf8('<b/>')], ['[Content_Types].xml', utf8('<Types/>')], ['word/média/ả.bin', new Uint8Array([0, 1, 2])]] as const;
    // 02:30 on that day doesn't exist in New York, whose clocks went from 02:00 to 03:00.
    const date = new Date('2024-03-10T02:30:41Z');
    const zips = ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh'].map((zone) => inTimeZone(zone, () => zipFiles(files, date)));
    expect(new Set(zips.map(sha256)).size).toBe(1);
    const zip = await JSZip.loadAsync(zips[0]!);
    expect(Object.keys(zip.files)).toEqual(files.map(([name]) => name));
    for (const [name, data] of files) {
      expect(await zip.file(name)!.async('uint8array'), name).toEqual(data);
      expect(zip.files[name]!.date.toISOString(), name).toBe('2024-03-10T02:30:40.000Z');
    }
  });

  it('dates entries within the years a zip can say, 1980 to 2107', async () => {
    const dateIn = async (date: Date) => (await JSZip.loadAsync(zipFiles([['a.xml', utf8('<a/>')]], date))).files['a.xml']!.date.toISOString();
    expect(await dateIn(new Date('1970-01-01T00:00:00Z'))).toBe('1980-01-01T00:00:00.000Z');
    expect(await dateIn(new Date('2150-06-01T12:00:00Z'))).toBe('2107-12-31T23:59:58.000Z');
    expect(await dateIn(new Date('not a date'))).toBe('1980-01-01T00:00:00.000Z');
  });
});

/** Runs the layout passes of the PDF writer over a whole IR document and serialises the final pass to bytes. */
import PDFDocument from 'pdfkit';
import type { BriefDocument } from '../../../model/ir.js';
import { renderBlock, renderNotes } from './blocks.js';
import { collectHeadings, createMeasure, type WriterContext } from './context.js';
import { PageFlow, marginsInPoints } from './flow.js';
import { registerFonts } from './fonts.js';
import { drawFurniture } from './furniture.js';
import { Tagger } from './tagging.js';
import type { Line } from './text-layout.js';

/** Output options of the PDF writer. */
export interface PdfOptions {
  /** Write PDF/A-2b (embedded fonts, XMP identification, sRGB output intent). */
  pdfA?: boolean;
  /** Write a tagged PDF (structure tree for headings, paragraphs, lists, tables, TOC, figures). */
  tagged?: boolean;
}

/** Result of one layout pass. */
interface Pass {
  readonly pdf: PDFKit.PDFDocument;
  readonly headingPages: readonly number[];
}

/**
 * Renders `doc` to PDF bytes. With a table of contents, a first pass that places everything but draws nothing learns
 * each heading's page (the TOC keeps a fixed column for the numbers, so it takes the same room in both passes); the
 * second pass draws the document with those numbers.
 */
export async function renderPdf(doc: BriefDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  const headings = collectHeadings(doc);
  const hasToc = doc.sections.some((s) => s.children.some((b) => b.type === 'toc'));
  const lines = new Map<string, Line[]>();
  const known = hasToc ? layout(doc, options, { headings, lines, knownPages: null }, false).headingPages : null;
  return serialise(layout(doc, options, { headings, lines, knownPages: known }, true).pdf);
}

/** One complete layout of the document into a fresh PDFKit document (not yet ended); `draws: false` only places. */
function layout(ir: BriefDocument, options: PdfOptions, shared: Pick<WriterContext, 'headings' | 'lines' | 'knownPages'>, draws: boolean): Pass {
  const tagged = options.tagged === true;
  const pdf = createDocument(ir, options);
  registerFonts(pdf);
  const margins = marginsInPoints(ir.page);
  const size = ir.page.size === 'Letter' ? 'LETTER' : 'A4';
  const flow = new PageFlow(pdf, size, margins, ir.sections[0]?.orientation ?? ir.page.orientation);
  const tagger = new Tagger(pdf, tagged, draws);
  const ctx: WriterContext = {
    ...shared, ir, pdf, flow, tagger, measure: createMeasure(pdf), headingPages: [], outlineStack: [],
  };
  for (const section of ir.sections) {
    flow.startSection(section.orientation);
    section.children.forEach((block, i) => renderBlock(ctx, block, section.children[i + 1]));
  }
  renderNotes(ctx);
  flow.ensureOnePage();
  if (draws) drawFurniture(pdf, ir, margins, ctx.measure, tagger);
  tagger.finish();
  return { pdf, headingPages: ctx.headingPages };
}

/** A PDFKit document with fixed dates, metadata and no default (Helvetica) font, pages buffered for the furniture. */
function createDocument(ir: BriefDocument, options: PdfOptions): PDFKit.PDFDocument {
  const date = documentDate(ir.meta.date);
  const pdf = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    font: '',
    pdfVersion: '1.7',
    compress: true,
    displayTitle: true,
    tagged: options.tagged === true,
    ...(ir.meta.language.trim() === '' ? {} : { lang: ir.meta.language }),
    ...(options.pdfA === true ? { subset: 'PDF/A-2b' as const } : {}),
    info: {
      Title: ir.meta.title,
      Author: ir.meta.author,
      Subject: ir.meta.subject,
      Keywords: ir.meta.keywords.join(', '),
      Creator: 'provincial-briefs',
      Producer: 'provincial-briefs',
      CreationDate: date,
      ModDate: date,
    },
  });
  escapeXmpInfo(pdf, date);
  return pdf;
}

/** `meta.date` as a Date; an unparsable value falls back to the epoch (never to the clock). */
function documentDate(iso: string): Date {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `value` safe inside XML text: markup characters escaped, characters XML forbids removed. */
function xmlText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/**
 * PDFKit pastes the info strings into the XMP packet unescaped, so a title with `<` or `&` would make it invalid XML.
 * The Info dictionary is already written when the XMP is built, so the strings are swapped for escaped copies just
 * for that step; ModifyDate is added so the XMP matches the Info dictionary (PDF/A).
 */
function escapeXmpInfo(pdf: PDFKit.PDFDocument, date: Date): void {
  const endMetadata = pdf.endMetadata.bind(pdf);
  pdf.endMetadata = () => {
    const info = pdf.info;
    const escaped: PDFKit.DocumentInfo = { ...info };
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const) {
      const value = info[key];
      if (value !== undefined) escaped[key] = xmlText(value);
    }
    const stamp = `${date.toISOString().split('.')[0]}Z`;
    pdf.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${stamp}</xmp:ModifyDate>
            <xmp:MetadataDate>${stamp}</xmp:MetadataDate>
        </rdf:Description>
        `);
    pdf.info = escaped;
    try {
      endMetadata();
    } finally {
      pdf.info = info;
    }
  };
}

/** Ends the document and collects its bytes. */
function serialise(pdf: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => {
      const buffer = Buffer.concat(chunks);
      resolve(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    });
    pdf.on('error', reject);
    pdf.end();
  });
}

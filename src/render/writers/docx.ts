/** The DOCX writer: a Document IR in, the bytes of a reproducible .docx out (no file system, no clock). */
import { Document, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx';
import type { BriefDocument, Section } from '../../model/ir.js';
import { renderBlock, type BodyItem } from './docx/blocks.js';
import { createContext, type RenderContext } from './docx/context.js';
import { renderFooter, renderHeader } from './docx/header-footer.js';
import { renderInlines } from './docx/inlines.js';
import { writePackage } from './docx/package.js';
import { sectionGeometry, type SectionGeometry } from './docx/page-geometry.js';
import { packageParts } from './docx/parts.js';
import { briefNumbering, briefStyles, declareFont, STYLE, tableStyleXml } from './docx/styles.js';
import { isLanguageTag, wordLanguage, xmlSafe } from './docx/text.js';
import { renderToc, type TocSlot } from './docx/toc.js';

/**
 * Renders a brief as a .docx: named styles, a filled-in table of contents, real footnotes, native bar charts, one
 * Word section per IR section. The same document always gives the same bytes: every date is `doc.meta.date`.
 */
export async function renderDocx(doc: BriefDocument): Promise<Uint8Array> {
  const irSections: readonly Section[] = doc.sections.length > 0
    ? doc.sections
    : [{ type: 'section', orientation: doc.page.orientation, children: [] }];
  const ctx = createContext(doc, sectionGeometry(doc.page, irSections[0]!.orientation));
  const walked = irSections.map((section) => walkSection(section, ctx));
  const header = renderHeader(doc.header);
  const footer = renderFooter(doc.footer);
  const sections: ISectionOptions[] = walked.map(({ geometry, items }, i) => ({
    properties: { page: { size: { ...geometry.paper, orientation: geometry.orientation }, margin: pageMargins(geometry) } },
    // Only the first section names them: the later ones inherit them, so all share one header and one footer part.
    headers: header && i === 0 ? { default: header } : undefined,
    footers: footer && i === 0 ? { default: footer } : undefined,
    children: fillTocs(items, ctx),
  }));
  const document = new Document({
    ...coreProperties(doc.meta),
    features: { updateFields: true },
    externalStyles: tableStyleXml(),
    styles: briefStyles(wordLanguage(doc.meta.language)),
    numbering: briefNumbering(),
    footnotes: footnotes(doc, ctx),
    sections,
  });
  const stamp = { date: doc.meta.date, language: isLanguageTag(doc.meta.language.trim()) ? doc.meta.language.trim() : '' };
  return writePackage(await packageParts(document), stamp, { 'word/fontTable.xml': declareFont });
}

/** docProps/core.xml: the IR has no description, so the subject stands for it. */
function coreProperties(meta: BriefDocument['meta']) {
  return {
    title: xmlSafe(meta.title),
    subject: xmlSafe(meta.subject),
    description: xmlSafe(meta.subject),
    keywords: xmlSafe(meta.keywords.join(', ')),
    creator: xmlSafe(meta.author),
    lastModifiedBy: xmlSafe(meta.author),
    revision: 1,
  };
}

/** One IR section walked in its own geometry. A page break left at its end is dropped: a section starts a page. */
function walkSection(section: Section, ctx: RenderContext): { geometry: SectionGeometry; items: BodyItem[] } {
  const geometry = sectionGeometry(ctx.doc.page, section.orientation);
  ctx.geometry = geometry;
  const items = section.children.flatMap((block) => renderBlock(block, ctx));
  ctx.pendingPageBreak = false;
  return { geometry, items: items.length > 0 ? items : [new Paragraph({})] };
}

/** Body content with each table of contents filled in from all the document's headings. */
function fillTocs(items: readonly BodyItem[], ctx: RenderContext): FileChild[] {
  return items.flatMap((item) => (isTocSlot(item) ? renderToc(item, ctx.headings) : [item]));
}

function isTocSlot(item: BodyItem): item is TocSlot {
  return (item as Partial<TocSlot>).kind === 'tocSlot';
}

function pageMargins(geometry: SectionGeometry) {
  const { top, right, bottom, left } = geometry.margins;
  // Header and footer sit halfway into the top and bottom margins.
  return { top, right, bottom, left, header: Math.round(top / 2), footer: Math.round(bottom / 2), gutter: 0 };
}

/** Word footnotes 1..n from `doc.footnotes`, in the footnote text style. */
function footnotes(doc: BriefDocument, ctx: RenderContext): Record<string, { children: Paragraph[] }> {
  return Object.fromEntries(doc.footnotes.map((inlines, i) => [
    String(i + 1),
    // The space parts the footnote's number, which docx puts first, from its text.
    { children: [new Paragraph({ style: STYLE.footnoteText, children: [new TextRun(' '), ...renderInlines(inlines, ctx, 'footnote')] })] },
  ]));
}

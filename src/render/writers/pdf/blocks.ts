/** Lays out the flow blocks of a section (headings, paragraphs, lists, TOC, page breaks) and the closing notes. */
import type { FlowBlock, Heading, Toc } from '../../../model/ir.js';
import { assertNever } from '../../../model/ir.js';
import { addOutlineItem, footnoteDest, type HeadingEntry, type WriterContext } from './context.js';
import { renderChart } from './chart.js';
import { faceFor } from './fonts.js';
import {
  emptyLine, flowItems, gap, hangingItems, lineBox, lineBoxes, linesOf, listItems, paragraphItems, piecesOf, runStyle, type Item,
} from './items.js';
import { CHART_LEAD, HEADING, KEEP_AFTER_HEADING, LIST_GAP, LIST_ITEM, PARAGRAPH, RULE, TOC_ENTRY, TOC_INDENT, TOC_TITLE } from './styles.js';
import { renderTable, tableLeadHeight } from './table.js';
import type { TagNode } from './tagging.js';
import type { Fragment } from './text-layout.js';

/** Lays out one block of a section at the flow's cursor; `next` is the block after it (a heading stays with it). */
export function renderBlock(ctx: WriterContext, block: FlowBlock, next?: FlowBlock): void {
  const { flow } = ctx;
  switch (block.type) {
    case 'heading':
      return renderHeading(ctx, block, next);
    case 'paragraph':
      return flowItems(ctx, paragraphItems(ctx, block, PARAGRAPH[block.style], flow.width, ctx.tagger.node('P')), flow.left);
    case 'list':
      return flowItems(ctx, listItems(ctx, block, LIST_ITEM, flow.width, ctx.tagger.root), flow.left);
    case 'table':
      return renderTable(ctx, block);
    case 'pageBreak':
      return flow.breakPage();
    case 'toc':
      return renderToc(ctx, block);
    case 'chart':
      return renderChart(ctx, block);
    default:
      return assertNever(block);
  }
}

/** How much of `next` must follow a heading on its page: the start of a table or chart, else a few lines. */
function keepAfterHeading(ctx: WriterContext, next: FlowBlock | undefined): number {
  const lead = next?.type === 'table' ? tableLeadHeight(ctx, next) : next?.type === 'chart' ? CHART_LEAD : 0;
  return Math.min(Math.max(KEEP_AFTER_HEADING, lead), ctx.flow.pageContentHeight / 2);
}

/** A heading: kept with what follows, a named destination for links, an outline item, its page recorded for the TOC. */
function renderHeading(ctx: WriterContext, node: Heading, next: FlowBlock | undefined): void {
  const index = ctx.headingPages.length;
  const entry: HeadingEntry = ctx.headings[index] ?? { level: node.level, text: '', dest: `brief-h-${index + 1}` };
  const style = HEADING[node.level];
  const lines = linesOf(ctx, piecesOf(ctx, node.children, style), style, ctx.flow.width);
  const [first = emptyLine(style), ...rest] = lines;
  const tag = ctx.tagger.node(`H${node.level}`);
  const onPlace = (top: number) => {
    ctx.headingPages.push(ctx.flow.pageCount);
    ctx.pdf.addNamedDestination(entry.dest, 'XYZ', ctx.flow.left, top, null);
    addOutlineItem(ctx, node.level, entry.text);
  };
  const keep = keepAfterHeading(ctx, next) + style.spaceAfter + rest.reduce((sum, l) => sum + l.height, 0);
  flowItems(ctx, [
    gap(style.spaceBefore),
    lineBox(ctx, first, 0, tag, { keep, onPlace }),
    ...rest.map((line) => lineBox(ctx, line, 0, tag)),
    gap(style.spaceAfter),
  ], ctx.flow.left);
}

/** Table of contents: one entry per heading up to `maxLevel`, with dot leaders, page numbers and links. */
function renderToc(ctx: WriterContext, node: Toc): void {
  const tocTag = ctx.tagger.node('TOC');
  const width = ctx.flow.width;
  const titleLines = linesOf(ctx, [{ text: node.title, style: runStyle(TOC_TITLE, []) }], TOC_TITLE, width);
  const items: Item[] = [];
  if (titleLines.length > 0) {
    items.push(gap(TOC_TITLE.spaceBefore), ...lineBoxes(ctx, titleLines, 0, ctx.tagger.node('P', tocTag)), gap(TOC_TITLE.spaceAfter));
  }
  ctx.headings.forEach((entry, index) => {
    if (entry.level <= node.maxLevel) items.push(...tocEntryItems(ctx, entry, index, width, tocTag));
  });
  items.push(gap(PARAGRAPH.body.spaceAfter * 2));
  flowItems(ctx, items, ctx.flow.left);
}

/** The lines of one TOC entry, each a link to the heading; the page number sits right-aligned after a dotted leader. */
function tocEntryItems(ctx: WriterContext, entry: HeadingEntry, index: number, width: number, tocTag: TagNode): Item[] {
  const style = TOC_ENTRY[entry.level];
  const indent = TOC_INDENT * (entry.level - 1);
  const face = faceFor([], style);
  const numberColumn = ctx.measure('0000', face, style.size) + LIST_GAP * 2;
  const lines = linesOf(ctx, [{ text: entry.text, style: runStyle(style, []) }], style, Math.max(1, width - indent - numberColumn));
  const page = ctx.knownPages?.[index];
  const number = page === undefined ? '' : String(page);
  const numberWidth = ctx.measure(number, face, style.size);
  const numberX = width - indent - numberWidth;
  const all = lines.length > 0 ? lines : [emptyLine(style)];
  const tag = ctx.tagger.node('TOCI', tocTag);
  const boxes = all.map((line, i): Item => {
    const last = i === all.length - 1;
    const numberFragment: Fragment = { text: number, style: runStyle(style, []), x: numberX, width: numberWidth };
    const box = lineBox(ctx, last ? { ...line, fragments: [...line.fragments, numberFragment] } : line, indent, tag);
    const paint = (x: number, top: number) => {
      box.paint(x, top);
      if (last) drawLeader(ctx.pdf, x + indent + line.width + 4, x + indent + numberX - 4, top + line.baseline);
      ctx.pdf.goTo(x + indent, top, width - indent, line.height, entry.dest);
    };
    return { ...box, paint };
  });
  return [gap(style.spaceBefore), ...boxes, gap(style.spaceAfter)];
}

/** A dotted leader from x1 to x2 on the baseline y (drawn as vector dots, so copied text carries no dots). */
function drawLeader(pdf: PDFKit.PDFDocument, x1: number, x2: number, y: number): void {
  if (x2 - x1 < 6) return;
  pdf.save().lineWidth(0.8).lineCap('round').dash(0.01, { space: 3 }).strokeColor(RULE)
    .moveTo(x1, y).lineTo(x2, y).stroke().undash().restore();
}

/** Localised title of the notes that close the document. */
function notesTitle(language: string): string {
  const lang = language.toLowerCase();
  if (lang.startsWith('vi')) return 'Ghi chú';
  return 'Notes';
}

/** The footnote bodies at the end, under a "Notes" title, each with its number and a destination for the references. */
export function renderNotes(ctx: WriterContext): void {
  const { ir, flow } = ctx;
  if (ir.footnotes.length === 0) return;
  const titleStyle = HEADING[2];
  const title = notesTitle(ir.meta.language);
  const titleLines = linesOf(ctx, [{ text: title, style: runStyle(titleStyle, []) }], titleStyle, flow.width);
  const items: Item[] = [gap(titleStyle.spaceBefore)];
  const titleTag = ctx.tagger.node('H2');
  titleLines.forEach((line, i) => items.push(lineBox(ctx, line, 0, titleTag, i === 0
    ? { keep: KEEP_AFTER_HEADING, onPlace: () => addOutlineItem(ctx, 1, title) }
    : {})));
  items.push(gap(titleStyle.spaceAfter));
  flowItems(ctx, items, flow.left);
  const entries = ir.footnotes.map((inlines, i) => ({ marker: `${i + 1}.`, inlines }));
  const onFirst = (i: number, top: number) => {
    const dest = footnoteDest(ir, i + 1);
    if (dest !== null) ctx.pdf.addNamedDestination(dest, 'XYZ', flow.left, top, null);
  };
  flowItems(ctx, hangingItems(ctx, entries, PARAGRAPH.note, flow.width, () => ctx.tagger.node('Note'), onFirst), flow.left);
}

/** The walk over flow blocks: one handler per IR block type, in a switch that ends in `assertNever`. */
import { PageBreak, Paragraph, type FileChild } from 'docx';
import { assertNever, type FlowBlock } from '../../../model/ir.js';
import { renderChart } from './chart.js';
import { takePageBreak, type RenderContext } from './context.js';
import { renderHeading, renderList, renderParagraph } from './paragraphs.js';
import { renderTable } from './table.js';
import type { TocSlot } from './toc.js';

/** What a block becomes: docx body content, or a table of contents to fill in once all headings are known. */
export type BodyItem = FileChild | TocSlot;

/** The body content of one flow block. */
export function renderBlock(block: FlowBlock, ctx: RenderContext): BodyItem[] {
  switch (block.type) {
    case 'heading':
      return [renderHeading(block, ctx)];
    case 'paragraph':
      return [renderParagraph(block, ctx, 'body')];
    case 'list':
      return renderList(block, ctx, 'body');
    case 'table':
      return renderTable(block, ctx);
    case 'pageBreak':
      return pageBreak(ctx);
    case 'toc':
      return [tocSlot(block, ctx)];
    case 'chart':
      return renderChart(block, ctx);
    default:
      return assertNever(block);
  }
}

/**
 * Marks a page break for the next paragraph (`pageBreakBefore`), so no empty paragraph is left at the top of the new
 * page. Two breaks in a row keep the first as a paragraph of its own, so the blank page they ask for stays.
 */
function pageBreak(ctx: RenderContext): BodyItem[] {
  const previous = ctx.pendingPageBreak;
  ctx.pendingPageBreak = true;
  return previous ? [new Paragraph({ children: [new PageBreak()] })] : [];
}

function tocSlot(toc: Extract<FlowBlock, { type: 'toc' }>, ctx: RenderContext): TocSlot {
  return { kind: 'tocSlot', toc, pageBreakBefore: takePageBreak(ctx) };
}

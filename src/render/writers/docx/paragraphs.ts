/** Paragraph and list IR nodes to docx paragraphs, in the body or in a table cell. */
import { Paragraph } from 'docx';
import type { Heading, List, Paragraph as IrParagraph } from '../../../model/ir.js';
import { inlineText } from '../../../model/ir.js';
import { addHeading, nextListInstance, takePageBreak, type RenderContext } from './context.js';
import { bookmarkAround } from './fields.js';
import { renderInlines } from './inlines.js';
import { LIST, STYLE } from './styles.js';
import { xmlSafe } from './text.js';

/** Where a paragraph goes: the body, a table's body cell, or a table's header cell. */
export type BlockPlace = 'body' | 'cell' | 'headerCell';

const BODY_STYLE: Record<IrParagraph['style'], string | undefined> = {
  body: undefined,
  lead: STYLE.lead,
  caption: STYLE.caption,
  note: STYLE.note,
};

/** The paragraph style of an IR paragraph style in `place`; body text in a table takes the table text styles. */
function paragraphStyle(style: IrParagraph['style'], place: BlockPlace): string | undefined {
  if (style === 'body' && place === 'cell') return STYLE.tableText;
  if (style === 'body' && place === 'headerCell') return STYLE.tableHeading;
  return BODY_STYLE[style];
}

/** A page break pending from a `pageBreak` node, for a body paragraph (table cells never take it). */
function pageBreakFor(ctx: RenderContext, place: BlockPlace): true | undefined {
  return place === 'body' && takePageBreak(ctx) ? true : undefined;
}

/** A heading: a Heading1-3 paragraph inside a bookmark named from its id, listed for the table of contents. */
export function renderHeading(heading: Heading, ctx: RenderContext): Paragraph {
  const level = heading.level;
  const entry = xmlSafe(inlineText(heading.children)).replace(/\s+/g, ' ').trim();
  const { name, id } = addHeading(ctx, level, heading.id, entry);
  return new Paragraph({
    style: STYLE.headings[level - 1],
    pageBreakBefore: pageBreakFor(ctx, 'body'),
    children: bookmarkAround(name, id, renderInlines(heading.children, ctx)),
  });
}

/** A paragraph in its named style. */
export function renderParagraph(paragraph: IrParagraph, ctx: RenderContext, place: BlockPlace): Paragraph {
  return new Paragraph({
    style: paragraphStyle(paragraph.style, place),
    pageBreakBefore: pageBreakFor(ctx, place),
    children: renderInlines(paragraph.children, ctx),
  });
}

/** Paragraph styles of list items by place: a bulleted item's style gives it its bullet. */
const ITEM_STYLE: Record<'bulleted' | 'ordered', Record<BlockPlace, string>> = {
  bulleted: { body: STYLE.listBullet, cell: STYLE.tableBullet, headerCell: STYLE.tableHeadingBullet },
  ordered: { body: STYLE.listParagraph, cell: STYLE.tableText, headerCell: STYLE.tableHeading },
};

/** A list: one paragraph per item; an ordered list in a numbering instance of its own, so it restarts at 1. */
export function renderList(list: List, ctx: RenderContext, place: BlockPlace): Paragraph[] {
  if (list.items.length === 0) return [];
  const numbering = list.ordered ? { reference: LIST.ordered, level: 0, instance: nextListInstance(ctx) } : undefined;
  const style = ITEM_STYLE[list.ordered ? 'ordered' : 'bulleted'][place];
  return list.items.map((item) => new Paragraph({
    style,
    pageBreakBefore: pageBreakFor(ctx, place),
    numbering,
    children: renderInlines(item, ctx),
  }));
}

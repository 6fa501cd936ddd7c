/** Typography, colours and spacing of the PDF writer, in points; all visual constants live here. */
import type { Paragraph } from '../../../model/ir.js';

/** How a block of text is set: size, face, colour, line height and the space around it. */
export interface BlockStyle {
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly color: string;
  /** Line height as a multiple of the font size. */
  readonly leading: number;
  readonly spaceBefore: number;
  readonly spaceAfter: number;
}

/** Text colour of body copy. */
export const INK = '#1a1a1a';
/** Colour of headings and chart bars. */
export const ACCENT = '#1f3864';
/** Colour of secondary text: captions, notes, header and footer. */
export const MUTED = '#595959';
/** Colour of hyperlinks. */
export const LINK = '#1a55a0';
/** Colour of table borders and rules. */
export const RULE = '#8ea0b8';
/** Fill of table header rows. */
export const HEADER_FILL = '#dce3ee';
/** Fill of negative chart bars. */
export const NEGATIVE = '#a5442c';

const block = (size: number, extra: Partial<BlockStyle> = {}): BlockStyle => ({
  size, bold: false, italic: false, color: INK, leading: 1.3, spaceBefore: 0, spaceAfter: 6, ...extra,
});

/** Paragraph styles of the IR. */
export const PARAGRAPH: Record<Paragraph['style'], BlockStyle> = {
  body: block(10),
  lead: block(12, { leading: 1.35, spaceAfter: 9 }),
  caption: block(8.5, { italic: true, color: MUTED, spaceBefore: 2, spaceAfter: 4 }),
  note: block(8.5, { color: MUTED }),
};

/** Heading styles by level. */
export const HEADING: Record<1 | 2 | 3, BlockStyle> = {
  1: block(18, { bold: true, color: ACCENT, leading: 1.2, spaceBefore: 14, spaceAfter: 8 }),
  2: block(14, { bold: true, color: ACCENT, leading: 1.2, spaceBefore: 12, spaceAfter: 6 }),
  3: block(11.5, { bold: true, color: ACCENT, leading: 1.2, spaceBefore: 9, spaceAfter: 4 }),
};

/** Body text of list items; lists add {@link LIST_INDENT} of hanging indent. */
export const LIST_ITEM: BlockStyle = block(10, { spaceAfter: 2 });
/** Gap between a list marker and the item's text. */
export const LIST_GAP = 5;
/** Space after the last item of a list. */
export const LIST_SPACE_AFTER = 6;

/** Text inside table cells. */
export const CELL: BlockStyle = block(8.5, { leading: 1.25, spaceAfter: 3 });
/** Text of table header cells. */
export const HEADER_CELL: BlockStyle = { ...CELL, bold: true };
/** Inner padding of table cells (shrunk for very narrow columns). */
export const CELL_PADDING = 4;
/** Width of table borders. */
export const BORDER_WIDTH = 0.6;
/** Space after a table. */
export const TABLE_SPACE_AFTER = 10;

/** Title line of the table of contents and of the notes. */
export const TOC_TITLE: BlockStyle = HEADING[2];
/** Entries of the table of contents, by heading level. */
export const TOC_ENTRY: Record<1 | 2 | 3, BlockStyle> = {
  1: block(10.5, { bold: true, spaceAfter: 3, spaceBefore: 3 }),
  2: block(10, { spaceAfter: 2 }),
  3: block(9.5, { spaceAfter: 1 }),
};
/** Indent of TOC entries per level below 1. */
export const TOC_INDENT = 14;

/** Chart title and labels. */
export const CHART_TITLE: BlockStyle = block(10, { bold: true, spaceBefore: 6, spaceAfter: 4 });
export const CHART_LABEL: BlockStyle = block(8.5, { leading: 1.2 });
/** Thickness of one bar, and the gap between bar rows. */
export const BAR_THICKNESS = 11;
export const BAR_GAP = 5;
/** Height of a chart's title and first bar, which a heading before the chart stays with. */
export const CHART_LEAD = 48;
/** Space after a chart. */
export const CHART_SPACE_AFTER = 10;

/** Running header and footer. */
export const FURNITURE: BlockStyle = block(8, { color: MUTED, leading: 1.2 });

/** Superscript footnote numbers: size and rise relative to the surrounding text. */
export const SUPERSCRIPT_SCALE = 0.62;
export const SUPERSCRIPT_RISE = 0.36;

/** Keep at least this much after a heading on its page (else the heading moves to the next page). */
export const KEEP_AFTER_HEADING = 36;

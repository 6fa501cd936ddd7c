/**
 * Tables laid out by our own code: relative column widths, measured cells, borders and a shaded header that repeats
 * on every page; a short row that doesn't fit moves on, a tall one (or one taller than a page) is split between lines.
 */
import type { Cell, Row, Table } from '../../../model/ir.js';
import { assertNever } from '../../../model/ir.js';
import type { WriterContext } from './context.js';
import { flowItems, gap, lineBox, linesOf, listItems, paragraphItems, runStyle, type Box, type Item } from './items.js';
import {
  BORDER_WIDTH, CELL, CELL_PADDING, HEADER_CELL, HEADER_FILL, MUTED, PARAGRAPH, RULE, TABLE_SPACE_AFTER, type BlockStyle,
} from './styles.js';
import type { TagNode } from './tagging.js';
import { lineMetrics } from './text-layout.js';

/** A box of a cell and the gap above it (ignored when the box starts a cell's slice). */
interface CellLine {
  readonly box: Box;
  readonly gapBefore: number;
}

/** A cell measured for its column span. */
interface CellLayout {
  readonly x: number;
  readonly width: number;
  /** Horizontal padding (vertical padding is always CELL_PADDING). */
  readonly padding: number;
  readonly lines: readonly CellLine[];
}

/** A row measured across the table's columns. */
interface RowLayout {
  readonly cells: readonly CellLayout[];
  readonly header: boolean;
  /** Height of the whole row on one page. */
  readonly height: number;
}

/** Column edges of a table (n + 1 offsets from 0 to its width) and the scale of its text. */
interface Grid {
  readonly edges: readonly number[];
  /** Text in tables with many narrow columns is set smaller (down to 60 %), so more of it fits on a line. */
  readonly scale: number;
}

/** Column width below which table text is set smaller. */
const COMFORTABLE_COLUMN = 60;

/** Where each cell of a row is: the index of its first line not yet drawn. */
type Progress = number[];

/** How a table starts: whether its header repeats, the rows drawn in order, and what must fit on its first page. */
interface TableStart {
  /** Header rows repeated on each page (empty when the header is too tall to repeat: it then runs as rows). */
  readonly repeatedHeader: readonly RowLayout[];
  readonly repeatedHeight: number;
  readonly rows: readonly RowLayout[];
  /** Height of the first row (or, when it is taller than a page, of its first slice) kept with the header. */
  readonly firstNeed: number;
}

function tableStart(ctx: WriterContext, header: readonly RowLayout[], body: readonly RowLayout[]): TableStart {
  const headerHeight = header.reduce((sum, r) => sum + r.height, 0);
  const repeat = header.length > 0 && headerHeight <= ctx.flow.pageContentHeight / 3;
  const repeatedHeight = repeat ? headerHeight : 0;
  const rows = repeat ? body : [...header, ...body];
  const first = rows[0];
  const firstNeed = first === undefined ? 0
    : first.height <= ctx.flow.pageContentHeight - repeatedHeight && isShortRow(first.height, ctx.flow.pageContentHeight)
      ? first.height
      : minSlice(first, first.cells.map(() => 0));
  return { repeatedHeader: repeat ? header : [], repeatedHeight, rows, firstNeed };
}

/** Lays out a table at the flow's cursor, across as many pages as it needs. */
export function renderTable(ctx: WriterContext, node: Table): void {
  const grid = gridOf(node, ctx.flow.width);
  const tableTag = ctx.tagger.node('Table');
  const rowTag = () => ctx.tagger.node('TR', tableTag);
  const header = node.header.map((row) => layoutRow(ctx, row, grid, true, rowTag()));
  const body = node.body.map((row) => layoutRow(ctx, row, grid, false, rowTag()));
  if (header.length + body.length === 0) return placeCaption(ctx, node.caption, tableTag, 0);
  const start = tableStart(ctx, header, body);
  placeCaption(ctx, node.caption, tableTag, start.repeatedHeight + start.firstNeed);
  const pager = new TablePager(ctx, start.repeatedHeader, start.repeatedHeight);
  pager.startTable(start.firstNeed);
  for (const row of start.rows) pager.placeRow(row);
  ctx.flow.space(TABLE_SPACE_AFTER);
}

/** Height of the start of a table that a heading before it must stay with: caption, header rows and a first row. */
export function tableLeadHeight(ctx: WriterContext, node: Table): number {
  const grid = gridOf(node, ctx.flow.width);
  const tag = ctx.tagger.node('TR');
  const header = node.header.map((r) => layoutRow(ctx, r, grid, true, tag));
  const start = tableStart(ctx, header, node.body.slice(0, 1).map((r) => layoutRow(ctx, r, grid, false, tag)));
  const lead = start.repeatedHeight + start.firstNeed;
  if (node.caption === null) return lead;
  const style = PARAGRAPH.caption;
  const lines = linesOf(ctx, [{ text: node.caption, style: runStyle(style, []) }], style, ctx.flow.width);
  return lead + lines.reduce((sum, l) => sum + l.height, 0) + style.spaceBefore + style.spaceAfter;
}

/** The caption above the table, kept on the page with the table's start. */
function placeCaption(ctx: WriterContext, caption: string | null, tableTag: TagNode, keep: number): void {
  if (caption === null) return;
  const style = PARAGRAPH.caption;
  const lines = linesOf(ctx, [{ text: caption, style: runStyle(style, []) }], style, ctx.flow.width);
  if (lines.length === 0) return;
  const tag = ctx.tagger.node('Caption', tableTag);
  const rest = (i: number) => lines.slice(i + 1).reduce((sum, l) => sum + l.height, 0);
  const boxes = lines.map((line, i) => lineBox(ctx, line, 0, tag, { keep: rest(i) + keep }));
  flowItems(ctx, [gap(style.spaceBefore), ...boxes, gap(style.spaceAfter)], ctx.flow.left);
}

/** Column edges (n + 1 offsets from 0 to `width`) from the relative widths, equal when absent, and the text scale. */
function gridOf(node: Table, width: number): Grid {
  const rowSpan = (row: Row) => row.cells.reduce((sum, c) => sum + Math.max(1, Math.floor(c.colspan) || 1), 0);
  const count = Math.max(1, ...node.header.map(rowSpan), ...node.body.map(rowSpan));
  const given = (node.columnWidths ?? []).filter((w) => Number.isFinite(w) && w > 0);
  const mean = given.length > 0 ? given.reduce((a, b) => a + b, 0) / given.length : 1;
  const widths = withMinimum(Array.from({ length: count }, (_, i) => given[i] ?? mean), width, Math.min(MIN_COLUMN, width / count));
  const edges = [0];
  let sum = 0;
  for (const w of widths) edges.push((sum += w));
  return { edges, scale: Math.min(1, Math.max(0.6, width / count / COMFORTABLE_COLUMN)) };
}

/** Least column width, so a relative width near 0 still leaves room for a few characters. */
const MIN_COLUMN = 18;

/** Absolute widths proportional to `weights` summing to `width`, none below `minimum` (the others give way). */
function withMinimum(weights: readonly number[], width: number, minimum: number): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const free = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const room = width - fixed.size * minimum;
    const widths = weights.map((w, i) => (fixed.has(i) ? minimum : (w / free) * room));
    const narrow = widths.findIndex((w, i) => !fixed.has(i) && w < minimum - 1e-9);
    if (narrow < 0 || fixed.size === weights.length - 1) return widths;
    widths.forEach((w, i) => {
      if (w < minimum - 1e-9) fixed.add(i);
    });
  }
}

/** Measures a row: each cell spans its columns (the last cell is stretched over any columns the row leaves empty). */
function layoutRow(ctx: WriterContext, row: Row, grid: Grid, header: boolean, tag: TagNode): RowLayout {
  const { edges } = grid;
  const columns = edges.length - 1;
  const cells: CellLayout[] = [];
  let column = 0;
  for (const cell of row.cells) {
    if (column >= columns) break;
    const span = Math.min(Math.max(1, Math.floor(cell.colspan) || 1), columns - column);
    const cellTag = ctx.tagger.node(header ? 'TH' : 'TD', tag);
    cells.push(layoutCell(ctx, cell, edges[column] ?? 0, edges[column + span] ?? 0, cellStyle(header, grid.scale), cellTag));
    column += span;
  }
  const style = cellStyle(header, grid.scale);
  if (column < columns) cells.push(layoutCell(ctx, { colspan: 1, blocks: [] }, edges[column] ?? 0, edges[columns] ?? 0, style, null));
  const minHeight = lineMetrics(style.size, style.leading).height;
  const height = Math.max(...cells.map((c) => contentHeight(c, 0)), minHeight) + 2 * CELL_PADDING;
  return { cells, header, height };
}

/** Measures one cell: its paragraphs and lists set in the cell's inner width. */
function layoutCell(ctx: WriterContext, cell: Cell, x0: number, x1: number, base: BlockStyle, tag: TagNode | null): CellLayout {
  const width = Math.max(1, x1 - x0);
  const padding = Math.min(CELL_PADDING, width * 0.08);
  const inner = Math.max(1, width - 2 * padding);
  const items: Item[] = [];
  for (const block of cell.blocks) {
    switch (block.type) {
      case 'paragraph':
        items.push(...paragraphItems(ctx, block, paragraphStyle(base, block.style), inner, tag === null ? null : ctx.tagger.node('P', tag)));
        break;
      case 'list':
        items.push(...listItems(ctx, block, base, inner, tag));
        break;
      default:
        assertNever(block);
    }
  }
  return { x: x0, width, padding, lines: collapseGaps(items) };
}

/** Text style of header or body cells at `scale`. */
function cellStyle(header: boolean, scale: number): BlockStyle {
  const base = header ? HEADER_CELL : CELL;
  return scale === 1 ? base : { ...base, size: base.size * scale, spaceAfter: base.spaceAfter * scale };
}

/** A cell paragraph's style: the cell's text style varied for lead, caption and note paragraphs. */
function paragraphStyle(base: BlockStyle, style: 'body' | 'lead' | 'caption' | 'note'): BlockStyle {
  switch (style) {
    case 'body':
      return base;
    case 'lead':
      return { ...base, bold: true };
    case 'caption':
      return { ...base, italic: true, color: MUTED };
    case 'note':
      return { ...base, color: MUTED };
    default:
      return assertNever(style);
  }
}

/** Boxes with the largest gap before each; gaps before the first and after the last box are dropped. */
function collapseGaps(items: readonly Item[]): CellLine[] {
  const lines: CellLine[] = [];
  let pending = 0;
  for (const item of items) {
    if (item.kind === 'gap') pending = Math.max(pending, item.height);
    else {
      lines.push({ box: item, gapBefore: lines.length === 0 ? 0 : pending });
      pending = 0;
    }
  }
  return lines;
}

/** Height of a cell's lines from index `from` on (the first one's gap dropped). */
function contentHeight(cell: CellLayout, from: number): number {
  let height = 0;
  for (let k = from; k < cell.lines.length; k += 1) {
    const line = cell.lines[k];
    if (line !== undefined) height += line.box.height + (k === from ? 0 : line.gapBefore);
  }
  return height;
}

/** Rows at most this part of a page are kept whole on one page; taller ones may break across pages. */
const SHORT_ROW_PART = 1 / 3;

/** True when a height is at most SHORT_ROW_PART of the page's content height. */
const isShortRow = (height: number, pageContentHeight: number) => height <= pageContentHeight * SHORT_ROW_PART;

/** Least height worth starting a row slice with: two lines of its tallest next line, plus padding. */
function minSlice(row: RowLayout, progress: Progress): number {
  let tallest = 0;
  row.cells.forEach((cell, c) => {
    const line = cell.lines[progress[c] ?? 0];
    if (line !== undefined) tallest = Math.max(tallest, line.box.height);
  });
  return 2 * tallest + 2 * CELL_PADDING;
}

/** Draws rows page after page, repeating the header rows at the top of every page the table continues on. */
class TablePager {
  /** Whether the current page holds nothing but (maybe) the repeated header: a row starting here can't do better. */
  private freshPage = false;
  private headerDrawn = false;

  constructor(
    private readonly ctx: WriterContext,
    private readonly header: readonly RowLayout[],
    private readonly headerHeight: number,
  ) {}

  /** Places the header rows, kept on the page with `keep` of the body. */
  startTable(keep: number): void {
    const { flow } = this.ctx;
    if (this.header.length === 0) {
      this.freshPage = flow.remaining() >= flow.pageContentHeight - 0.01;
      return;
    }
    const top = flow.place(this.headerHeight, keep);
    this.freshPage = Math.abs(top - flow.margins.top) < 0.01;
    this.drawHeader(top);
  }

  /** Places one row: whole on this page, whole on the next, or split across pages when taller than a page. */
  placeRow(row: RowLayout): void {
    const { flow } = this.ctx;
    const progress: Progress = row.cells.map(() => 0);
    for (let untouched = true; ; untouched = false) {
      const need = untouched ? row.height : sliceNeed(row, progress);
      const available = flow.remaining();
      if (need <= available + 0.01) {
        this.drawSlice(row, progress, row.cells.map((c) => c.lines.length), flow.place(need), need);
        return;
      }
      const fitsFreshPage = untouched && need <= flow.pageContentHeight - this.headerHeight;
      // A tall row starts here and breaks, as Word breaks rows, unless the page is nearly full: moved on whole, it would leave a half-empty page.
      const movesWhole = fitsFreshPage && (isShortRow(need, flow.pageContentHeight) || isShortRow(available, flow.pageContentHeight));
      const worthStarting = available >= minSlice(row, progress);
      if (!this.freshPage && (movesWhole || !worthStarting)) {
        this.nextPage();
        continue;
      }
      const ends = fittingEnds(row, progress, available, this.freshPage);
      const used = Math.max(...row.cells.map((c, i) => sliceHeight(c, progress[i] ?? 0, ends[i] ?? 0))) + 2 * CELL_PADDING;
      this.drawSlice(row, progress, ends, flow.place(used), used);
      ends.forEach((end, i) => (progress[i] = end));
      if (row.cells.every((c, i) => progress[i] === c.lines.length)) return;
      this.nextPage();
    }
  }

  private nextPage(): void {
    this.ctx.flow.newPage();
    this.freshPage = true;
    if (this.header.length > 0) this.drawHeader(this.ctx.flow.place(this.headerHeight, 0));
  }

  /** Header rows at `top`: tagged the first time, artifacts when repeated. */
  private drawHeader(top: number): void {
    let y = top;
    for (const row of this.header) {
      this.paintRow(row, row.cells.map(() => 0), row.cells.map((c) => c.lines.length), y, row.height, this.headerDrawn);
      y += row.height;
    }
    this.headerDrawn = true;
  }

  private drawSlice(row: RowLayout, from: Progress, to: readonly number[], top: number, height: number): void {
    this.paintRow(row, from, to, top, height, false);
    this.freshPage = false;
  }

  /** Cell backgrounds and borders (artifacts), then each cell's lines `from`..`to` (content, or artifacts on repeat). */
  private paintRow(row: RowLayout, from: Progress, to: readonly number[], top: number, height: number, repeated: boolean): void {
    const { pdf, tagger, flow } = this.ctx;
    const left = flow.left;
    tagger.artifact(() => {
      pdf.save().lineWidth(BORDER_WIDTH).strokeColor(RULE);
      for (const cell of row.cells) {
        if (row.header) pdf.rect(left + cell.x, top, cell.width, height).fill(HEADER_FILL);
        pdf.rect(left + cell.x, top, cell.width, height).stroke();
      }
      pdf.restore();
    });
    row.cells.forEach((cell, c) => {
      let y = top + CELL_PADDING;
      const start = from[c] ?? 0;
      for (let k = start; k < (to[c] ?? 0); k += 1) {
        const line = cell.lines[k];
        if (line === undefined) continue;
        if (k > start) y += line.gapBefore;
        const lineTop = y;
        tagger.content(repeated ? null : line.box.tag, () => line.box.paint(left + cell.x + cell.padding, lineTop));
        y += line.box.height;
      }
    });
  }
}

/** Height the rest of a partly drawn row needs. */
function sliceNeed(row: RowLayout, progress: Progress): number {
  return Math.max(...row.cells.map((c, i) => contentHeight(c, progress[i] ?? 0))) + 2 * CELL_PADDING;
}

/** Height of a cell's lines `from`..`to` (the first one's gap dropped). */
function sliceHeight(cell: CellLayout, from: number, to: number): number {
  let height = 0;
  for (let k = from; k < to; k += 1) {
    const line = cell.lines[k];
    if (line !== undefined) height += line.box.height + (k === from ? 0 : line.gapBefore);
  }
  return height;
}

/** For each cell, the end of the lines that fit in `available` (with padding); `force` takes at least one line. */
function fittingEnds(row: RowLayout, progress: Progress, available: number, force: boolean): number[] {
  const space = available - 2 * CELL_PADDING;
  return row.cells.map((cell, c) => {
    const start = progress[c] ?? 0;
    let end = start;
    let used = 0;
    while (end < cell.lines.length) {
      const line = cell.lines[end];
      const h = line === undefined ? 0 : line.box.height + (end === start ? 0 : line.gapBefore);
      if (used + h > space + 0.01) break;
      used += h;
      end += 1;
    }
    return force && end === start && start < cell.lines.length ? start + 1 : end;
  });
}

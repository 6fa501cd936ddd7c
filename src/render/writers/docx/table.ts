/** Table IR nodes to docx tables: DXA column widths from the section's text width, repeated header rows, spans. */
import {
  BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild,
} from 'docx';
import { assertNever, type Cell, type Row, type Table as IrTable } from '../../../model/ir.js';
import { takePageBreak, type RenderContext } from './context.js';
import { proportionalWidths } from './page-geometry.js';
import { renderList, renderParagraph, type BlockPlace } from './paragraphs.js';
import { HEADER_FILL, STYLE, TABLE_RULE } from './styles.js';
import { xmlSafe } from './text.js';

/** Cell padding in twips (top/bottom 1 mm, left/right 1.5 mm). */
const CELL_MARGINS = { top: 57, bottom: 57, left: 85, right: 85, marginUnitType: WidthType.DXA };

/** A table, preceded by its caption; nothing but the caption when it has no rows. */
export function renderTable(table: IrTable, ctx: RenderContext): FileChild[] {
  const caption = table.caption === null ? '' : xmlSafe(table.caption).trim();
  const out: FileChild[] = [];
  if (caption !== '') {
    out.push(new Paragraph({ style: STYLE.caption, pageBreakBefore: takePageBreak(ctx) || undefined, text: caption }));
  }
  const rows = [...table.header, ...table.body];
  if (rows.length === 0) return out;
  if (takePageBreak(ctx)) out.push(new Paragraph({ pageBreakBefore: true }));

  const columns = gridColumns(table);
  const widths = proportionalWidths(relativeWidths(table.columnWidths, columns), ctx.geometry.textWidth);
  const render = (row: Row, header: boolean) => renderRow(row, header, widths, ctx);
  out.push(new Table({
    style: STYLE.table,
    width: { size: ctx.geometry.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: tableBorders(),
    rows: [...table.header.map((r) => render(r, true)), ...table.body.map((r) => render(r, false))],
  }));
  return out;
}

/** Number of grid columns: the widest row (by spans) or the number of widths given, whichever is more. */
function gridColumns(table: IrTable): number {
  const spans = [...table.header, ...table.body].map((row) => row.cells.reduce((n, c) => n + Math.max(1, c.colspan), 0));
  return Math.max(1, table.columnWidths?.length ?? 0, ...spans);
}

/** Relative widths for `columns` columns: the given ones (missing ones at their mean), or equal. */
function relativeWidths(given: readonly number[] | null, columns: number): number[] {
  const usable = (given ?? []).filter((w) => Number.isFinite(w) && w > 0);
  const mean = usable.length > 0 ? usable.reduce((a, b) => a + b, 0) / usable.length : 1;
  return Array.from({ length: columns }, (_, i) => {
    const w = given?.[i];
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : mean;
  });
}

/** A row; header rows repeat on each page. A row short of the grid is padded with empty cells. */
function renderRow(row: Row, header: boolean, widths: readonly number[], ctx: RenderContext): TableRow {
  const cells: TableCell[] = [];
  let column = 0;
  for (const cell of row.cells) {
    const span = Math.min(Math.max(1, cell.colspan), widths.length - column);
    if (span <= 0) break;
    cells.push(renderCell(cell.blocks, span, spanWidth(widths, column, span), header, ctx));
    column += span;
  }
  for (; column < widths.length; column++) cells.push(renderCell([], 1, widths[column]!, header, ctx));
  return new TableRow({ children: cells, tableHeader: header || undefined });
}

function spanWidth(widths: readonly number[], from: number, span: number): number {
  return widths.slice(from, from + span).reduce((a, b) => a + b, 0);
}

/** A cell of paragraphs and lists; Word needs at least one paragraph in it. */
function renderCell(blocks: Cell['blocks'], span: number, width: number, header: boolean, ctx: RenderContext): TableCell {
  const place: BlockPlace = header ? 'headerCell' : 'cell';
  const children = blocks.flatMap((block) => renderCellBlock(block, place, ctx));
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({ style: header ? STYLE.tableHeading : STYLE.tableText })],
    columnSpan: span > 1 ? span : undefined,
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
  });
}

function renderCellBlock(block: Cell['blocks'][number], place: BlockPlace, ctx: RenderContext): Paragraph[] {
  switch (block.type) {
    case 'paragraph':
      return [renderParagraph(block, ctx, place)];
    case 'list':
      return renderList(block, ctx, place);
    default:
      return assertNever(block);
  }
}

/** Thin rules on every side and between cells, as the table style has them (repeated for readers that skip styles). */
function tableBorders() {
  const rule = { style: BorderStyle.SINGLE, size: 4, space: 0, color: TABLE_RULE };
  return { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule };
}

/** Horizontal bar charts drawn with vector primitives: title and unit, one row per bar with its label and value. */
import type { Chart } from '../../../model/ir.js';
import type { WriterContext } from './context.js';
import { cleanText } from './coverage.js';
import { drawLine, flowItems, gap, lineBox, linesOf, runStyle, type Box, type Item } from './items.js';
import {
  ACCENT, BAR_GAP, BAR_THICKNESS, CHART_LABEL, CHART_SPACE_AFTER, CHART_TITLE, MUTED, NEGATIVE, RULE,
} from './styles.js';
import type { TagNode } from './tagging.js';
import type { Line, Piece } from './text-layout.js';

/** Horizontal positions shared by all rows of a chart, relative to the chart's left edge. */
interface ChartGeometry {
  readonly labelWidth: number;
  readonly zeroX: number;
  /** Points per half unit of value (values are halved so that their span can't overflow). */
  readonly scale: number;
}

const LABEL_GAP = 6;
const VALUE_GAP = 3;

/** Lays out a bar chart at the flow's cursor; rows may continue on the next page. */
export function renderChart(ctx: WriterContext, node: Chart): void {
  const width = ctx.flow.width;
  const figure = ctx.tagger.node('Figure', ctx.tagger.root, { alt: chartAlt(node) });
  const geometry = chartGeometry(ctx, node, width);
  const rows = node.bars.flatMap((bar) => barRows(ctx, bar, geometry, figure));
  const titleLines = linesOf(ctx, titlePieces(node), CHART_TITLE, width);
  const keep = rows[0]?.height ?? 0;
  const titles = titleLines.map((line, i) =>
    lineBox(ctx, line, 0, figure, { keep: keep + titleLines.slice(i + 1).reduce((s, l) => s + l.height, 0) }));
  const items: Item[] = [gap(CHART_TITLE.spaceBefore), ...titles, gap(CHART_TITLE.spaceAfter), ...rows, gap(CHART_SPACE_AFTER)];
  flowItems(ctx, items, ctx.flow.left);
}

/** A number as printed on a bar: integers as they are, others to 4 significant digits. */
export function formatValue(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(4)));
}

/** The chart as text, for the Figure's alternate description. */
function chartAlt(node: Chart): string {
  const unit = node.unit === null ? '' : ` (${node.unit})`;
  return `${node.title}${unit}: ${node.bars.map((b) => `${b.label} ${formatValue(b.value)}`).join('; ')}`;
}

function titlePieces(node: Chart): Piece[] {
  const pieces: Piece[] = [{ text: node.title, style: runStyle(CHART_TITLE, []) }];
  if (node.unit !== null && node.unit !== '') {
    pieces.push({ text: ` (${node.unit})`, style: { ...runStyle({ ...CHART_TITLE, bold: false }, []), color: MUTED } });
  }
  return pieces;
}

/** Label column, value room on both sides of the bars, and the zero line, fitted into `width`. */
function chartGeometry(ctx: WriterContext, node: Chart, width: number): ChartGeometry {
  const measure = (text: string) => ctx.measure(text, 'regular', CHART_LABEL.size);
  const widestLabel = Math.max(0, ...node.bars.map((b) => measure(cleanText(b.label.normalize('NFC'), 'regular'))));
  const labelWidth = Math.min(widestLabel + LABEL_GAP, width * 0.32);
  const valueRoom = Math.max(0, ...node.bars.map((b) => measure(formatValue(b.value)))) + VALUE_GAP * 2;
  const values = node.bars.map((b) => b.value / 2);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const left = labelWidth + (min < 0 ? valueRoom : 0);
  const barWidth = Math.max(1, width - left - valueRoom);
  const span = max - min;
  // A span so small that the scale overflows (denormal values) draws no bars rather than infinite ones.
  const scale = span > 0 && Number.isFinite(barWidth / span) ? barWidth / span : 0;
  return { labelWidth, zeroX: left - min * scale, scale };
}

/** Labels of up to this many lines sit centred beside their bar; longer ones continue below it, line by line. */
const CENTRED_LABEL_LINES = 3;

/**
 * One bar: its label (right-aligned, wrapped in the label column), the bar from the zero line, and the value. A
 * very long label continues in boxes of its own below the bar, so no box is taller than a page.
 */
function barRows(ctx: WriterContext, bar: Chart['bars'][number], g: ChartGeometry, tag: TagNode): Box[] {
  const all = linesOf(ctx, [{ text: bar.label, style: runStyle(CHART_LABEL, []) }], CHART_LABEL, Math.max(1, g.labelWidth - LABEL_GAP));
  const beside = all.length <= CENTRED_LABEL_LINES ? all : all.slice(0, 1);
  const below = all.slice(beside.length);
  const labelHeight = beside.reduce((s, l) => s + l.height, 0);
  const band = Math.max(labelHeight, BAR_THICKNESS);
  const [valueLine] = linesOf(ctx, [{ text: formatValue(bar.value), style: runStyle(CHART_LABEL, []) }], CHART_LABEL, 1e6);
  const reach = (bar.value / 2) * g.scale;
  const end = g.zeroX + (Number.isFinite(reach) ? reach : 0);
  const paint = (x: number, top: number) => {
    const pdf = ctx.pdf;
    drawLabel(pdf, beside, x + g.labelWidth - LABEL_GAP, top + (band - labelHeight) / 2);
    const barTop = top + (band - BAR_THICKNESS) / 2;
    if (Math.abs(end - g.zeroX) > 0.01) {
      pdf.rect(x + Math.min(g.zeroX, end), barTop, Math.abs(end - g.zeroX), BAR_THICKNESS).fill(bar.value < 0 ? NEGATIVE : ACCENT);
    }
    drawAxis(pdf, x + g.zeroX, top, band + (below.length === 0 ? BAR_GAP : 0));
    if (valueLine !== undefined) {
      const valueX = bar.value < 0 ? x + end - VALUE_GAP - valueLine.width : x + end + VALUE_GAP;
      drawLine(pdf, valueLine, valueX, top + (band - valueLine.height) / 2);
    }
  };
  const rows: Box[] = [{ kind: 'box', height: band + (below.length === 0 ? BAR_GAP : 0), keep: 0, tag, paint }];
  below.forEach((line, i) => {
    const height = line.height + (i === below.length - 1 ? BAR_GAP : 0);
    rows.push({
      kind: 'box', height, keep: 0, tag,
      paint: (x, top) => {
        drawLabel(ctx.pdf, [line], x + g.labelWidth - LABEL_GAP, top);
        drawAxis(ctx.pdf, x + g.zeroX, top, height);
      },
    });
  });
  return rows;
}

/** Label lines right-aligned at `right`, from `top` down. */
function drawLabel(pdf: PDFKit.PDFDocument, lines: readonly Line[], right: number, top: number): void {
  let y = top;
  for (const line of lines) {
    drawLine(pdf, line, right - line.width, y);
    y += line.height;
  }
}

/** A piece of the zero line. */
function drawAxis(pdf: PDFKit.PDFDocument, x: number, top: number, height: number): void {
  pdf.save().lineWidth(0.8).strokeColor(RULE).moveTo(x, top).lineTo(x, top + height).stroke().restore();
}

/** Horizontal bar charts drawn with vector primitives: title and unit, one row per bar with its label and value. */
import type { Chart } from '../../../model/ir.js';
import type { WriterContext } from './context.js';
import { drawLine, flowItems, gap, lineBox, linesOf, runStyle, type Box, type Item } from './items.js';
import {
  ACCENT, BAR_GAP, BAR_THICKNESS, CHART_LABEL, CHART_SPACE_AFTER, CHART_TITLE, MUTED, NEGATIVE, RULE,
} from './styles.js';
import type { TagNode } from './tagging.js';
import type { Piece } from './text-layout.js';

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
  const rows = node.bars.map((bar) => barRow(ctx, bar, geometry, figure));
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
  const widestLabel = Math.max(0, ...node.bars.map((b) => measure(b.label.normalize('NFC'))));
  const labelWidth = Math.min(widestLabel + LABEL_GAP, width * 0.32);
  const valueRoom = Math.max(0, ...node.bars.map((b) => measure(formatValue(b.value)))) + VALUE_GAP * 2;
  const values = node.bars.map((b) => b.value / 2);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const left = labelWidth + (min < 0 ? valueRoom : 0);
  const barWidth = Math.max(1, width - left - valueRoom);
  const span = max - min;
  const scale = span > 0 ? barWidth / span : 0;
  return { labelWidth, zeroX: left - min * scale, scale };
}

/** One bar: its label (right-aligned, wrapped in the label column), the bar from the zero line, and the value. */
function barRow(ctx: WriterContext, bar: Chart['bars'][number], g: ChartGeometry, tag: TagNode): Box {
  const labelLines = linesOf(ctx, [{ text: bar.label, style: runStyle(CHART_LABEL, []) }], CHART_LABEL, Math.max(1, g.labelWidth - LABEL_GAP));
  const labelHeight = labelLines.reduce((s, l) => s + l.height, 0);
  const band = Math.max(labelHeight, BAR_THICKNESS);
  const [valueLine] = linesOf(ctx, [{ text: formatValue(bar.value), style: runStyle(CHART_LABEL, []) }], CHART_LABEL, 1e6);
  const end = g.zeroX + (bar.value / 2) * g.scale;
  const paint = (x: number, top: number) => {
    const pdf = ctx.pdf;
    let y = top + (band - labelHeight) / 2;
    for (const line of labelLines) {
      drawLine(pdf, line, x + g.labelWidth - LABEL_GAP - line.width, y);
      y += line.height;
    }
    const barTop = top + (band - BAR_THICKNESS) / 2;
    const barLeft = Math.min(g.zeroX, end);
    if (Math.abs(end - g.zeroX) > 0.01) {
      pdf.rect(x + barLeft, barTop, Math.abs(end - g.zeroX), BAR_THICKNESS).fill(bar.value < 0 ? NEGATIVE : ACCENT);
    }
    pdf.save().lineWidth(0.8).strokeColor(RULE).moveTo(x + g.zeroX, top).lineTo(x + g.zeroX, top + band + BAR_GAP).stroke().restore();
    if (valueLine !== undefined) {
      const valueX = bar.value < 0 ? x + end - VALUE_GAP - valueLine.width : x + end + VALUE_GAP;
      drawLine(pdf, valueLine, valueX, top + (band - valueLine.height) / 2);
    }
  };
  return { kind: 'box', height: band + BAR_GAP, keep: 0, tag, paint };
}

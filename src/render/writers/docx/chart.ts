/**
 * Bar charts as native Word charts: docx 9.15 ships `ChartRun` in `docx/charts` (a `c:barChart` part with its data in
 * an embedded workbook), so Word and LibreOffice draw a real, editable chart. Its title is a caption above it, in text.
 */
import { Paragraph, type FileChild } from 'docx';
import { ChartRun } from 'docx/charts';
import type { Chart } from '../../../model/ir.js';
import { nextDrawingId, takePageBreak, type RenderContext } from './context.js';
import { twipsToPixels } from './page-geometry.js';
import { FONT, STYLE } from './styles.js';
import { xmlSafe } from './text.js';

/** Height of the chart per bar and for its axes, in pixels. */
const PX_PER_BAR = 34;
const PX_FRAME = 70;

/** A chart: its caption, then the chart itself (left out when there are no bars, which a chart can't draw). */
export function renderChart(chart: Chart, ctx: RenderContext): FileChild[] {
  const title = xmlSafe(chart.title).trim();
  const unit = chart.unit === null ? '' : xmlSafe(chart.unit).trim();
  const caption = unit !== '' && title !== '' ? `${title} (${unit})` : title || unit;
  const out: FileChild[] = [];
  const pageBreakBefore = takePageBreak(ctx) || undefined;
  if (caption !== '') out.push(new Paragraph({ style: STYLE.caption, pageBreakBefore, text: caption }));
  if (chart.bars.length === 0) {
    if (caption === '' && pageBreakBefore) out.push(new Paragraph({ pageBreakBefore }));
    return out;
  }
  const width = Math.min(twipsToPixels(ctx.geometry.textWidth), 720);
  // No taller than the page leaves below a caption, or Word and LibreOffice would crop it.
  const room = Math.max(PX_FRAME + PX_PER_BAR, twipsToPixels(ctx.geometry.textHeight) - 80);
  const height = Math.min(PX_FRAME + PX_PER_BAR * chart.bars.length, room);
  out.push(new Paragraph({
    style: STYLE.figure,
    pageBreakBefore: caption === '' ? pageBreakBefore : undefined,
    children: [new ChartRun({
      type: 'bar',
      categories: chart.bars.map((bar) => xmlSafe(bar.label)),
      series: [{ name: unit || title, values: chart.bars.map((bar) => bar.value) }],
      legend: false,
      dataLabels: { value: true },
      // A bar chart draws its first category at the bottom: reversed, the bars read top-down in IR order, and the
      // value axis, which would follow the first category to the top, is kept at the bottom.
      categoryAxis: { reverseOrder: true },
      valueAxis: { gridlines: true, crossesAt: 'maximum' },
      font: { name: FONT },
      transformation: { width, height },
      // Its description is left to docx, which writes the bars and their values for screen readers.
      altText: { id: String(nextDrawingId(ctx)), name: caption || 'Chart' },
    })],
  }));
  return out;
}

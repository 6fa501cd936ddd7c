/** Running header and footer, written on every page after layout (the page count is known only then). */
import type { BriefDocument } from '../../../model/ir.js';
import type { Margins } from './flow.js';
import { drawLine, runStyle } from './items.js';
import { FURNITURE, RULE } from './styles.js';
import type { Tagger } from './tagging.js';
import { breakLines, lineMetrics, type Line, type Measure } from './text-layout.js';

const MIN_SIZE = 5;
const ELLIPSIS = '\u2026';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The footer text for page `page` of `pages`: `{page}` and `{pages}` replaced, nothing else interpreted. */
export function footerText(template: string, page: number, pages: number): string {
  return template.split('{page}').map((part) => part.split('{pages}').join(String(pages))).join(String(page));
}

/**
 * Writes the header and footer on every buffered page. Text is drawn with `lineBreak: false` at explicit positions,
 * so PDFKit never wraps it against the margins and never adds a page, even though it sits in the margin area.
 */
export function drawFurniture(pdf: PDFKit.PDFDocument, ir: BriefDocument, margins: Margins, measure: Measure, tagger: Tagger): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = 0; i < count; i += 1) {
    const page = pdf.switchToPage(start + i);
    const width = Math.max(1, page.width - margins.left - margins.right);
    tagger.artifact(() => {
      if (ir.header !== null && ir.header.trim() !== '') drawHeader(pdf, fitLine(ir.header, width, measure), margins, width);
      if (ir.footer !== null && ir.footer.trim() !== '') {
        drawFooter(pdf, fitLine(footerText(ir.footer, i + 1, count), width, measure), margins, width, page.height);
      }
    }, 'Pagination');
  }
}

/** Header: left-aligned above the top margin, with a hairline under it when the margin has room. */
function drawHeader(pdf: PDFKit.PDFDocument, line: Line, margins: Margins, width: number): void {
  const top = Math.max(2, margins.top - 8 - line.height);
  drawLine(pdf, line, margins.left, top);
  if (margins.top >= line.height + 12) {
    const y = top + line.height + 2;
    pdf.save().lineWidth(0.5).strokeColor(RULE).moveTo(margins.left, y).lineTo(margins.left + width, y).stroke().restore();
  }
}

/** Footer: centred below the bottom margin, kept on the page. */
function drawFooter(pdf: PDFKit.PDFDocument, line: Line, margins: Margins, width: number, pageHeight: number): void {
  const top = Math.min(pageHeight - margins.bottom + 8, pageHeight - line.height - 2);
  drawLine(pdf, line, margins.left + (width - line.width) / 2, top);
}

/** `text` on one line within `width`: set smaller if needed (down to 5 pt), then cut with an ellipsis. */
function fitLine(text: string, width: number, measure: Measure): Line {
  const layout = (value: string, size: number): Line | undefined => {
    const style = { ...FURNITURE, size };
    return breakLines([{ text: value, style: runStyle(style, []) }], 1e9, measure, lineMetrics(size, FURNITURE.leading))[0];
  };
  const natural = layout(text, FURNITURE.size);
  if (natural === undefined) return { fragments: [], width: 0, height: 0, baseline: 0 };
  if (natural.width <= width) return natural;
  const size = Math.max(MIN_SIZE, (FURNITURE.size * width) / natural.width);
  const shrunk = layout(text, size);
  if (shrunk === undefined || shrunk.width <= width) return shrunk ?? natural;
  const clusters = [...graphemes.segment(text.normalize('NFC'))].map((s) => s.segment);
  let low = 0;
  let high = clusters.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const candidate = layout(clusters.slice(0, mid).join('').trimEnd() + ELLIPSIS, size);
    if (candidate !== undefined && candidate.width <= width) low = mid;
    else high = mid - 1;
  }
  return layout(clusters.slice(0, low).join('').trimEnd() + ELLIPSIS, size) ?? shrunk;
}

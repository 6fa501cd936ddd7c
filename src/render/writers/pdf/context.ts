/** The state one layout pass of the PDF writer carries while it walks the IR. */
import type { BriefDocument, FlowBlock } from '../../../model/ir.js';
import { inlineText } from '../../../model/ir.js';
import type { PageFlow } from './flow.js';
import type { FontKey } from './fonts.js';
import type { Tagger } from './tagging.js';
import { selectFace } from './text-draw.js';
import type { Line, Measure } from './text-layout.js';

/** A heading as the table of contents and the outline know it. */
export interface HeadingEntry {
  readonly level: 1 | 2 | 3;
  readonly text: string;
  /** Named destination at the heading (unique in the document). */
  readonly dest: string;
}

/** Mutable state of one layout pass; nothing in it outlives the `renderPdf` call. */
export interface WriterContext {
  readonly ir: BriefDocument;
  readonly pdf: PDFKit.PDFDocument;
  readonly flow: PageFlow;
  readonly tagger: Tagger;
  readonly measure: Measure;
  /** Lines already broken, shared by the passes over one document (see `linesOf`). */
  readonly lines: Map<string, Line[]>;
  /** Every heading of the document, in document order. */
  readonly headings: readonly HeadingEntry[];
  /** Page number of each heading found by the previous pass, or null on the first pass. */
  readonly knownPages: readonly number[] | null;
  /** Page number of each heading placed so far in this pass. */
  readonly headingPages: number[];
  /** Outline items of the enclosing headings, innermost last. */
  readonly outlineStack: { level: number; item: PDFKit.PDFOutline }[];
}

const SAFE_DEST = /^[A-Za-z0-9_.:-]{1,80}$/;

/** Named destination of footnote `n` (1-based), or null when the document has no such footnote. */
export function footnoteDest(ir: BriefDocument, n: number): string | null {
  return n >= 1 && n <= ir.footnotes.length ? `brief-fn-${n}` : null;
}

/** The document's headings in order, each with a unique destination name (its id when that is usable). */
export function collectHeadings(ir: BriefDocument): HeadingEntry[] {
  const used = new Set<string>();
  const entries: HeadingEntry[] = [];
  const visit = (block: FlowBlock) => {
    if (block.type !== 'heading') return;
    let dest = SAFE_DEST.test(block.id) && !block.id.startsWith('brief-') ? block.id : `brief-h-${entries.length + 1}`;
    for (let k = 2; used.has(dest); k += 1) dest = `brief-h-${entries.length + 1}-${k}`;
    used.add(dest);
    entries.push({ level: block.level, text: inlineText(block.children).normalize('NFC'), dest });
  };
  for (const section of ir.sections) section.children.forEach(visit);
  return entries;
}

/** A measuring function for `pdf` that caches widths per face and string (text is measured at 1 pt and scaled). */
export function createMeasure(pdf: PDFKit.PDFDocument): Measure {
  const caches = new Map<FontKey, Map<string, number>>();
  return (text, font, size) => {
    let cache = caches.get(font);
    if (cache === undefined) caches.set(font, (cache = new Map()));
    let unit = cache.get(text);
    if (unit === undefined) {
      unit = selectFace(pdf, font).fontSize(1000).widthOfString(text) / 1000;
      cache.set(text, unit);
    }
    return unit * size;
  };
}

/** Adds an outline (bookmark) item for a heading on the current page, nested under the last shallower heading. */
export function addOutlineItem(ctx: WriterContext, level: number, title: string): void {
  const stack = ctx.outlineStack;
  while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
  const parent = stack[stack.length - 1]?.item ?? ctx.pdf.outline;
  stack.push({ level, item: parent.addItem(title, { expanded: true }) });
}

/** Laid-out vertical items (line boxes, drawn boxes, gaps), how text blocks become items, and how items are painted. */
import type { Inline, List, Mark, Paragraph } from '../../../model/ir.js';
import { assertNever } from '../../../model/ir.js';
import { footnoteDest, type WriterContext } from './context.js';
import { FONT_ASCENT, faceFor } from './fonts.js';
import {
  LINK, LIST_GAP, LIST_SPACE_AFTER, SUPERSCRIPT_RISE, SUPERSCRIPT_SCALE, type BlockStyle,
} from './styles.js';
import type { TagNode } from './tagging.js';
import { drawText, selectFace } from './text-draw.js';
import { breakLines, lineMetrics, type Fragment, type Line, type Piece, type RunStyle } from './text-layout.js';

/** Something drawn at a height; `keep` is extra height that must follow it on the same page. */
export interface Box {
  readonly kind: 'box';
  readonly height: number;
  readonly keep: number;
  /** Structure node the drawn content belongs to; null draws it as an artifact. */
  readonly tag: TagNode | null;
  /** Draws the box with its top-left corner at (x, top). */
  readonly paint: (x: number, top: number) => void;
  /** Called once the box has its place, before it is painted (destinations, outline, page numbers). */
  readonly onPlace?: (top: number) => void;
}

/** Vertical space; collapses with neighbouring gaps and disappears at the top of a page. */
export interface Gap {
  readonly kind: 'gap';
  readonly height: number;
}

/** A vertical item of a flow or of a table cell. */
export type Item = Box | Gap;

/** A gap of `height`. */
export const gap = (height: number): Gap => ({ kind: 'gap', height });

/** Style of a run of `base` text with `marks`. */
export function runStyle(base: BlockStyle, marks: readonly Mark[]): RunStyle {
  return { font: faceFor(marks, base), size: base.size, color: base.color, href: null, goTo: null, rise: 0 };
}

/** The URI a link annotation points to (non-ASCII percent-encoded, as PDF URIs are ASCII); none for script, data and file URLs. */
function linkTarget(href: string): string | null {
  const target = href.trim();
  if (target === '' || /^(javascript|data|vbscript|file):/i.test(target)) return null;
  return target.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
}

/** The styled pieces of a run of inlines: links coloured and clickable, footnote references as superscripts. */
export function piecesOf(ctx: WriterContext, inlines: readonly Inline[], base: BlockStyle): Piece[] {
  const pieces: Piece[] = [];
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        pieces.push({ text: node.value, style: runStyle(base, node.marks) });
        break;
      case 'link': {
        const href = linkTarget(node.href);
        for (const child of node.children) {
          const style = runStyle(base, child.marks);
          pieces.push({ text: child.value, style: href === null ? style : { ...style, color: LINK, href } });
        }
        break;
      }
      case 'footnoteRef':
        pieces.push({
          text: String(node.footnote),
          style: {
            ...runStyle(base, []), size: base.size * SUPERSCRIPT_SCALE, rise: base.size * SUPERSCRIPT_RISE,
            goTo: footnoteDest(ctx.ir, node.footnote),
          },
        });
        break;
      default:
        assertNever(node);
    }
  }
  return pieces;
}

/** Lines of `pieces` in `width`, set in `base`'s size and leading (broken once per document, whatever the passes). */
export function linesOf(ctx: WriterContext, pieces: readonly Piece[], base: BlockStyle, width: number): Line[] {
  const key = lineKey(pieces, base, width);
  let lines = ctx.lines.get(key);
  if (lines === undefined) {
    lines = breakLines(pieces, width, ctx.measure, lineMetrics(base.size, base.leading));
    ctx.lines.set(key, lines);
  }
  return lines;
}

/** Everything line breaking depends on, as one string. */
function lineKey(pieces: readonly Piece[], base: BlockStyle, width: number): string {
  let key = `${width}\u0001${base.size}\u0001${base.leading}`;
  for (const { text, style } of pieces) {
    key += `\u0002${style.font}\u0001${style.size}\u0001${style.color}\u0001${style.href}\u0001${style.goTo}\u0001${style.rise}\u0001${text}`;
  }
  return key;
}

/** An empty line of `base`'s height (for blocks that must occupy a line even without text). */
export function emptyLine(base: BlockStyle): Line {
  const { height, baseline } = lineMetrics(base.size, base.leading);
  return { fragments: [], width: 0, height, baseline };
}

/** Draws the fragments of `line` with the line box's top-left at (x, top): text, link underlines and annotations. */
export function drawLine(pdf: PDFKit.PDFDocument, line: Line, x: number, top: number): void {
  for (const f of line.fragments) drawFragment(pdf, f, x + f.x, top, line);
}

function drawFragment(pdf: PDFKit.PDFDocument, f: Fragment, x: number, top: number, line: Line): void {
  const { style } = f;
  const baselineY = top + line.baseline - style.rise;
  selectFace(pdf, style.font).fontSize(style.size);
  drawText(pdf, f.text, x, baselineY - FONT_ASCENT * style.size, style.color);
  if (style.href !== null && f.text.trim() !== '') {
    const underline = baselineY + style.size * 0.12;
    pdf.save().lineWidth(0.5).strokeColor(style.color).moveTo(x, underline).lineTo(x + f.width, underline).stroke().restore();
    pdf.link(x, top, f.width, line.height, style.href);
  }
  if (style.goTo !== null) pdf.goTo(x, top, f.width, line.height, style.goTo);
}

/** A box that draws `line` indented by `dx`. */
export function lineBox(ctx: WriterContext, line: Line, dx: number, tag: TagNode | null, extra: Partial<Pick<Box, 'keep' | 'onPlace'>> = {}): Box {
  return {
    kind: 'box', height: line.height, keep: extra.keep ?? 0, tag, onPlace: extra.onPlace,
    paint: (x, top) => drawLine(ctx.pdf, line, x + dx, top),
  };
}

/** Boxes for lines, the first kept with the second so no paragraph starts with a lone line at a page foot. */
export function lineBoxes(ctx: WriterContext, lines: readonly Line[], dx: number, tag: TagNode | null): Box[] {
  return lines.map((line, i) => lineBox(ctx, line, dx, tag, { keep: i === 0 ? (lines[1]?.height ?? 0) : 0 }));
}

/** Items of a paragraph set in `style` across `width`. */
export function paragraphItems(ctx: WriterContext, node: Paragraph, style: BlockStyle, width: number, tag: TagNode | null): Item[] {
  const lines = linesOf(ctx, piecesOf(ctx, node.children, style), style, width);
  if (lines.length === 0) return [];
  return [gap(style.spaceBefore), ...lineBoxes(ctx, lines, 0, tag), gap(style.spaceAfter)];
}

/** One entry of a hanging-indent list: its marker and its text. */
export interface HangingEntry {
  readonly marker: string;
  readonly inlines: readonly Inline[];
}

/**
 * Items of entries whose markers hang in an indent left of their text (lists, numbered notes); `tagFor` gives the
 * structure node of entry i, `onFirst` is called when entry i's first line is placed.
 */
export function hangingItems(
  ctx: WriterContext, entries: readonly HangingEntry[], style: BlockStyle, width: number,
  tagFor: (i: number) => TagNode | null, onFirst?: (i: number, top: number) => void,
): Item[] {
  const face = faceFor([], style);
  const widest = Math.max(0, ...entries.map((e) => ctx.measure(e.marker, face, style.size)));
  // In a very narrow column the marker can't hang in an indent: it then leads the text like a word.
  const hanging = widest + LIST_GAP <= width / 2;
  const indent = hanging ? widest + LIST_GAP : 0;
  const items: Item[] = [];
  entries.forEach((entry, i) => {
    const markerStyle = runStyle(style, []);
    const pieces = piecesOf(ctx, entry.inlines, style);
    const lines = linesOf(ctx, hanging ? pieces : [{ text: `${entry.marker} `, style: markerStyle }, ...pieces], style, width - indent);
    const [first = emptyLine(style), ...rest] = lines;
    const markerWidth = ctx.measure(entry.marker, face, style.size);
    const marker: Fragment = { text: entry.marker, style: markerStyle, x: -LIST_GAP - markerWidth, width: markerWidth };
    const withMarker = hanging ? { ...first, fragments: [marker, ...first.fragments] } : first;
    const boxes = lineBoxes(ctx, [withMarker, ...rest], indent, tagFor(i));
    const [head, ...tail] = boxes;
    if (head !== undefined) items.push(onFirst === undefined ? head : { ...head, onPlace: (top) => onFirst(i, top) }, ...tail);
    items.push(gap(style.spaceAfter));
  });
  return items;
}

/** Items of a list (bullets or 1., 2., …); with a `parent` tag the items are tagged L > LI > LBody. */
export function listItems(ctx: WriterContext, node: List, style: BlockStyle, width: number, parent: TagNode | null): Item[] {
  const listTag = parent === null ? null : ctx.tagger.node('L', parent);
  const entries = node.items.map((inlines, i) => ({ marker: node.ordered ? `${i + 1}.` : '\u2022', inlines }));
  const tagFor = () => (listTag === null ? null : ctx.tagger.node('LBody', ctx.tagger.node('LI', listTag)));
  const items = hangingItems(ctx, entries, style, width, tagFor);
  if (items.length > 0) items.push(gap(LIST_SPACE_AFTER));
  return items;
}

/** Places `items` one after the other in the page flow at `x`, opening pages as needed. */
export function flowItems(ctx: WriterContext, items: readonly Item[], x: number): void {
  for (const item of items) {
    if (item.kind === 'gap') {
      ctx.flow.space(item.height);
      continue;
    }
    const top = ctx.flow.place(item.height, item.keep);
    item.onPlace?.(top);
    ctx.tagger.content(item.tag, () => item.paint(x, top));
  }
}

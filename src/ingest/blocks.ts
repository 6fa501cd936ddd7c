/** Text blocks of an HTML tree: the innermost paragraphs, headings, list items and cells, each with its role. */
import type { RawBlock } from './furniture.js';

/** How blocksOf reads a tree, so it walks a full DOM and the bare tree of Readability's output alike. */
export interface TreeReader<N> {
  /** The element children, in document order. */
  children(parent: N): Iterable<N>;
  /** The tag name as written by the parser (not case-folded). */
  localName(el: N): string;
  /** All descendant text, as the DOM's textContent. */
  text(el: N): string;
  /** The parent element, or null at the top. */
  parent(el: N): N | null;
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'pre', 'td', 'dd', 'dt']);

function insideFigure<N>(el: N, t: TreeReader<N>): boolean {
  for (let at: N | null = el; at; at = t.parent(at)) if (t.localName(at).toLowerCase() === 'figure') return true;
  return false;
}

const CELL_TAGS = new Set(['td', 'th']);

/** True when an element holds a block element (a cell laid out with paragraphs is layout, not data). */
function holdsBlock<N>(el: N, t: TreeReader<N>): boolean {
  for (const child of t.children(el)) if (BLOCK_TAGS.has(t.localName(child).toLowerCase()) || t.localName(child).toLowerCase() === 'div' || holdsBlock(child, t)) return true;
  return false;
}

/**
 * The cells of a table row that holds data: two cells or more, one with a digit at least, each of
 * plain text. Null for any other element, and for rows of a table used for layout.
 */
function dataRow<N>(el: N, t: TreeReader<N>): string[] | null {
  if (t.localName(el).toLowerCase() !== 'tr') return null;
  const cellEls = [...t.children(el)].filter((c) => CELL_TAGS.has(t.localName(c).toLowerCase()));
  if (cellEls.length < 2 || cellEls.some((c) => holdsBlock(c, t))) return null;
  const cells = cellEls.map((c) => t.text(c).replace(/\s+/g, ' ').trim());
  const header = cellEls.every((c) => t.localName(c).toLowerCase() === 'th');
  return header || cells.some((c) => /\d/.test(c)) ? cells : null;
}

/**
 * The blocks under `root` in document order. A block holding another block is skipped: the inner
 * one carries the text. As the CSS selectors this stands for, tag names match in any case and the
 * contents of <template> are not searched.
 */
export function blocksOf<N>(root: N, t: TreeReader<N>): RawBlock[] {
  const out: RawBlock[] = [];
  /** Appends the blocks under `parent`; true when there is any. */
  const visit = (parent: N): boolean => {
    let any = false;
    for (const el of t.children(parent)) {
      const name = t.localName(el);
      const cells = dataRow(el, t);
      if (cells) {
        out.push({ text: cells.join(' | '), cells });
        any = true;
        continue;
      }
      const inner = name !== 'template' && visit(el);
      const tag = name.toLowerCase();
      const isBlock = BLOCK_TAGS.has(tag);
      any ||= inner || isBlock;
      // A block's descendants come before it in `out` only when one of them is a block, and then it is skipped.
      if (!isBlock || inner) continue;
      // Whitespace runs become one space; a lone space is left as it is (far fewer replacements).
      const text = t.text(el).replace(/\s{2,}|[^\S ]/g, ' ').trim();
      if (!text) continue;
      const role = tag === 'figcaption' || insideFigure(el, t) ? 'caption' : /^h[2-6]$/.test(tag) ? 'heading' : undefined;
      out.push({ text, ...(role ? { role } : {}), ...(tag === 'li' ? { listItem: true } : {}) });
    }
    return any;
  };
  visit(root);
  return out;
}

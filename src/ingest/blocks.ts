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

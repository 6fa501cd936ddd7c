/**
 * Look-ups in a linkedom document by walking it, matching as the CSS selectors they stand for
 * match in an HTML document: tag names in any case, the contents of <template> skipped. linkedom
 * compiles a selector anew on every query, which cost more than the walk itself.
 */
import type { TreeReader } from './blocks.js';

/** An element's tag name as a selector matches it in an HTML document. */
export const tagOf = (el: Element): string => el.localName.toLowerCase();

function* childElements(parent: ParentNode): Generator<Element> {
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) yield el;
}

/** The elements under `root` in document order, as `root.querySelectorAll('*')` lists them. */
export function elementsUnder(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (parent: ParentNode) => {
    for (const el of childElements(parent)) {
      out.push(el);
      if (el.localName !== 'template') visit(el);
    }
  };
  visit(root);
  return out;
}

/** An element's textContent, but with a space for each line break (<br>), so the words on either side stay apart. */
function textWithBreaks(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1) out += tagOf(n as Element) === 'br' ? ' ' : textWithBreaks(n as Element);
  }
  return out;
}

export const domReader: TreeReader<ParentNode> = {
  children: childElements,
  localName: (el) => (el as Element).localName,
  text: (el) => textWithBreaks(el as Element),
  parent: (el) => (el as Element).parentElement,
};

/**
 * A bare element tree (names, children, text) read with htmlparser2, the parser linkedom itself
 * uses, with linkedom's options, so the tree has the same shape linkedom would build. For reading
 * blocks out of HTML that is not changed afterwards: a full DOM costs far more per node.
 */
import { Parser } from 'htmlparser2';
import type { TreeReader } from './blocks.js';

export interface BareElement {
  name: string;
  parent: BareElement | null;
  /** Child elements and text, in order. */
  nodes: Array<BareElement | string>;
}

/** The document: its top-level nodes are the root's. */
export function parseBare(html: string): BareElement {
  const root: BareElement = { name: '#document', parent: null, nodes: [] };
  let node = root;
  const parser = new Parser(
    {
      onopentagname(name) {
        const el: BareElement = { name, parent: node, nodes: [] };
        node.nodes.push(el);
        node = el;
      },
      ontext(text) {
        node.nodes.push(text);
      },
      onclosetag() {
        node = node.parent ?? root;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.write(html);
  parser.end();
  return root;
}

const elementsOf = (el: BareElement): BareElement[] => el.nodes.filter((n): n is BareElement => typeof n !== 'string');

/** The text under an element; a line break (<br>) is a space, so the words on either side stay apart. */
function textOf(el: BareElement): string {
  let out = '';
  for (const n of el.nodes) out += typeof n === 'string' ? n : n.name.toLowerCase() === 'br' ? ' ' : textOf(n);
  return out;
}

/**
 * The <body> as linkedom's `document.body` finds it: the element after the <head>, or after where
 * a missing <head> would go; null when that is not a body (linkedom would add an empty one).
 */
export function bareBody(doc: BareElement): BareElement | null {
  const html = elementsOf(doc)[0];
  if (!html) return null;
  const [first, second] = elementsOf(html);
  const candidate = first && first.name.toUpperCase() === 'HEAD' ? second : first;
  return candidate && candidate.name.toUpperCase() === 'BODY' ? candidate : null;
}

export const bareReader: TreeReader<BareElement> = {
  children: elementsOf,
  localName: (el) => el.name,
  text: textOf,
  // The document node is not an element.
  parent: (el) => (el.parent && el.parent.parent ? el.parent : null),
};

/** Saved web pages: page metadata and the main text's blocks, through Readability over linkedom. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { bareBody, bareReader, parseBare } from './bare-html.js';
import { blocksOf } from './blocks.js';
import { domReader, elementsUnder, tagOf } from './dom.js';
import { bylineAuthor, type RawBlock } from './furniture.js';

export interface HtmlRead {
  blocks: RawBlock[];
  title: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  language: string | null;
}

/** Never article text; a <marquee> is a news ticker, a <select> a list of links. */
const NOT_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'form', 'svg', 'marquee', 'select', 'button']);

/** The content of the first <meta> whose property, name or itemprop is each name in turn, or null. */
function meta(metas: Element[], names: string[]): string | null {
  for (const n of names) {
    const el = metas.find((m) => m.getAttribute('property') === n || m.getAttribute('name') === n || m.getAttribute('itemprop') === n);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** `rel="canonical"`, compared as a selector compares `rel` in HTML: in any case. */
function isCanonical(rel: string | null): boolean {
  return rel !== null && rel.length === 'canonical'.length && rel.toLowerCase() === 'canonical';
}

/** Scripts, styles, forms and the like: never article text. */
function removeNonContent(document: Document): void {
  for (const el of elementsUnder(document).filter((e) => NOT_CONTENT.has(tagOf(e)))) el.remove();
}

/**
 * Blocks of the main text by Readability (none when it finds no article), and the byline it took
 * out of the text (an element marked as the author's, or the page's structured data). Readability
 * changes the document.
 */
function readabilityBlocks(document: Document): { blocks: RawBlock[]; byline: string | null } {
  try {
    const article = new Readability(document, { charThreshold: 200, keepClasses: false }).parse();
    if (!article?.content) return { blocks: [], byline: null };
    const body = bareBody(parseBare(`<!doctype html><html><body>${article.content}</body></html>`));
    return { blocks: body ? blocksOf(body, bareReader) : [], byline: article.byline ? bylineAuthor(article.byline) : null };
  } catch {
    return { blocks: [], byline: null };
  }
}


/** Blocks of the page's <article>, <main> or body with menus, headers, footers and asides dropped. */
function fallbackBlocks(document: Document): RawBlock[] {
  for (const el of Array.from(document.querySelectorAll('nav, header, footer, aside, menu, [role="navigation"], [class*="related"], [class*="share"], [class*="comment"]'))) el.remove();
  const main = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  return main ? blocksOf<ParentNode>(main, domReader) : [];
}

/** Main text of a saved web page, through Readability over linkedom; menus, asides and scripts dropped. */
export function readHtml(html: string): HtmlRead {
  // linkedom needs a root element; a fragment or broken page gets one.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const elements = elementsUnder(document);
  const first = (test: (el: Element) => boolean) => elements.find(test) ?? null;
  const metas = elements.filter((el) => tagOf(el) === 'meta');
  const title = meta(metas, ['og:title', 'twitter:title']) ?? first((el) => tagOf(el) === 'h1')?.textContent?.trim() ?? document.title?.trim() ?? null;
  const published =
    meta(metas, ['article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date']) ??
    first((el) => tagOf(el) === 'time' && el.hasAttribute('datetime'))?.getAttribute('datetime') ??
    null;
  const author = meta(metas, ['author', 'article:author', 'dc.creator']);
  const url = meta(metas, ['og:url']) ?? first((el) => tagOf(el) === 'link' && isCanonical(el.getAttribute('rel')))?.getAttribute('href') ?? null;
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || null;
  removeNonContent(document);
  const read = readabilityBlocks(document);
  let blocks = read.blocks;
  if (blocks.length === 0) {
    // Readability has changed `document`: the fallback reads the page as parsed.
    const { document: fresh } = parseHTML(page);
    removeNonContent(fresh);
    blocks = fallbackBlocks(fresh);
  }
  const h1 = title ? blocks.findIndex((b) => b.text === title) : -1;
  if (h1 === 0) blocks.shift();
  return { blocks, title, published, author: author ?? read.byline, url, language };
}

/** Format readers: plain text, Markdown with YAML front matter, and saved HTML pages into raw blocks. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import type { RawBlock } from './furniture.js';
import { issueLine } from '../model/zod-issue.js';

/** Split plain text into blocks: one per line, or per blank-line paragraph when lines are hard-wrapped. */
export function readPlainText(text: string): RawBlock[] {
  const lines = text.split('\n');
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const wrapped =
    nonEmpty.length > 4 &&
    lines.some((l) => l.trim() === '') &&
    nonEmpty.filter((l) => l.length >= 55 && l.length <= 100).length / nonEmpty.length > 0.6;
  if (!wrapped) return lines.map((l) => ({ text: l }));
  return text
    .split(/\n\s*\n/)
    .map((block) => ({ text: block.replace(/\s*\n\s*/g, ' ') }));
}

export const FrontMatterSchema = z
  .object({
    title: z.string().optional(),
    url: z.string().optional(),
    published: z.union([z.string(), z.date()]).optional(),
    date: z.union([z.string(), z.date()]).optional(),
    language: z.string().optional(),
    lang: z.string().optional(),
    province: z.string().optional(),
    author: z.string().optional(),
    chair: z.string().optional(),
    kind: z.string().optional(),
  })
  .passthrough();
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** A front matter problem, with the line in the file where it is. */
export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

/** Split `---` YAML front matter off a Markdown file and validate it. */
export function splitFrontMatter(text: string): { frontMatter: FrontMatter; body: string; bodyLine: number } {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { frontMatter: {}, body: text, bodyLine: 1 };
  let data: unknown;
  try {
    data = parseYaml(m[1] ?? '') ?? {};
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const line = (e.linePos?.[0]?.line ?? 0) + 1;
      throw new FrontMatterError(`front matter: ${e.message.split('\n')[0]}`, line);
    }
    throw e;
  }
  const result = FrontMatterSchema.safeParse(data);
  if (!result.success) {
    throw new FrontMatterError(`front matter: ${issueLine(result.error)}`, null);
  }
  return { frontMatter: result.data, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** Markdown inline syntax to plain text. */
function stripInlineMarkdown(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}

/** Markdown body into blocks: headings, captions after images, paragraphs, list items. */
export function readMarkdown(body: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let para: string[] = [];
  let captionNext = false;
  const flush = () => {
    if (para.length) blocks.push({ text: stripInlineMarkdown(para.join(' ')), ...(captionNext ? { role: 'caption' as const } : {}) });
    if (para.length) captionNext = false;
    para = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '' || /^(-{3,}|\*{3,}|_{3,})$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ text: stripInlineMarkdown(heading[2] ?? ''), role: heading[1] === '#' ? 'body' : 'heading' });
      continue;
    }
    if (/^!\[[^\]]*\]\([^)]*\)\s*$/.test(line)) {
      flush();
      captionNext = true;
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      blocks.push({ text: stripInlineMarkdown(item[1] ?? '') });
      continue;
    }
    para.push(line.replace(/^>\s?/, ''));
  }
  flush();
  return blocks;
}

export interface HtmlRead {
  blocks: RawBlock[];
  title: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  language: string | null;
}

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, pre, td, dd, dt';

function blocksOf(root: Element): RawBlock[] {
  const out: RawBlock[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    if (el.querySelector(BLOCK_SELECTOR)) continue; // the innermost block carries the text
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const tag = el.tagName.toLowerCase();
    const role = tag === 'figcaption' || el.closest('figure') ? 'caption' : /^h[2-6]$/.test(tag) ? 'heading' : undefined;
    out.push(role ? { text, role } : { text });
  }
  return out;
}

function meta(document: Document, names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Main text of a saved web page, through Readability over linkedom; menus, asides and scripts dropped. */
export function readHtml(html: string): HtmlRead {
  // linkedom needs a root element; a fragment or broken page gets one.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const title = meta(document, ['og:title', 'twitter:title']) ?? document.querySelector('h1')?.textContent?.trim() ?? document.title?.trim() ?? null;
  const published =
    meta(document, ['article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date']) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const author = meta(document, ['author', 'article:author', 'dc.creator']);
  const url = meta(document, ['og:url']) ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || null;
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template, iframe, form, svg'))) el.remove();
  let blocks: RawBlock[] = [];
  try {
    const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 200, keepClasses: false }).parse();
    if (article?.content) {
      const { document: doc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      blocks = blocksOf(doc.body);
    }
  } catch {
    blocks = [];
  }
  if (blocks.length === 0) {
    for (const el of Array.from(document.querySelectorAll('nav, header, footer, aside, menu, [role="navigation"], [class*="related"], [class*="share"], [class*="comment"]'))) el.remove();
    const main = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
    blocks = main ? blocksOf(main) : [];
  }
  const h1 = title ? blocks.findIndex((b) => b.text === title) : -1;
  if (h1 === 0) blocks.shift();
  return { blocks, title, published, author, url, language };
}

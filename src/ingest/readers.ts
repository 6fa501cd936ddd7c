/** Format readers: plain text, and Markdown with YAML front matter, into raw blocks (HTML: html-reader.ts). */
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

/** Markdown body into blocks: headings, captions after images, paragraphs, list items, table rows. */
export function readMarkdown(body: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let para: string[] = [];
  let paraQuoted = false;
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
    // A table row ("| Traffic accidents | 231 | 204 |"); the row under the header only aligns the columns.
    if (/^\|.*\|$/.test(line) && line.length > 2) {
      flush();
      const cells = line.slice(1, -1).split('|').map((c) => stripInlineMarkdown(c.trim()));
      if (!cells.every((c) => /^:?-{2,}:?$/.test(c))) blocks.push({ text: cells.join(' | '), cells });
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
      blocks.push({ text: stripInlineMarkdown(item[1] ?? ''), listItem: true });
      continue;
    }
    // A block quote and the paragraph around it are apart, blank line or not (a reader's comment under its heading).
    const quoted = line.startsWith('>');
    if (para.length && quoted !== paraQuoted) flush();
    if (!para.length) paraQuoted = quoted;
    para.push(line.replace(/^>\s?/, ''));
  }
  flush();
  return blocks;
}

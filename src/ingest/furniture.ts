/** Page furniture removal: end markers, captions, date lines, bylines and menus out; paragraphs with roles in. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { packageRoot } from '../paths.js';
import { fold } from '../text/fold.js';
import type { ArticleParagraph } from '../model/article.js';

const FurnitureSchema = z.object({
  end: z.array(z.string()),
  drop: z.array(z.string()),
  caption: z.array(z.string()),
  dateLine: z.object({ maxLength: z.number(), patterns: z.array(z.string()) }),
  outletPrefix: z.string(),
  byline: z.array(z.string()),
});

interface FurnitureRules {
  end: RegExp[];
  drop: RegExp[];
  caption: RegExp[];
  dateLineMax: number;
  datePatterns: RegExp[];
  outletPrefix: RegExp;
  byline: RegExp[];
}

let rules: FurnitureRules | null = null;

function loadRules(): FurnitureRules {
  if (rules) return rules;
  const raw = FurnitureSchema.parse(parse(fs.readFileSync(path.join(packageRoot, 'src', 'ingest', 'furniture.yaml'), 'utf8')));
  const re = (p: string) => new RegExp(p, 'iu');
  rules = {
    end: raw.end.map(re),
    drop: raw.drop.map(re),
    caption: raw.caption.map(re),
    dateLineMax: raw.dateLine.maxLength,
    datePatterns: raw.dateLine.patterns.map(re),
    outletPrefix: new RegExp(raw.outletPrefix, 'u'),
    byline: raw.byline.map(re),
  };
  return rules;
}

/** A block of text from a format reader, before furniture removal. */
export interface RawBlock {
  text: string;
  role?: ArticleParagraph['role'];
}

export interface CleanResult {
  paragraphs: ArticleParagraph[];
  published: string | null;
  author: string | null;
  title: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date from a day-first date line, or null if the line is not one. */
function dateLineDate(line: string, r: FurnitureRules): string | null {
  if (line.length > r.dateLineMax) return null;
  for (const re of r.datePatterns) {
    const m = re.exec(line);
    if (!m?.groups) continue;
    const rest = line.replace(m[0], '').replace(/[^\p{L}]/gu, '');
    if (rest.length > 30) continue;
    const day = Number(m.groups.day);
    const month = Number(m.groups.month);
    const year = Number(m.groups.year);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}

/** Title-case an all-capitals name ("VU XUAN DIEN" → "Vu Xuan Dien"). */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
}

/** A short line that is only a person's name (a byline such as "Le Minh"). */
function isNameLine(line: string): boolean {
  const words = line.split(/\s+/);
  return (
    line.length <= 40 &&
    words.length >= 2 &&
    words.length <= 5 &&
    !/[\d.!?:;,()"]/.test(line) &&
    words.every((w) => /^\p{Lu}/u.test(w))
  );
}

/** "NAME IN CAPITALS, title…": a signature line at the end of a commentary. */
function signatureLine(line: string): { name: string } | null {
  const m = /^([\p{Lu}][\p{Lu}\s.'-]{4,40}),\s*\S/u.exec(line);
  if (!m || line.length > 400 || !m[1] || m[1].trim().split(/\s+/).length < 2) return null;
  return { name: titleCase(m[1].trim()) };
}

const isHeadingLike = (line: string) => line.length <= 90 && !/[.!?:;,…"”)。！？：；」』]$/.test(line) && line.split(/\s+/).length <= 14;

/**
 * Remove page furniture from the blocks of one article and give each kept paragraph a role.
 * `txtTitle` asks for the first short line to be taken as the title (plain-text input).
 */
export function removeFurniture(blocks: RawBlock[], options: { txtTitle: boolean }): CleanResult {
  const r = loadRules();
  let published: string | null = null;
  let author: string | null = null;
  let title: string | null = null;
  const kept: ArticleParagraph[] = [];
  let nextIsCaption = false;
  for (const [index, block] of blocks.entries()) {
    // Runs of tabs and spaces become one space (a lone space is left as it is: far fewer replacements).
    let text = block.text.normalize('NFC').replace(/[\t ]{2,}|\t/g, ' ').trim();
    if (!text) continue;
    const folded = fold(text).trim();
    const hasBody = kept.some((p) => p.role === 'body');
    if (hasBody && r.end.some((re) => re.test(folded))) break;
    if (/\.(jpe?g|png|gif|webp|svg|bmp)(\?\S*)?$/i.test(text)) {
      nextIsCaption = true;
      continue;
    }
    if (r.drop.some((re) => re.test(folded))) continue;
    const date = dateLineDate(text, r);
    if (date) {
      published ??= date;
      continue;
    }
    const by = r.byline.map((re) => re.exec(text)).find((m) => m?.groups?.name);
    if (by?.groups?.name) {
      author ??= by.groups.name.trim();
      continue;
    }
    // A first short line is the title when it reads like one: no closing period, or set apart by a blank line.
    const setApart = blocks[index + 1]?.text.trim() === '';
    if (options.txtTitle && title === null && kept.length === 0 && text.length <= 160 && block.role !== 'caption' && (setApart || !/[.!?。]$/.test(text))) {
      title = text;
      continue;
    }
    if (kept.length === 0) text = text.replace(r.outletPrefix, '');
    let role: ArticleParagraph['role'] = block.role ?? 'body';
    if (nextIsCaption || r.caption.some((re) => re.test(folded))) role = 'caption';
    nextIsCaption = false;
    kept.push({ text, role });
  }
  // A first line taken as the title was the whole text: it is the article, not its title.
  if (title !== null && options.txtTitle && !kept.some((p) => p.role === 'body')) {
    kept.unshift({ text: title, role: 'body' });
    title = null;
  }
  // A byline or signature closes the article body.
  const lastBody = [...kept].reverse().find((p) => p.role === 'body');
  if (lastBody) {
    const signature = signatureLine(lastBody.text);
    if (isNameLine(lastBody.text) || signature) {
      author ??= signature?.name ?? lastBody.text;
      kept.splice(kept.lastIndexOf(lastBody), 1);
    }
  }
  // Short lines between body paragraphs are subheadings.
  for (let i = 0; i < kept.length; i++) {
    const p = kept[i] as ArticleParagraph;
    if (p.role === 'body' && (i > 0 || title !== null) && i < kept.length - 1 && isHeadingLike(p.text)) p.role = 'heading';
  }
  if (kept.length > 0 && (kept[0] as ArticleParagraph).role === 'body' && title === null && isHeadingLike(kept[0]!.text) && kept.length > 1) {
    title = kept.shift()!.text;
  }
  return { paragraphs: kept, published, author, title };
}

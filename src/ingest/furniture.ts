/** Page furniture removal: end markers, captions, date lines, bylines and menus out; paragraphs with roles in. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { packageRoot } from '../paths.js';
import { fold } from '../text/fold.js';
import { dataRegExp } from '../text/word-class.js';
import type { ArticleParagraph } from '../model/article.js';

const FurnitureSchema = z.object({
  end: z.array(z.string()),
  related: z.array(z.string()),
  drop: z.array(z.string()),
  notice: z.array(z.string()),
  captionEnd: z.array(z.string()),
  caption: z.array(z.string()),
  dateLine: z.object({ maxLength: z.number(), patterns: z.array(z.string()), monthNames: z.record(z.string(), z.number().int().min(1).max(12)), timestamp: z.string() }),
  navigation: z.object({ separators: z.string(), precheck: z.string(), breadcrumb: z.string(), maxPieceLength: z.number(), maxPieceWords: z.number() }),
  outletPrefix: z.string(),
  byline: z.array(z.string()),
  credit: z.string(),
  signatureRanks: z.array(z.string()),
});

interface FurnitureRules {
  end: RegExp[];
  /** A related-headlines label alone on its line. */
  relatedHeading: RegExp;
  /** A related-headlines label followed by one headline on the same line. */
  relatedLink: RegExp;
  drop: RegExp[];
  /** Tested on short lines only. */
  notice: RegExp[];
  /** Tested on a line's last 120 characters. */
  captionEnd: RegExp[];
  caption: RegExp[];
  dateLineMax: number;
  datePatterns: RegExp[];
  /** Month names (folded) in date lines, to their numbers. */
  monthNames: Map<string, number>;
  timestamp: RegExp;
  navSeparators: RegExp;
  /** Any separator character: a cheap test before the separators' pattern. */
  navPrecheck: RegExp;
  breadcrumb: RegExp;
  maxPieceLength: number;
  maxPieceWords: number;
  outletPrefix: RegExp;
  byline: RegExp[];
  /** The name a photo credit gives, in its group "name". */
  credit: RegExp;
  /** Ranks and honorifics (folded), longest first. */
  signatureRanks: string[];
}

let rules: FurnitureRules | null = null;

function loadRules(): FurnitureRules {
  if (rules) return rules;
  const raw = FurnitureSchema.parse(parse(fs.readFileSync(path.join(packageRoot, 'src', 'ingest', 'furniture.yaml'), 'utf8')));
  const re = (p: string) => dataRegExp(p, 'iu');
  const related = raw.related.map((p) => `(?:${p})`).join('|');
  rules = {
    end: raw.end.map(re),
    relatedHeading: re(`^(?:${related})\\s*:?$`),
    relatedLink: re(`^(?:${related})\\s*:\\s*\\S`),
    drop: raw.drop.map(re),
    notice: raw.notice.map(re),
    captionEnd: raw.captionEnd.map(re),
    caption: raw.caption.map(re),
    dateLineMax: raw.dateLine.maxLength,
    datePatterns: raw.dateLine.patterns.map(re),
    monthNames: new Map(Object.entries(raw.dateLine.monthNames)),
    timestamp: re(raw.dateLine.timestamp),
    navSeparators: new RegExp(raw.navigation.separators, 'u'),
    navPrecheck: new RegExp(raw.navigation.precheck, 'u'),
    breadcrumb: new RegExp(raw.navigation.breadcrumb, 'u'),
    maxPieceLength: raw.navigation.maxPieceLength,
    maxPieceWords: raw.navigation.maxPieceWords,
    outletPrefix: new RegExp(raw.outletPrefix, 'u'),
    byline: raw.byline.map(re),
    credit: re(raw.credit),
    signatureRanks: [...raw.signatureRanks].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length),
  };
  return rules;
}

/** A block of text from a format reader, before furniture removal. */
export interface RawBlock {
  text: string;
  role?: ArticleParagraph['role'];
  /** An item of a list (its mark taken off by the reader): never a subheading, however short. */
  listItem?: boolean;
  /** A table row's cells, as the reader found them (`text` is them joined by " | "). */
  cells?: string[];
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
  if (line.length > r.dateLineMax || line.includes('。')) return null;
  for (const re of r.datePatterns) {
    const m = re.exec(line);
    if (!m?.groups) continue;
    const rest = line.replace(m[0], '').replace(/[^\p{L}]/gu, '');
    if (rest.length > 30) continue;
    const day = Number(m.groups.day);
    const month = m.groups.monthName === undefined ? Number(m.groups.month) : (r.monthNames.get(m.groups.monthName) ?? 0);
    const year = Number(m.groups.year);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}

/** Pieces a spaced menu has at least, and words a piece has at most. */
const SPACED_MENU_PIECES = 4;
const SPACED_MENU_WORDS = 3;

/** Short pieces without digits, set apart by runs of two or more spaces or by tabs: a menu saved as text. */
function isSpacedMenu(raw: string): boolean {
  if (!/ {2}|\t/.test(raw)) return false;
  const pieces = raw.trim().split(/ {2,}|\t+/);
  return pieces.length >= SPACED_MENU_PIECES && pieces.every((p) => p.length <= 25 && !/\d/.test(p) && p.split(' ').length <= SPACED_MENU_WORDS);
}

/** Title-case an all-capitals name ("VU XUAN DIEN" → "Vu Xuan Dien"). */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
}

/** Where a menu, breadcrumb, share bar or meta line stands: its pieces, or null if the line is not one. */
function navigationPieces(line: string, r: FurnitureRules): string[] | null {
  if (line.length > 300 || !r.navPrecheck.test(line)) return null;
  const first = r.navSeparators.exec(line);
  if (!first) return null;
  // A table row ("| Cases | 1,204 | 1,102 |", "Cases | 1,204 cases | 1,102 cases": figures in two
  // pieces, and no time of day or date as a meta line has) holds content, not links.
  if (line.startsWith('|') && line.endsWith('|')) return null;
  const pieces = line.split(r.navSeparators).map((p) => p.trim()).filter((p) => p !== '');
  if (pieces.length < 2 || (pieces.filter((p) => /\d/.test(p) && dateLineDate(p, r) === null).length >= 2 && !/\d[:h]\d\d/.test(line))) return null;
  const short = (p: string) => p.length <= r.maxPieceLength && p.split(/\s+/).length <= r.maxPieceWords && !/[.!?。！？]$/u.test(p);
  if (!pieces.every(short)) return null;
  // Two pieces make a breadcrumb ("Society > Security") but not a menu: "Outlet | Edition" may be a title.
  return pieces.length >= 3 || r.breadcrumb.test(first[0]) ? pieces : null;
}

const LIST_MARK = /^(?:[-–•・*▪►▶+]|\d{1,2}[.)])\s*/u;

/** A line of a related-headlines list: a list item, or a short line that is not a sentence. */
function isHeadlineLine(line: string): boolean {
  const item = line.replace(LIST_MARK, '');
  if (item.length === 0 || item.length > 200) return false;
  return item.length < line.length || (item.length <= 160 && !/[.!?。！？;；:：]$/u.test(item));
}

/** Marks around a label ("▼関連記事", "**Related**", "## À lire aussi") off; a closing colon stays. */
const trimMarks = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}:]+$/gu, '');

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

/**
 * The name in a page's byline element ("By Huu Tho", "Minh Hoàng · 05/01/2024 17:30", "作者：黎明"):
 * its first piece, read by the byline rules, or that piece when it is only a name; null when it
 * holds more than a name.
 */
export function bylineAuthor(byline: string): string | null {
  const r = loadRules();
  const piece = firstBylinePiece(byline);
  return bylineName(piece, r) ?? (piece !== '' && piece.length <= 40 && !/[\d@:/：]/u.test(piece) ? asWritten(piece) : null);
}

/** The first piece of a byline: "Huu Tho · 11/01/2024 08:30", "文：农氏兰　图：梁文松" (an ideographic space before the photo credit). */
const firstBylinePiece = (line: string) => line.trim().split(/\s+[·|•–—-]\s+|\s{2,}|\u3000/u)[0]?.trim() ?? '';

/** The name a byline rule reads in a short text ("By Huu Tho", "Text und Fotos: Pham Thu Trang"), as a reader writes it, or null. */
function bylineName(text: string, r: FurnitureRules): string | null {
  const name = r.byline.map((re) => re.exec(text)?.groups?.name).find((n) => n !== undefined);
  return name === undefined ? null : asWritten(name.trim());
}

/** The byline piece of a meta line ("Thursday, January 11, 2024 · By Tran An · Share"), or null. */
function metaByline(line: string, r: FurnitureRules): string | null {
  for (const piece of line.split(r.navSeparators)) {
    const name = bylineName(piece.replace(/^[_*\s]+|[_*\s]+$/g, ''), r);
    if (name) return name;
  }
  return null;
}

/** A few words naming a site's section ("Defensa y Seguridad", "Thời sự", "国防"), too short for a headline. */
const isSectionLabel = (line: string) => line.length <= 30 && line.split(/\s+/).length <= 3;

/** An agency's or office's code in a byline ("VNA", "CDP", "TTXVN"), never a name. */
const isAgencyCode = (p: string) => /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(p);

/** A name as a reader writes it: title case when it was written in capitals ("HOANG YEN" → "Hoang Yen"). */
const asWritten = (name: string) => (/\p{Ll}/u.test(name) ? name : titleCase(name));

/**
 * A closing byline: one or more names joined by dashes, slashes or commas ("Bế Thu – Hoàng Nam",
 * "Minh Thu/CDP"), maybe with an agency or office in brackets ("Тхань Хай (ВИА)", "Quàng Thị Hoa (Trung tâm VH-TT&TT huyện)").
 * The author it gives, agency codes left out ("Hoang Phuc - VNT" gives "Hoang Phuc"), or null.
 */
function closingByline(line: string): string | null {
  if (line.length > 80) return null;
  let author = line.replace(/\s*[(（][^()（）]{1,40}[)）]$/u, '').trim();
  const parts = author.split(/\s+[-–—/]\s+|\s*[/,]\s*/u).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 4) return null;
  const agency = (p: string) => isAgencyCode(p) || (p.split(/\s+/).length <= 3 && p.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)));
  if (!parts.some(isNameLine) || !parts.every((p) => isNameLine(p) || agency(p))) return null;
  // Codes after the names ("- VNT", "/CDP") are the agency's, not part of the author.
  while (parts.length > 1 && isAgencyCode(parts[parts.length - 1] as string)) {
    const code = parts.pop() as string;
    author = author.slice(0, author.lastIndexOf(code)).replace(/[\s\-–—/,]+$/u, '');
  }
  return asWritten(author);
}

/** "NAME IN CAPITALS, title…": a signature line at the end of a commentary. */
function signatureLine(line: string): { name: string } | null {
  const m = /^([\p{Lu}][\p{Lu}\s.'-]{4,40}),\s*\S/u.exec(line);
  if (!m || line.length > 400 || !m[1] || m[1].trim().split(/\s+/).length < 2) return null;
  return { name: titleCase(m[1].trim()) };
}

/**
 * "Colonel Bui Van Tam, Deputy Director of Hoa Binh Provincial Police": a closing signature of a
 * rank or honorific, a name in capitalized words, and the writer's title, with no sentence in it
 * (no closing punctuation, no figures). The name without the rank, or null.
 */
function rankedSignature(line: string, ranks: readonly string[]): string | null {
  if (line.length > 200 || /[.!?。:;"“”]$|\d/u.test(line)) return null;
  const comma = line.indexOf(',');
  if (comma < 0) return rankedCapitalsSignature(line, ranks);
  const words = line.slice(0, comma).trim().split(/\s+/);
  const title = line.slice(comma + 1).trim().split(/\s+/);
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  if (!title[0] || !capital(title[0]) || title.length > 20) return null;
  const folded = fold(words.join(' '));
  const rank = ranks.find((r) => folded === r || folded.startsWith(`${r} `));
  const name = rank ? words.slice(rank.split(' ').length) : words;
  if (!rank || name.length < 2 || name.length > 5 || !name.every(capital)) return null;
  return name.join(' ');
}

/**
 * "Lieutenant Colonel NONG VAN TUAN Bac Kan Provincial Police" (the name and the agency on two lines
 * of one paragraph): a rank, then the name in capitals, then capitalized words. The name, title-cased.
 */
function rankedCapitalsSignature(line: string, ranks: readonly string[]): string | null {
  const words = line.trim().split(/\s+/);
  const folded = fold(words.join(' '));
  const rank = ranks.find((r) => folded.startsWith(`${r} `));
  if (!rank) return null;
  const rest = words.slice(rank.split(' ').length);
  let n = 0;
  while (n < rest.length && /^\p{Lu}[\p{Lu}'-]*$/u.test(rest[n] as string)) n++;
  if (n < 2 || n > 5 || rest.length - n > 12 || !rest.slice(n).every((w) => /^\p{Lu}/u.test(w))) return null;
  return titleCase(rest.slice(0, n).join(' '));
}

/** The line when it is only a name that a photo caption of the article credits (a byline in any script: "탄 흐엉", "武雄", "H'Nga"), else null. */
function creditedName(line: string, paragraphs: readonly ArticleParagraph[], r: FurnitureRules): string | null {
  const name = line.replace(/^[\s(（]+|[\s)）]+$/gu, '');
  if (name.length === 0 || name.length > 40 || /[.!?。,，:：]/u.test(name)) return null;
  const credited = paragraphs.some((p) => p.role === 'caption' && r.credit.exec(p.text)?.groups?.name?.trim() === name);
  return credited ? asWritten(name) : null;
}

const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{6}/u;

/** A short line without closing punctuation, not a list item (list items often go without a period). */
const isHeadingLike = (line: string) => line.length <= 90 && !LIST_MARK.test(line) && !/[.!?:;,…"”)。！？：；」』]$/.test(line) && line.split(/\s+/).length <= 14;

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
  const listItems = new Set<ArticleParagraph>();
  let hasBody = false;
  let nextIsCaption = false;
  let inRelated = false;
  let relatedMarked = false;
  for (const [index, block] of blocks.entries()) {
    // A line of short words set apart by runs of spaces is a menu or a share bar saved as text ("Home  Politics  Business").
    if (isSpacedMenu(block.text)) {
      if (options.txtTitle && kept.length === 0 && published === null) title = null;
      continue;
    }
    // Runs of tabs and spaces become one space (a lone space is left as it is: far fewer replacements).
    let text = block.text.normalize('NFC').replace(/[\t ]{2,}|\t/g, ' ').trim();
    if (!text) continue;
    const folded = fold(text).trim();
    if (hasBody && r.end.some((re) => re.test(folded))) break;
    // A row of a table in the text (one above the text is a widget: weather, prices, scores).
    if (block.cells) {
      if (hasBody) {
        const cells = block.cells.map((c) => c.normalize('NFC').replace(/\s+/g, ' ').trim());
        kept.push({ text: cells.join(' | '), role: 'table', cells });
      }
      inRelated = false;
      continue;
    }
    // The headlines under a related-headlines label (blank lines between them do not end the list);
    // once they have list marks, a line without one is the article again (a subheading).
    if (inRelated && isHeadlineLine(text) && !(relatedMarked && !LIST_MARK.test(text))) {
      relatedMarked ||= LIST_MARK.test(text);
      continue;
    }
    inRelated = false;
    relatedMarked = false;
    if (/\.(jpe?g|png|gif|webp|svg|bmp)(\?\S*)?$/i.test(text)) {
      nextIsCaption = true;
      continue;
    }
    // A related label is short, or ends in a colon near the start of its line: most lines need no test.
    const colon = folded.indexOf(':');
    if (folded.length <= 60 || (colon > 0 && colon <= 60)) {
      const label = trimMarks(folded);
      if (label.length <= 60 && r.relatedHeading.test(label)) {
        inRelated = true;
        continue;
      }
      if (colon > 0 && r.relatedLink.test(label)) continue;
    }
    if (folded.length <= 300 && r.notice.some((re) => re.test(folded))) continue;
    // A byline is a short line, maybe in brackets ("（文・写真：ホアン・トゥー）"), which the drop rules below would take.
    // The writer first, then the photographer ("文：ヴー・ホアイ　写真：ホアン・リン"): the line is a byline.
    const by = text.length <= 80 ? (bylineName(text, r) ?? bylineName(firstBylinePiece(block.text), r)) : null;
    if (by) {
      author ??= by;
      continue;
    }
    if (r.drop.some((re) => re.test(folded))) continue;
    const date = dateLineDate(folded, r);
    if (date) {
      published ??= date;
      author ??= metaByline(text, r);
      continue;
    }
    // "Ngoc Tran / BDH" under the article is its byline, not a breadcrumb.
    const pieces = hasBody && closingByline(text) !== null ? null : navigationPieces(folded, r);
    if (pieces) {
      for (const piece of pieces) published ??= dateLineDate(piece, r);
      author ??= metaByline(text, r);
      // A site menu or a breadcrumb under the first line: that line was the site's name, not the headline
      // (a share bar under the headline's date line is not such a menu).
      if (options.txtTitle && kept.length === 0 && published === null && (pieces.length >= 5 || r.breadcrumb.test(r.navSeparators.exec(folded)?.[0] ?? ''))) title = null;
      continue;
    }
    if (text.length <= r.dateLineMax && /\d[:h]\d\d/.test(folded) && r.timestamp.test(folded)) continue;
    // A first short line is the title when it reads like one: no closing period, or set apart by a blank line.
    const setApart = blocks[index + 1]?.text.trim() === '';
    if (options.txtTitle && title === null && kept.length === 0 && text.length <= 160 && block.role !== 'caption' && (setApart || !/[.!?。]$/.test(text))) {
      title = text;
      continue;
    }
    // A section's name above the headline ("Defensa y Seguridad", "Thời sự"): the headline is the title.
    // (Pieces set apart by wide gaps, "ホーム　政治　経済", are a menu, not a headline.)
    const headlineLike = text.length <= 160 && block.role !== 'caption' && !/[.!?。]$/.test(text) && !/\u3000|[\t ]{2,}/.test(block.text.trim());
    if (options.txtTitle && title !== null && kept.length === 0 && isSectionLabel(title) && headlineLike && text.length >= 2 * title.length) {
      title = text;
      continue;
    }
    if (kept.length === 0) text = text.replace(r.outletPrefix, '');
    let role: ArticleParagraph['role'] = block.role ?? 'body';
    const tail = folded.length > 120 ? folded.slice(-120) : folded;
    if (nextIsCaption || r.captionEnd.some((re) => re.test(tail)) || r.caption.some((re) => re.test(folded))) role = 'caption';
    nextIsCaption = false;
    hasBody ||= role === 'body';
    const paragraph: ArticleParagraph = { text, role };
    // An item of a list in the text, not of a share bar or a menu above it: a few words at least.
    if (block.listItem && hasBody && (text.split(/\s+/).length >= 4 || CJK_TEXT.test(text))) listItems.add(paragraph);
    kept.push(paragraph);
  }
  // A first line taken as the title was the whole text: it is the article, not its title.
  if (title !== null && options.txtTitle && !kept.some((p) => p.role === 'body')) {
    kept.unshift({ text: title, role: 'body' });
    title = null;
  }
  // A byline or signature closes the article body, maybe under an agency's sign-off ("VNA").
  let lastBody = kept.findLast((p) => p.role === 'body');
  if (lastBody && /^\p{Lu}{2,8}$/u.test(lastBody.text) && kept.filter((p) => p.role === 'body').length > 1) {
    kept.splice(kept.lastIndexOf(lastBody), 1);
    lastBody = kept.findLast((p) => p.role === 'body');
  }
  if (lastBody) {
    const line = lastBody.text;
    const closing = signatureLine(line)?.name ?? rankedSignature(line, r.signatureRanks) ?? closingByline(line) ?? creditedName(line, kept, r);
    if (closing) {
      author ??= closing;
      kept.splice(kept.lastIndexOf(lastBody), 1);
    }
  }
  // Short lines between body paragraphs are subheadings.
  for (let i = 0; i < kept.length; i++) {
    const p = kept[i] as ArticleParagraph;
    if (p.role === 'body' && !listItems.has(p) && (i > 0 || title !== null) && i < kept.length - 1 && isHeadingLike(p.text)) p.role = 'heading';
  }
  if (kept.length > 0 && (kept[0] as ArticleParagraph).role === 'body' && title === null && isHeadingLike(kept[0]!.text) && kept.length > 1) {
    title = kept.shift()!.text;
  }
  return { paragraphs: kept, published, author, title };
}

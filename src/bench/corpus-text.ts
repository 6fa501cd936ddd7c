/** The wording layer of the corpus: an article's facts become titled paragraphs, captions and page furniture. */
import { FURNITURE, MENU, OUTLETS, RELATED_HEADLINES, type Lang } from './corpus-banks.js';
import type { ArticleFacts, Ymd } from './corpus-facts.js';
import type { Rng } from './prng.js';

export type Block = { kind: 'p'; text: string } | { kind: 'list'; items: string[] } | { kind: 'caption'; text: string; image: string };

/** One article in words, still independent of the file format. */
export interface ArticleText {
  lang: Lang;
  title: string;
  url: string;
  /** yyyy-mm-dd */
  published: string;
  /** The page's date line ("26/01/2024 15:42"). */
  dateLine: string;
  outlet: { name: string; host: string };
  blocks: Block[];
  author: string;
  furniture: (typeof FURNITURE)[Lang];
  related: string[];
  menu: readonly string[];
}

/** What each language supplies: the article's sentences in that language. */
export interface Wording {
  title(f: ArticleFacts, rng: Rng): string;
  lead(f: ArticleFacts, rng: Rng): string;
  results(f: ArticleFacts, rng: Rng): string[];
  shortcomings(f: ArticleFacts, rng: Rng): string;
  tasksIntro(f: ArticleFacts, rng: Rng): string;
  tasks(f: ArticleFacts): string[];
  commendation(f: ArticleFacts, rng: Rng): string;
  captions(f: ArticleFacts, rng: Rng): [string, string];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export const isoDate = (d: Ymd) => `${d.y}-${pad2(d.m)}-${pad2(d.d)}`;

/** "Nguyễn Văn Hùng" → "Nguyen Van Hung", as English and French outlets print names. */
export function ascii(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Digits grouped by threes with the given separator. */
export function groupDigits(n: number, sep: string): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A number as the language writes it: 1,234.5 / 1.234,5 / 1 234,5. */
export function formatNumber(n: number, lang: Lang): string {
  const [group, decimal] = lang === 'en' ? [',', '.'] : lang === 'vi' ? ['.', ','] : ['\u202f', ','];
  const whole = groupDigits(n, group);
  const frac = Math.round((n - Math.trunc(n)) * 10);
  return frac ? `${whole}${decimal}${frac}` : whole;
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "a, b and c" in the language's words. */
export function listOf(items: string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function slug(s: string): string {
  return ascii(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

/** Put an article's facts into words with the given language's wording. */
export function articleText(f: ArticleFacts, w: Wording, rng: Rng): ArticleText {
  const title = w.title(f, rng);
  const lead = w.lead(f, rng);
  const [caption1, caption2] = w.captions(f, rng);
  const results = w.results(f, rng);
  const shortcomings = w.shortcomings(f, rng);
  const tasksIntro = w.tasksIntro(f, rng);
  const tasks = w.tasks(f);
  const commendation = w.commendation(f, rng);
  const outlet = OUTLETS[f.lang][f.outlet] as { name: string; host: string };
  const base = `${slug(title)}-${f.index}`;
  const blocks: Block[] = [
    { kind: 'p', text: lead },
    { kind: 'caption', text: caption1, image: `${base}-1.jpg` },
    ...results.map((text) => ({ kind: 'p' as const, text })),
    { kind: 'p', text: shortcomings },
    { kind: 'p', text: tasksIntro },
    ...(f.tasksAsList ? [{ kind: 'list' as const, items: tasks }] : [{ kind: 'p' as const, text: tasks.join(' ') }]),
    { kind: 'p', text: commendation },
    { kind: 'caption', text: caption2, image: `${base}-2.jpg` },
  ];
  const p = f.published;
  return {
    lang: f.lang,
    title,
    url: `https://${outlet.host}/${base}.html`,
    published: isoDate(p),
    dateLine: `${pad2(p.d)}/${pad2(p.m)}/${p.y} ${f.time}`,
    outlet,
    blocks,
    author: f.lang === 'vi' ? f.author : ascii(f.author),
    furniture: FURNITURE[f.lang],
    related: f.related.map((i) => RELATED_HEADLINES[f.lang][i] as string),
    menu: MENU[f.lang],
  };
}

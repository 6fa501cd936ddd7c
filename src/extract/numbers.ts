/** Numbers in every format the languages use: grouping, decimal comma or point, scale words, number words. */
import { escapeRegExp } from '../text/fold.js';
import { allMatches } from '../text/phrases.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';

export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  /** Set when the digits were followed by a scale word ("445 millions"). */
  scaled: boolean;
}

const CJK_SCALE: Record<string, number> = { 万: 1e4, 萬: 1e4, 만: 1e4, 億: 1e8, 亿: 1e8, 억: 1e8 };

const numberRegexCache = new Map<CompiledLexicon, RegExp>();

/** The regex of a number in this lexicon's format, over folded text. */
function numberRegex(lex: CompiledLexicon): RegExp {
  let re = numberRegexCache.get(lex);
  if (re) return re;
  const group = lex.raw.numberFormat.group.map((g) => (g === ' ' ? '[ \\u00a0\\u202f]' : escapeRegExp(g))).join('|');
  const dec = escapeRegExp(lex.raw.numberFormat.decimal);
  // Not inside a word or a code ("ND-CP 03", "x2"), but after a currency code written against it ("VND3.5 billion").
  const currencies = [...lex.units].filter(([word, unit]) => /^[A-Z]{3}$/.test(unit) && /^[a-z]+$/.test(word)).map(([word]) => word);
  const afterCurrency = currencies.length ? `(?<=\\b(?:${currencies.join('|')}))|` : '';
  re = new RegExp(`(?<![\\d\\p{Script=Cyrillic}\\p{Script=Greek}])(?:${afterCurrency}(?<!\\p{Script=Latin}))(\\d{1,3}(?:(?:${group})\\d{3})+(?:${dec}\\d+)?|\\d+(?:${dec}\\d+)?)(?![\\d])`, 'gu');
  numberRegexCache.set(lex, re);
  return re;
}

/** The value of a number written in this lexicon's format ("1.513" in vi is 1513; "88,5" is 88.5). */
export function parseNumber(raw: string, lex: CompiledLexicon): number {
  const { decimal, group } = lex.raw.numberFormat;
  let s = raw.replace(/[\u00a0\u202f]/g, ' ');
  for (const g of group) if (s.includes(g)) s = s.split(g).join('');
  if (decimal === ',') s = s.replace(',', '.');
  return Number(s);
}

/** All numbers in a folded text, with scale words applied ("12 ty" → 12e9); CJK 万/億 groupings included. */
export function findNumbers(folded: string, lex: CompiledLexicon): NumberMatch[] {
  const out: NumberMatch[] = [];
  const re = numberRegex(lex);
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    let value = parseNumber(m[1] as string, lex);
    let end = m.index + m[0].length;
    let scaled = false;
    // "3万9,000": a CJK scale character followed by more digits.
    // "1만2천": the rest after the scale character may itself carry a thousands character.
    const cjk = /^\s?([万萬億亿만억])(?:(\d[\d,]*)([千천])?)?/u.exec(folded.slice(end));
    if (cjk?.[1]) {
      const rest = cjk[2] ? Number(cjk[2].replace(/,/g, '')) * (cjk[3] ? 1000 : 1) : 0;
      value = value * (CJK_SCALE[cjk[1]] ?? 1) + rest;
      end += cjk[0].length;
      scaled = true;
    } else if (lex.scaleRe) {
      const at = end + (/^\s*/.exec(folded.slice(end))?.[0].length ?? 0);
      lex.scaleRe.lastIndex = at;
      const sm = lex.scaleRe.exec(folded);
      if (sm && sm.index === at) {
        value *= lex.scaleWords.get(sm[0].replace(/\s+/g, ' ')) ?? 1;
        end = at + sm[0].length;
        scaled = true;
      }
    }
    // Rounding to 15 digits drops float noise ("8.7 * 1e9"); an integer below 1e15 has none.
    const rounded = Number.isInteger(value) && value > 0 && value < 1e15 ? value : Number(value.toPrecision(15));
    out.push({ start: m.index, end, value: rounded, scaled });
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  return out;
}

/** A count written in digits or in words just before `pos` ("18 ", "four "), or null. */
export function countBefore(folded: string, pos: number, lex: CompiledLexicon): number | null {
  const before = folded.slice(Math.max(0, pos - 30), pos);
  const digits = /(\d[\d.,\s]*?)\s*$/u.exec(before);
  if (digits?.[1]) return parseNumber(digits[1].trim(), lex);
  const word = /(?:(\p{L}+)[-\s])?(\p{L}+)\s+$/u.exec(before);
  const units = word?.[2] === undefined ? undefined : lex.numberWords.get(word[2]);
  if (units === undefined) return null;
  // "twenty-one", "twenty one", "dix-neuf": tens and units written apart.
  const tens = word?.[1] === undefined ? undefined : lex.numberWords.get(word[1]);
  return tens !== undefined && tens >= 10 && tens < 100 && tens % 10 === 0 && units < 10 ? tens + units : units;
}

/** The count written right after a word ("단체 3곳과 개인 5명", "団体１２、個人２０"), or null. */
export function countAfter(folded: string, pos: number, lex: CompiledLexicon): number | null {
  const m = lex.countLead.exec(folded.slice(pos, pos + 20));
  return m?.[1] ? parseNumber(m[1].replace(/[.,]$/, ''), lex) : null;
}

/**
 * Counts written as words ("four vessels", "quatre navires"), from two up, where the lexicon lets
 * number words state figures; after some words ("the two provinces", "all three criteria") it names, it does not count.
 */
export function findNumberWords(folded: string, lex: CompiledLexicon): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of allMatches(lex.numberWordFigureRe, folded)) {
    const value = lex.numberWords.get(m[0]);
    if (value === undefined || value < 2) continue;
    const before = /(\S+)\s+$/u.exec(folded.slice(Math.max(0, m.index - 20), m.index))?.[1];
    if (before !== undefined && (lex.numberWordsNotCountingAfter.has(before) || lex.numberWords.has(before))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value, scaled: false });
  }
  return out;
}

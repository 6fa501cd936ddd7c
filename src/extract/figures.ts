/** Figures: numeric facts with a unit and a label from the result and shortcoming sentences. */
import type { Figure, Item } from '../model/review.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';
import { allMatches } from '../text/phrases.js';
import { findNumberWords, findNumbers, type NumberMatch } from './numbers.js';
import type { Sentence } from './sentences.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * Opening quotes and a joining hyphen may stand between a number and its unit ("182-km", 22 "safe
 * ... groups"), and so may the "more than" that Chinese, Japanese and Korean write after the number
 * (4,600余台, 1,500多起, 60만여 명).
 */
const JOINERS = /^[\s"“”«»„'‘’「『余多여-]*/u;
/** SI symbols that may be written against a number, without a space (and a Korean particle after them: "12.4kg을"). */
const GLUED_SYMBOL = /^(?:km|kg|ha|mg)(?![\p{Script=Latin}\p{N}])/u;
/** Qualifying words allowed between a number and its unit word ("67 national border markers"). */
const MAX_QUALIFIERS = 3;

function unitAt(folded: string, at: number, lex: CompiledLexicon): { unit: string; end: number } | null {
  if (!lex.unitRe) return null;
  lex.unitRe.lastIndex = at;
  const m = lex.unitRe.exec(folded);
  return m && m.index === at ? { unit: lex.units.get(m[0].replace(/\s+/g, ' ')) ?? m[0], end: at + m[0].length } : null;
}

/**
 * The unit right after a number: "%", a lexicon unit word (perhaps after a few qualifying words),
 * or else the counted noun itself ("7 rings", "51 banh"), or null when no word follows.
 */
function unitAfter(folded: string, pos: number, lex: CompiledLexicon): { unit: string; end: number } | null {
  const at = pos + (JOINERS.exec(folded.slice(pos))?.[0].length ?? 0);
  if (folded[at] === '%') return { unit: '%', end: at + 1 };
  if (at === pos && !CJK.test(folded[at] ?? '')) {
    // Unit symbols written against the number ("6.7kg", "50km", "120ha"); any other word so close is not a unit.
    const symbol = GLUED_SYMBOL.exec(folded.slice(at, at + 4))?.[0];
    return symbol ? { unit: lex.units.get(symbol) ?? symbol, end: at + symbol.length } : null;
  }
  const known = unitAt(folded, at, lex);
  if (known) return known;
  if (CJK.test(folded[at] ?? '')) return /\p{Script=Han}/u.test(folded[at] as string) ? { unit: folded[at] as string, end: at + 1 } : null;
  let from = at;
  for (let skipped = 0; skipped < MAX_QUALIFIERS; skipped++) {
    const word = /^[\p{L}'-]+/u.exec(folded.slice(from));
    if (!word) break;
    from += word[0].length + (JOINERS.exec(folded.slice(from + word[0].length))?.[0].length ?? 0);
    const unit = unitAt(folded, from, lex);
    if (unit) return unit;
  }
  // The counted noun: among the next few words (up to a short function word or a punctuation mark),
  // the first plural-looking one ("137 self-management groups"), else the first that is not a frequent word.
  const re = /[\p{L}][\p{L}'-]+/uy;
  let next = at;
  let first: { unit: string; end: number } | null = null;
  for (let i = 0; i <= MAX_QUALIFIERS; i++) {
    re.lastIndex = next;
    const noun = re.exec(folded)?.[0];
    if (!noun || lex.months.has(noun) || (lex.stopwords.has(noun) && noun.length <= 3)) break;
    const found = { unit: noun, end: next + noun.length };
    if (noun.length > 3 && noun.endsWith('s') && !lex.stopwords.has(noun)) return found;
    if (!first && !lex.stopwords.has(noun)) first = found;
    next = found.end + (JOINERS.exec(folded.slice(found.end))?.[0].length ?? 0);
    if (next === found.end) break;
  }
  return first;
}

/**
 * A currency code written before the amount ("VND 3.2 billion"), in capitals as such codes are:
 * "huy động 5.600 lượt" folds to "huy dong 5.600", and that "dong" is no currency.
 */
function unitBefore(text: string, folded: string, pos: number, lex: CompiledLexicon): string | null {
  const m = /([\p{L}]+)\s*$/u.exec(folded.slice(Math.max(0, pos - 12), pos));
  const word = m?.[1];
  const unit = word ? lex.units.get(word) : undefined;
  if (!m || !unit || !/^[A-Z]{3}$/.test(unit)) return null;
  const at = Math.max(0, pos - 12) + m.index;
  return /^\p{Lu}{2,}$/u.test(text.slice(at, at + (word as string).length)) ? unit : null;
}

/**
 * The unit of the figure before, for a number counting part of it ("2 874 modèles ..., dont 56 ont été
 * reconnus", "1,204 cases, of which 1,102 were solved"): after a partitive, when no noun of its own follows.
 */
function partOfPrevious(folded: string, start: number, end: number, lex: CompiledLexicon, previous: Figure | null): { unit: string; end: number } | null {
  return lex.partitiveBefore?.test(folded.slice(Math.max(0, start - 30), start)) ? unitOfPreviousIfBare(folded, end, lex, previous) : null;
}

/** The unit of the figure before (not a percentage), for a number that no noun of its own follows: a short function word, or nothing. */
function unitOfPreviousIfBare(folded: string, end: number, lex: CompiledLexicon, previous: Figure | null): { unit: string; end: number } | null {
  if (!previous?.unit || previous.unit === '%') return null;
  const next = /^\s*(\p{L}+)/u.exec(folded.slice(end))?.[1];
  return next === undefined || lex.stopwords.has(next) ? { unit: previous.unit, end } : null;
}

/**
 * The unit of the figure before, for a number whose noun is left out after a conjunction ("2,150 young
 * people to the army and 320 to the police", "1.120 junge Männer an die Armee und 185 an die
 * Volkspolizei"): no noun follows it, only a short function word, or nothing.
 */
function elidedUnit(folded: string, start: number, end: number, lex: CompiledLexicon, previous: Figure | null): { unit: string; end: number } | null {
  const word = /(\p{L}+)\s+$/u.exec(folded.slice(Math.max(0, start - 12), start))?.[1];
  return word && lex.conjunctionLead?.test(`${word} `) ? unitOfPreviousIfBare(folded, end, lex, previous) : null;
}

/**
 * The unit of the next number, for a number with no noun of its own joined to it by a conjunction
 * ("with 1,412 and 1,136 cases respectively", "bắt 3 và 5 đối tượng"): both count the same noun.
 */
function sharedUnitAhead(folded: string, start: number, end: number, next: NumberMatch | undefined, lex: CompiledLexicon): { unit: string; end: number } | null {
  if (!next) return null;
  const gap = folded.slice(end, next.start);
  if (!/^\s+\p{L}+\s+$/u.test(gap) || !lex.conjunctionLead?.test(`${gap.trim()} `)) return null;
  // After a noun the number names a kind or a group ("đối tượng 4 và 2.180 chức sắc"), it does not count.
  const before = /(\p{L}+)\s+$/u.exec(folded.slice(Math.max(0, start - 20), start))?.[1];
  if (before !== undefined && !lex.stopwords.has(before)) return null;
  const shared = unitAfter(folded, next.end, lex);
  return shared && shared.unit !== 'time' ? { unit: shared.unit, end } : null;
}

/** True when the number is a year, part of a reference or a code, an ordinal, or part of a name, not a quantity. */
function isNotAQuantity(text: string, folded: string, start: number, end: number, lex: CompiledLexicon): boolean {
  const before = folded.slice(Math.max(0, start - 12), start);
  const after = folded.slice(end, end + 3);
  if (/[/\-.]\d*$/.test(before) && /\d[/\-.]$/.test(before.trimEnd()) ) return true;
  if (/^[/\-]\d/.test(after) || /\d[/-]$/.test(before)) return true;
  if (/^(st|nd|rd|th|er|e|eme)\b/.test(after)) return true;
  // "No. 12", "số 12" (folded "so 12"), "n° 12": a whole word, not the end of "inspeccionó", "revisó" or "also".
  if (/(?<![\p{L}\p{N}])(no\.?|so|n°|nº)\s*$/u.test(before)) return true;
  const raw = folded.slice(start, end);
  if (/^(19|20)\d\d$/.test(raw)) return true;
  // A percentage is a quantity, even after a capitalized word (German capitalizes every noun: "die Rekrutierung 100 Prozent").
  if (folded.charCodeAt(end) === 0x25 || lex.units.get(/^\s*(\p{L}+)/u.exec(folded.slice(end, end + 20))?.[1] ?? '') === '%') return false;
  // "Steering Committee 138", "Military Region 4", "Ward 1": a number right after a capitalized word.
  const prev = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  const sentenceInitial = prev !== null && prev.index + Math.max(0, start - 30) === 0;
  if (prev?.[1] && !sentenceInitial && !lex.raw.numberFormat.nounsCapitalized && /^\p{Lu}[\p{Ll}]+$/u.test(prev[1]) && !/[.,:;]$/.test(prev[1])) return true;
  // A number that names something ("Ban Chỉ đạo 138", "Comité de pilotage 138", "138指导委员会", "9-го военного
  // округа"), or a document named by its type, capitalized as a name is ("Chỉ thị 01", not "hướng dẫn 50 hộ").
  const window = folded.slice(Math.max(0, start - 40), start);
  if (lex.numberNameBefore?.test(window)) return true;
  const ref = lex.referenceBefore?.exec(window);
  if (ref && !/^\p{Ll}/u.test(text.charAt(start - window.length + ref.index))) return true;
  if (lex.numberNameAfter) {
    lex.numberNameAfter.lastIndex = end;
    if (lex.numberNameAfter.test(folded)) return true;
  }
  return false;
}

/**
 * True when the words between a decrease cue and its number leave the number the size of the
 * decrease: none; degree words ("fell sharply 5%", "giảm bình quân 4,7%", "en baisse de près de
 * 5 %"); or an adverbial closed by the cue's preposition ("diminué en moyenne de 4,7 %", "fell by
 * an average of"): two or three words, no conjunction among them. "fell to 5%" (a level) and
 * "menos del 5 %" are not.
 */
function isDecreaseGap(gap: string, lex: CompiledLexicon): boolean {
  if (gap.trim() === '') return true;
  if (gap.length > 40) return false;
  if (lex.degreeGap?.test(gap)) return true;
  const ws = gap.trim().split(/\s+/);
  if (ws.length < 2 || ws.length > 3 || !lex.negativeCueEnds.has(ws[ws.length - 1] as string)) return false;
  return ws.every((w) => /^[\p{L}']+$/u.test(w) && !lex.conjunctionLead?.test(`${w} `));
}

/** What a label starts after (, ; : and brackets) and ends before (, ; and brackets), as character codes. */
const LABEL_OPENERS = new Set(Array.from(',;:()', (c) => c.charCodeAt(0)));
const LABEL_CLOSERS = new Set(Array.from(',;()', (c) => c.charCodeAt(0)));

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * True when the character at `i` ends or starts a label: a comma between digits (in the folded
 * text, where every digit is ASCII) groups thousands ("1,186") or marks decimals ("88,5").
 */
function isLabelBound(text: string, folded: string, i: number, bounds: Set<number>): boolean {
  const c = text.charCodeAt(i);
  if (!bounds.has(c)) return false;
  return c !== 0x2c || !(isDigitCode(folded.charCodeAt(i - 1)) && isDigitCode(folded.charCodeAt(i + 1)));
}

/** The clause holding a span, as the figure's label. */
function clauseLabel(text: string, folded: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && !isLabelBound(text, folded, a - 1, LABEL_OPENERS)) a--;
  while (b < text.length && !isLabelBound(text, folded, b, LABEL_CLOSERS)) b++;
  const label = text.slice(a, b).replace(/\.$/, '').trim();
  return label.length > 120 ? `${label.slice(0, 117).trimEnd()}…` : label;
}

/** The sentence (of one paragraph, in order) that holds a span, by binary search: articles may hold many thousands. */
function sentenceHolding(list: Sentence[], start: number, end: number): Sentence | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((list[mid] as Sentence).start <= start) lo = mid;
    else hi = mid - 1;
  }
  const s = list[lo];
  return s && s.start <= start && s.end >= end ? s : undefined;
}

/** Figures from the items of the results and shortcomings sections. */
export function findFigures(items: Item[], sentences: Sentence[], lex: CompiledLexicon): Figure[] {
  const out: Figure[] = [];
  const seen = new Set<string>();
  const byParagraph = new Map<number, Sentence[]>();
  for (const x of sentences) {
    const list = byParagraph.get(x.paragraph);
    if (list) list.push(x);
    else byParagraph.set(x.paragraph, [x]);
  }
  for (const it of items) {
    const s = sentenceHolding(byParagraph.get(it.source.paragraph) ?? [], it.source.start, it.source.end);
    if (!s) continue;
    const offset = it.source.start - s.start;
    const text = s.text.slice(offset, offset + it.text.length);
    const folded = s.folded.slice(offset, offset + it.text.length);
    const digits = findNumbers(folded, lex);
    const words = findNumberWords(folded, lex);
    if (digits.length === 0 && words.length === 0) continue;
    const counted = new Set(words);
    const numbers = words.length === 0 ? digits : [...digits, ...words].sort((a, b) => a.start - b.start);
    const negatives = allMatches(lex.negativeCues, folded);
    let previous: Figure | null = null;
    for (const [index, n] of numbers.entries()) {
      if (!n.scaled && !counted.has(n) && isNotAQuantity(text, folded, n.start, n.end, lex)) continue;
      const before = unitBefore(text, folded, n.start, lex);
      const unit: { unit: string; end: number } | null = before
        ? { unit: before, end: n.end }
        : (partOfPrevious(folded, n.start, n.end, lex, previous) ?? unitAfter(folded, n.end, lex) ?? elidedUnit(folded, n.start, n.end, lex, previous) ?? sharedUnitAhead(folded, n.start, n.end, numbers[index + 1], lex));
      // "In the past 5 years": a duration frames a fact, it is not one (units mapped to "time" in the lexicon).
      if (unit?.unit === 'time') continue;
      // A number word counts the noun it stands before ("four vessels"); alone it is no figure ("fell to four").
      if (counted.has(n) && !unit) continue;
      // A bare number closing a clause is a count too ("the number of users fell to 1,982, down ...").
      if (!unit && !n.scaled && !/^\s*([,.;:)]|$)/.test(folded.slice(n.end))) continue;
      const unitEnd = unit?.end ?? n.end;
      // "down 7.1%", and in languages that put the verb after: "8.6%減少", "6,8 Prozent zurück".
      const negative = negatives.some(
        (m) =>
          (m.index + m[0].length <= n.start && isDecreaseGap(folded.slice(m.index + m[0].length, n.start), lex)) ||
          (unit?.unit === '%' && m.index >= unitEnd && folded.slice(unitEnd, m.index).trim() === ''),
      );
      const value = negative ? -n.value : n.value;
      const key = `${value}|${unit?.unit ?? ''}|${it.source.paragraph}|${n.start + offset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const end: number = unit?.end ?? n.end;
      previous = {
        label: clauseLabel(text, folded, n.start, end),
        value,
        unit: unit?.unit ?? null,
        source: { paragraph: s.paragraph, start: s.start + offset + n.start, end: s.start + offset + end },
      };
      out.push(previous);
    }
  }
  return out;
}

/** Figures: numeric facts with a unit and a label from the result and shortcoming sentences. */
import type { Figure, Item } from '../model/review.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';
import { allMatches } from '../text/phrases.js';
import { findNumbers } from './numbers.js';
import type { Sentence } from './sentences.js';

/** The unit right after a number: a lexicon unit word, "%", or null. */
function unitAfter(folded: string, pos: number, lex: CompiledLexicon): { unit: string; end: number } | null {
  const space = /^\s*/.exec(folded.slice(pos))?.[0].length ?? 0;
  const at = pos + space;
  if (folded[at] === '%') return { unit: '%', end: at + 1 };
  if (!lex.unitRe || space === 0) return null;
  // The unit may follow one or two qualifying words ("11 effective models").
  let from = at;
  for (let skipped = 0; skipped <= 2; skipped++) {
    lex.unitRe.lastIndex = from;
    const m = lex.unitRe.exec(folded);
    if (m && m.index === from) return { unit: lex.units.get(m[0].replace(/\s+/g, ' ')) ?? m[0], end: from + m[0].length };
    const word = /^[\p{L}'-]+\s+/u.exec(folded.slice(from));
    if (!word) return null;
    from += word[0].length;
  }
  return null;
}

/** True when the number is a year, part of a reference or a code, or an ordinal, not a quantity. */
function isNotAQuantity(text: string, folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 12), start);
  const after = folded.slice(end, end + 3);
  if (/[/\-.]\d*$/.test(before) && /\d[/\-.]$/.test(before.trimEnd()) ) return true;
  if (/^[/\-]\d/.test(after) || /\d[/-]$/.test(before)) return true;
  if (/^(st|nd|rd|th|er|e|eme)\b/.test(after)) return true;
  if (/(no\.?|so|n°|nº)\s*$/.test(before)) return true;
  const raw = folded.slice(start, end);
  if (/^(19|20)\d\d$/.test(raw)) return true;
  // "Steering Committee 138", "Military Region 4", "Ward 1": a number right after a capitalized word.
  const prev = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (prev && /^\p{Lu}[\p{Ll}]+$/u.test(prev) && !/[.,:;]$/.test(prev)) return true;
  return false;
}

/** The clause holding a span, as the figure's label. */
function clauseLabel(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && !/[,;:()]/.test(text[a - 1] as string)) a--;
  while (b < text.length && !/[,;()]/.test(text[b] as string)) b++;
  const label = text.slice(a, b).replace(/\.$/, '').trim();
  return label.length > 120 ? `${label.slice(0, 117).trimEnd()}…` : label;
}

/** Figures from the items of the results and shortcomings sections. */
export function findFigures(items: Item[], sentences: Sentence[], lex: CompiledLexicon): Figure[] {
  const out: Figure[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    const s = sentences.find((x) => x.paragraph === it.source.paragraph && x.start <= it.source.start && x.end >= it.source.end);
    if (!s) continue;
    const offset = it.source.start - s.start;
    const text = s.text.slice(offset, offset + it.text.length);
    const folded = s.folded.slice(offset, offset + it.text.length);
    const negatives = allMatches(lex.negativeCues, folded);
    for (const n of findNumbers(folded, lex)) {
      if (!n.scaled && isNotAQuantity(text, folded, n.start, n.end)) continue;
      const unit = unitAfter(folded, n.end, lex);
      if (!unit && !n.scaled) continue;
      const negative = negatives.some((m) => m.index + m[0].length <= n.start && folded.slice(m.index + m[0].length, n.start).trim() === '');
      const value = negative ? -n.value : n.value;
      const key = `${value}|${unit?.unit ?? ''}|${it.source.paragraph}|${n.start + offset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const end = unit?.end ?? n.end;
      out.push({
        label: clauseLabel(text, n.start, end),
        value,
        unit: unit?.unit ?? null,
        source: { paragraph: s.paragraph, start: s.start + offset + n.start, end: s.start + offset + end },
      });
    }
  }
  return out;
}

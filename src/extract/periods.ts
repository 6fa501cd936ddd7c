/** Periods and kind: the reviewed year(s), the next year, and whether the article is an annual or multi-year review or a commentary. */
import type { ReviewKind } from '../model/review.js';
import { allMatches, matches } from '../text/phrases.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';
import type { Sentence } from './sentences.js';

const YEAR = /(?<![\d/.\-])((?:19|20)\d\d)(?![\d/]|-\d)/g;

function firstGroup(res: RegExp[], text: string, group: string): string | null {
  for (const re of res) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m?.groups?.[group]) return m.groups[group] as string;
  }
  return null;
}

function yearsOf(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

export interface PeriodResult {
  reviewed: string | null;
  next: string | null;
  kind: ReviewKind;
  /** Span in years of a multi-year review, or null. */
  spanYears: number | null;
}

/**
 * Read the periods. `conferenceSentence` is the sentence announcing the conference (or null);
 * `endYear` is the year a multi-year review ends (conference or publication year).
 */
export function findPeriods(sentences: Sentence[], lex: CompiledLexicon, conferenceSentence: Sentence | null, endYear: number | null): PeriodResult {
  const all = sentences.filter((s) => s.role !== 'heading');
  const text = all.map((s) => s.folded).join(' ');
  const hasConference = all.some((s) => matches(lex.conferenceWords, s.folded));
  const nextRaw = conferenceSentence ? firstGroup(lex.nextPeriod, conferenceSentence.folded, 'year') : null;
  const next = nextRaw ?? firstGroup(lex.nextPeriod, all.filter((s) => s.role === 'body').slice(0, 3).map((s) => s.folded).join(' '), 'year');
  const spanRaw = firstGroup(lex.multiYear, text, 'years');
  const spanYears = spanRaw ? (Number(spanRaw) || lex.numberWords.get(spanRaw) || null) : null;

  if (hasConference && spanYears && endYear) {
    return { reviewed: `${endYear - spanYears}-${endYear}`, next: null, kind: 'multi-year-review', spanYears };
  }
  let reviewed: string | null = null;
  if (conferenceSentence) {
    const years = yearsOf(conferenceSentence.folded).filter((y) => String(y) !== next && (!endYear || y <= endYear));
    const before = next ? years.filter((y) => y < Number(next)) : years;
    if (before.length) reviewed = String(Math.max(...before));
  }
  if (!reviewed && next && hasConference) reviewed = String(Number(next) - 1);
  if (hasConference) return { reviewed, next, kind: 'annual-review', spanYears: null };
  // No conference: a commentary on a term or a period ("2021 - 2025").
  const ranges = new Map<string, number>();
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/g)) {
    const key = `${m[1]}-${m[2]}`;
    if (Number(m[2]) > Number(m[1])) ranges.set(key, (ranges.get(key) ?? 0) + 1);
  }
  const range = [...ranges.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0] ?? null;
  const kind: ReviewKind = allMatches(lex.shortcomings, text).length + allMatches(lex.tasks, text).length + allMatches(lex.results, text).length > 0 ? 'commentary' : 'other';
  return { reviewed: range ?? reviewed, next: null, kind, spanYears: null };
}

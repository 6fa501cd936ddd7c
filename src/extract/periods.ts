/** Periods and kind: the reviewed year(s), the next year, and whether the article is an annual or multi-year review or a commentary. */
import type { ReviewKind } from '../model/review.js';
import { hasDigit } from '../text/char-classes.js';
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

/** The latest year any of the regexes gives ("review the tasks in 2024 and set directions for 2025": 2025). */
function latestYear(res: RegExp[], text: string): string | null {
  let latest: string | null = null;
  for (const re of res) {
    for (const m of allMatches(re, text)) {
      const y = m.groups?.year;
      if (y && (latest === null || Number(y) > Number(latest))) latest = y;
    }
  }
  return latest;
}

function yearsOf(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

/** A year range in brackets ("cinco años (2019-2024) de aplicación"): read apart, and left out when matching the span words. */
const BRACKETED_RANGE = /\s*\(\s*(?:19|20)\d\d\s*-\s*(?:19|20)\d\d[^()\d]{0,3}\)/g;
const RANGE = /(?<!\d)((?:19|20)\d\d)\s*-\s*((?:19|20)\d\d)(?!\d)/g;

/** Year ranges ("2021 - 2025", "2019—2024") in the text, most frequent first (the later one on a tie). */
function rangesOf(text: string, span: number | null = null): string[] {
  const ranges = new Map<string, number>();
  for (const m of text.matchAll(RANGE)) {
    const key = `${m[1]}-${m[2]}`;
    const length = Number(m[2]) - Number(m[1]);
    if (length > 0 && (span === null || length === span)) ranges.set(key, (ranges.get(key) ?? 0) + 1);
  }
  return [...ranges.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0])).map(([k]) => k);
}

/**
 * The next year when no cue in the opening gives it: a sentence setting tasks that names the year after
 * the reviewed one ("поручил трём силам в 2024 году продолжать", "Concernant les tâches pour 2025").
 */
function nextInTasks(sentences: Sentence[], lex: CompiledLexicon, year: number): string | null {
  const y = String(year);
  for (const s of sentences) {
    if (!s.folded.includes(y)) continue;
    if (latestYear(lex.nextPeriod, s.folded) === y) return y;
    if (matches(lex.tasks, s.folded) && yearsOf(s.folded).includes(year)) return y;
  }
  return null;
}

/**
 * True when the text reports a conference: it names one, and a sentence announces it, naming it or
 * saying what was reviewed with a number (a year, a date), or naming it with a review verb or who
 * chaired or attended. A commentary may name a meeting in passing ("groups ... meeting once a year
 * to elect a leader"); that does not make it a conference report.
 */
function reportsConference(all: Sentence[], lex: CompiledLexicon): boolean {
  let named = false;
  let announced = false;
  for (const s of all) {
    const conference = matches(lex.conferenceWords, s.folded);
    const review = matches(lex.reviewVerbs, s.folded);
    named ||= conference;
    announced ||= ((conference || review) && hasDigit(s.folded)) || (conference && (review || matches(lex.meetingCues, s.folded)));
    if (named && announced) return true;
  }
  return false;
}

export interface PeriodResult {
  reviewed: string | null;
  next: string | null;
  kind: ReviewKind;
  /** Span in years of a multi-year review, or null. */
  spanYears: number | null;
  /** True when the conference reviewed the first half of a year (an interim review; `reviewed` is "2024-H1"). */
  halfYear: boolean;
}

/**
 * Read the periods. `conferenceSentence` is the sentence announcing the conference (or null);
 * `endYear` is the year of writing (conference or publication year): where a multi-year review ends, and what "this year" means.
 */
export function findPeriods(sentences: Sentence[], lex: CompiledLexicon, conferenceSentence: Sentence | null, endYear: number | null): PeriodResult {
  const all = sentences.filter((s) => s.role !== 'heading');
  const body = all.filter((s) => s.role === 'body');
  const text = all.map((s) => s.folded).join(' ');
  const hasConference = reportsConference(all, lex);
  const nextRaw = conferenceSentence ? latestYear(lex.nextPeriod, conferenceSentence.folded) : null;
  let next = nextRaw ?? firstGroup(lex.nextPeriod, body.slice(0, 3).map((s) => s.folded).join(' '), 'year');
  const spanRaw = firstGroup(lex.multiYear, text.includes('(') ? text.replace(BRACKETED_RANGE, '') : text, 'years');
  const spanYears = spanRaw ? (Number(spanRaw) || lex.numberWords.get(spanRaw) || null) : null;

  if (hasConference && spanYears) {
    // The range the text gives for the span, else the span up to the end year.
    const reviewed = rangesOf(text, spanYears)[0] ?? (endYear ? `${endYear - spanYears}-${endYear}` : null);
    if (reviewed) return { reviewed, next: null, kind: 'multi-year-review', spanYears, halfYear: false };
  }
  // An interim review of the first six months ("sơ kết 6 tháng đầu năm 2024"): neither an annual nor a
  // multi-year review; its tasks are for the rest of the year, so no next year unless a later one is named.
  if (hasConference && conferenceSentence && lex.halfYear.some((re) => re.test(conferenceSentence.folded))) {
    const years = yearsOf(conferenceSentence.folded).filter((y) => !endYear || y <= endYear);
    const year = years.length > 0 ? Math.max(...years) : endYear;
    if (year) return { reviewed: `${year}-H1`, next: next !== null && Number(next) > year ? next : null, kind: 'other', spanYears: null, halfYear: true };
  }
  let reviewed: string | null = null;
  if (conferenceSentence) {
    const years = yearsOf(conferenceSentence.folded).filter((y) => String(y) !== next && (!endYear || y <= endYear));
    const before = next ? years.filter((y) => y < Number(next)) : years;
    if (before.length) reviewed = String(Math.max(...before));
  }
  if (!next && reviewed && hasConference) next = nextInTasks(body, lex, Number(reviewed) + 1);
  // No reviewed year in the announcement ("reviewed last year's work"): tasks set for the year after
  // the conference's, or for its own year, name the next year.
  if (!next && !reviewed && hasConference && endYear) next = nextInTasks(body, lex, endYear + 1) ?? nextInTasks(body, lex, endYear);
  // "review 2024 and launch tasks for this year": the year of writing, the conference's (or else the page's).
  if (!next && hasConference && endYear && (reviewed === null || Number(reviewed) < endYear)) {
    const opening = conferenceSentence ? [conferenceSentence, ...body.slice(0, 3)] : body.slice(0, 3);
    if (opening.some((s) => lex.nextThisYear.some((re) => matches(re, s.folded)))) next = String(endYear);
  }
  if (!reviewed && next && hasConference) reviewed = String(Number(next) - 1);
  if (hasConference) return { reviewed, next, kind: 'annual-review', spanYears: null, halfYear: false };
  // No conference: a commentary on a term or a period ("2021 - 2025").
  const range = rangesOf(text)[0] ?? null;
  const kind: ReviewKind = allMatches(lex.shortcomings, text).length + allMatches(lex.tasks, text).length + allMatches(lex.results, text).length > 0 ? 'commentary' : 'other';
  return { reviewed: range ?? reviewed, next: null, kind, spanYears: null, halfYear: false };
}

/** Dates: every date the text gives, and the conference date among them (not a document's or the page's date). */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { getISODay } from 'date-fns/getISODay';
import { isValid } from 'date-fns/isValid';
import { subDays } from 'date-fns/subDays';
import { periodEndYear } from '../model/review.js';
import { hasDigit } from '../text/char-classes.js';
import { allMatches, firstMatch } from '../text/phrases.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';
import type { Sentence } from './sentences.js';

export interface DateMention {
  sentence: Sentence;
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
}

const BUDDHIST_ERA_OFFSET = 543;

function monthOf(value: string, lex: CompiledLexicon): number | null {
  if (/^\d+$/.test(value)) return Number(value);
  return lex.months.get(value.replace(/\.$/, '')) ?? null;
}

/** A Gregorian year from a written year: Buddhist-era years (2500-2600) are converted. */
export function gregorianYear(y: number): number {
  return y >= 2500 && y <= 2650 ? y - BUDDHIST_ERA_OFFSET : y;
}

/** True when (year, month, day) is a real calendar day (date-fns checks the day fits the month). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return isValid(d) && d.getUTCDate() === day && d.getUTCMonth() === month - 1;
}

/** All date mentions in the sentences, found with the lexicons' date patterns. */
export function findDates(sentences: Sentence[], lexicons: CompiledLexicon[]): DateMention[] {
  const out: DateMention[] = [];
  for (const s of sentences) {
    // A date is kept only with a day in digits: a sentence without a digit has none.
    if (!hasDigit(s.folded)) continue;
    const taken: Array<[number, number]> = [];
    const found = out.length;
    for (const lex of lexicons) {
      for (const re of lex.datePatterns) {
        re.lastIndex = 0;
        for (let m = re.exec(s.folded); m; m = re.exec(s.folded)) {
          const g = m.groups ?? {};
          const month = g.month ? monthOf(g.month, lex) : null;
          const day = Number(g.day);
          const year = g.year ? gregorianYear(Number(g.year)) : null;
          const start = m.index;
          const end = m.index + m[0].length;
          if (month === null || !day || taken.some(([a, b]) => start < b && end > a)) continue;
          if (!isRealDate(year ?? 2024, month, day)) continue;
          taken.push([start, end]);
          out.push({ sentence: s, start, end, year, month, day });
        }
      }
    }
    // In the order of the text, whichever pattern found them.
    if (out.length - found > 1) out.splice(found, out.length - found, ...out.slice(found).sort((a, b) => a.start - b.start));
  }
  return out;
}

/** A document's number and at most one word before its date ("44-nq/tw ngay ", "03/2019/nd-cp ", "no. 12-ct/tu dated "). */
const AFTER_DOCUMENT_NUMBER = /\d+(?:\/\d+)*[-/]\p{L}[\p{L}\d]*(?:[-/][\p{L}\d]+)*\s+(?:\p{L}+\s+)?$/u;

/** True when the words just before a date make it another document's date ("dated", "issued on", a document's number). */
function isDocumentDate(d: DateMention, lex: CompiledLexicon): boolean {
  if (AFTER_DOCUMENT_NUMBER.test(d.sentence.folded.slice(Math.max(0, d.start - 40), d.start))) return true;
  const before = d.sentence.folded.slice(Math.max(0, d.start - 25), d.start);
  if (!lex.documentDateCues) return false;
  lex.documentDateCues.lastIndex = 0;
  const matches = allMatches(lex.documentDateCues, before);
  return matches.some((m) => before.slice((m.index ?? 0) + m[0].length).trim().length <= 3);
}

/** A dateline: a date near the start of the sentence, then an agency's name in brackets and a dash ("Vinh, 24 января (ВИА) – "). */
const DATELINE_END = /^\s*(?:\([^()]{1,20}\)\s*)?-\s/;
const isDateline = (d: DateMention) => d.start < 40 && DATELINE_END.test(d.sentence.folded.slice(d.end, d.end + 24));

/**
 * The date among a sentence's dates: the first one with a year, else the first. A dateline gives the
 * page's date, not the conference's, when the sentence has another ("Moc Chau, 23 janvier (VNA) – ...
 * a organisé le 23 janvier 2024 ...", "Hanoi, January 24 (VNA) – On January 23, ...").
 */
function sentenceDate(dates: DateMention[]): DateMention | null {
  const first = dates[0];
  if (!first) return null;
  let own = dates.filter((d) => d.sentence === first.sentence);
  if (own.length > 1 && isDateline(first)) own = own.slice(1);
  return own.find((d) => d.year !== null) ?? own[0] ?? null;
}

/**
 * The conference date: the first date, in a sentence about the conference, that is not a document's date.
 * Sentences naming the conference come first; a sentence that only says the meeting reviewed a period
 * ("hat die Provinz ... am 30. Januar 2024 ... bilanziert") gives the date when none of them has one.
 */
export function conferenceDate(
  dates: DateMention[],
  lex: CompiledLexicon,
  conferenceSentence: (s: Sentence) => boolean,
  reviewSentence: (s: Sentence) => boolean = () => false,
): DateMention | null {
  const candidates = dates.filter((d) => d.sentence.role !== 'caption' && !isDocumentDate(d, lex));
  return sentenceDate(candidates.filter((d) => conferenceSentence(d.sentence))) ?? sentenceDate(candidates.filter((d) => reviewSentence(d.sentence)));
}

/** From this month on, a conference reviewing a year is held in that same year. */
const LATE_IN_YEAR = 10;
/** A page may announce a conference a few days ahead. */
const DAYS_AHEAD_OF_PAGE = 7;

/**
 * The year of a conference date that has none (dateInferred). The page's date comes first: the
 * conference is the latest such day not more than a few days after it ("December 27" on a page of
 * 2025-01-02 is 2024). Otherwise the periods: a review of year Y is held from October of Y to the next
 * autumn, so a day in October-December is in Y and an earlier one in Y + 1 (Y is the year before the
 * next period, or the end of the reviewed one). Null when neither is known or the day does not exist in that year.
 */
export function inferYear(month: number, day: number, published: string | null, reviewed: string | null, next: string | null): number | null {
  const page = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  let year: number | null;
  if (page) {
    const pageDay = new Date(Number(page[1]), Number(page[2]) - 1, Number(page[3]));
    const pageYear = pageDay.getFullYear();
    year = [pageYear + 1, pageYear, pageYear - 1].find((y) => differenceInCalendarDays(new Date(y, month - 1, day), pageDay) <= DAYS_AHEAD_OF_PAGE) ?? null;
  } else {
    const reviewedYear = next ? Number(next) - 1 : reviewed ? periodEndYear(reviewed) : null;
    year = reviewedYear === null ? null : month >= LATE_IN_YEAR ? reviewedYear : reviewedYear + 1;
  }
  return year !== null && isRealDate(year, month, day) ? year : null;
}

/** A conference date read from a day named relative to the page's date. */
export interface RelativeDate {
  sentence: Sentence;
  /** The day's words, as offsets into the sentence. */
  start: number;
  end: number;
  /** ISO date. */
  date: string;
}

/** The latest day numbered `day` on or before `pageDay` (a month without that day is skipped), or null. */
export function latestDayOfMonth(day: number, pageDay: Date): Date | null {
  if (day < 1 || day > 31) return null;
  for (let back = 0; back < 3; back++) {
    const candidate = new Date(pageDay.getFullYear(), pageDay.getMonth() - back, day);
    if (candidate.getDate() === day && differenceInCalendarDays(candidate, pageDay) <= 0) return candidate;
  }
  return null;
}

/**
 * The conference date from a day named relative to the page's date ("a conference held on
 * Wednesday", "yesterday", "hôm qua"), or from a day of the month named alone ("Sáng 13,",
 * "１３日午前"), for a text that dates the conference no other way: the first such day in a sentence
 * about the conference (else in one saying it reviewed a period), counted back from the page's
 * date; a weekday or a day of the month is the latest such day on or before it. Null without a page date.
 */
export function relativeConferenceDate(
  sentences: Sentence[],
  lex: CompiledLexicon,
  published: string | null,
  conferenceSentence: (s: Sentence) => boolean,
  reviewSentence: (s: Sentence) => boolean = () => false,
): RelativeDate | null {
  const page = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!page) return null;
  const pageDay = new Date(Number(page[1]), Number(page[2]) - 1, Number(page[3]));
  const dated = (sentence: Sentence, start: number, end: number, day: Date | null): RelativeDate | null =>
    day && { sentence, start, end, date: format(day, 'yyyy-MM-dd') };
  const named = (sentence: Sentence): RelativeDate | null => {
    const m = lex.relativeDays ? firstMatch(lex.relativeDays, sentence.folded) : null;
    const meaning = m && lex.relativeDayMeanings.get(m[0].replace(/\s+/g, ' '));
    if (!m || !meaning) return null;
    const back = 'daysBefore' in meaning ? meaning.daysBefore : (getISODay(pageDay) - meaning.weekday + 7) % 7;
    return dated(sentence, m.index, m.index + m[0].length, subDays(pageDay, back));
  };
  const dayOfMonth = (sentence: Sentence): RelativeDate | null => {
    if (!hasDigit(sentence.folded)) return null;
    for (const re of lex.dayOfMonth) {
      re.lastIndex = 0;
      const m = re.exec(sentence.folded);
      if (m?.groups?.day) return dated(sentence, m.index, m.index + m[0].length, latestDayOfMonth(Number(m.groups.day), pageDay));
    }
    return null;
  };
  const firstIn = (about: (s: Sentence) => boolean, read: (s: Sentence) => RelativeDate | null) => {
    for (const sentence of sentences) {
      if (sentence.role === 'caption' || !about(sentence)) continue;
      const found = read(sentence);
      if (found) return found;
    }
    return null;
  };
  return firstIn(conferenceSentence, named) ?? firstIn(conferenceSentence, dayOfMonth) ?? firstIn(reviewSentence, named) ?? firstIn(reviewSentence, dayOfMonth);
}

/** Sections: results, shortcomings and next-year tasks, read as a reader does, paragraph by paragraph, by cue phrases. */
import type { Item } from '../model/review.js';
import { isSpace, letterLength } from '../text/char-classes.js';
import { allMatches, firstMatch, matches } from '../text/phrases.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';
import type { Sentence } from './sentences.js';

export type SectionName = 'results' | 'shortcomings' | 'tasks';
type State = SectionName | 'intro' | 'neutral';

export interface SectionItems {
  results: Item[];
  shortcomings: Item[];
  tasks: Item[];
  /** True when a section was mentioned (a cue fired) even if it yielded no item. */
  mentioned: Record<SectionName, boolean>;
}

/** Sentences listing several things with semicolons are split into clauses, each an item; short ones only after an introducer. */
const CLAUSE_SPLIT_MIN = 120;
/** Scripts written without spaces: a character there says about as much as a word elsewhere. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Task sentences this long without semicolons are split at commas between actions. */
const COMMA_SPLIT_MIN = 150;
const COMMA_PIECE_MIN_WORDS = 4;
const INTRO_PIECE_MIN_WORDS = 7;
/** A word introducer ("such as") opens the section's list only this close after the cue, in words. */
const INTRODUCER_MAX_GAP_WORDS = 4;
/** A cue sentence with fewer words than this outside the cue only names the section ("shortcomings were pointed out"). */
const MENTION_MAX_WORDS = 7;

/** Punctuation trimmed off an item's start and end, besides white space (as character codes). */
const ITEM_LEAD = new Set(Array.from(',;:–—-・•▪►*', (c) => c.charCodeAt(0)));
const ITEM_TAIL = new Set(Array.from(';,', (c) => c.charCodeAt(0)));
const SEMICOLONS = new Set(Array.from(';；', (c) => c.charCodeAt(0)));

/** At least `min` characters, or a third of that in scripts without spaces. */
const isLong = (text: string, min: number) => text.length >= min || (text.length >= min / 3 && CJK.test(text));

function item(s: Sentence, from: number, to: number, lex: CompiledLexicon): Item | null {
  let a = from;
  let b = to;
  while (a < b && (isSpace(s.text.charCodeAt(a)) || ITEM_LEAD.has(s.text.charCodeAt(a)))) a++;
  while (b > a && (isSpace(s.text.charCodeAt(b - 1)) || ITEM_TAIL.has(s.text.charCodeAt(b - 1)))) b--;
  // The last clause of a list ("...; and strengthen patrols") is an item without its "and".
  const conjunction = lex.conjunctionLead?.exec(s.folded.slice(a, b));
  if (conjunction && conjunction[0].length < b - a) a += conjunction[0].length;
  const text = s.text.slice(a, b);
  const letters = letterLength(text);
  if (letters < 12 && (letters < 6 || !CJK.test(text))) return null;
  const capitalized = text.charAt(0).toUpperCase() + text.slice(1);
  return { text: capitalized, themes: [], source: { paragraph: s.paragraph, start: s.start + a, end: s.start + b } };
}

/** Where a comma piece's words start in the folded text: past white space and a joining conjunction ("and strengthen ..."). */
function pieceStart(s: Sentence, from: number, to: number, lex: CompiledLexicon): number {
  let a = from;
  while (a < to && isSpace(s.folded.charCodeAt(a))) a++;
  const conjunction = lex.conjunctionLead?.exec(s.folded.slice(a, to));
  return conjunction ? a + conjunction[0].length : a;
}

/**
 * Where a task sentence without semicolons lists actions with commas ("manage vessels, strengthen
 * patrols, and coordinate with ..."): commas between pieces of at least COMMA_PIECE_MIN_WORDS words,
 * except between two capitalized words, which enumerate names
 * ("Polizei, Militär"), and before a piece that opens with a determiner, which enumerates things
 * ("..., the communal police force, and ...").
 */
function commaCuts(s: Sentence, from: number, lex: CompiledLexicon): number[] {
  const cuts: number[] = [];
  const re = /[，、]|,\s/g;
  re.lastIndex = from;
  const candidates: number[] = [];
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) candidates.push(m.index);
  candidates.forEach((at, i) => {
    const previous = i > 0 ? (candidates[i - 1] as number) + 1 : from;
    const next = candidates[i + 1] ?? s.text.length;
    const before = /(\S+)\s*$/u.exec(s.text.slice(previous, at))?.[1] ?? '';
    const after = /^\s*(\S+)/u.exec(s.text.slice(at + 1))?.[1] ?? '';
    if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after)) return;
    // "May 17th, 2021", "1,5": a comma before a number belongs to a date or a figure.
    if (/^\d/.test(after)) return;
    if (!isClause(s.text.slice(previous, at)) || !isClause(s.text.slice(at + 1, next))) return;
    const piece = s.folded.slice(pieceStart(s, at + 1, next, lex), next);
    if (lex.determinerLead?.test(piece) || lex.relativeLead?.test(piece)) return;
    // A short opening piece is an introductory phrase ("In the implementation process, it is ..."), not an action.
    if (i === 0 && s.text.slice(previous, at).trim().split(/\s+/).length < INTRO_PIECE_MIN_WORDS) return;
    cuts.push(at);
  });
  return cuts;
}

/** Where a second action joins the first inside one clause ("... et de renforcer ..."): before the conjunction, when both sides are clauses. */
function joinCuts(s: Sentence, from: number, lex: CompiledLexicon): number[] {
  const cuts: number[] = [];
  let previous = from;
  for (const m of allMatches(lex.actionJoins, s.folded)) {
    const at = m.index - 1;
    if (at <= from || !/\s/.test(s.text[at] ?? '')) continue;
    if (!isClause(s.text.slice(previous, at)) || !isClause(s.text.slice(m.index))) continue;
    cuts.push(at);
    previous = at + 1;
  }
  return cuts;
}

/**
 * How a sentence without semicolons is cut at commas: tasks list actions ("manage ..., strengthen ..."),
 * shortcomings join two problems with a conjunction ("... are not settled, and illegal sand mining goes on").
 */
type CommaSplit = 'none' | 'actions' | 'clauses';

/** A piece this long (in words) on each side of ", and" is a clause of its own. */
const CONJOINED_MIN_WORDS = 8;

/**
 * Where a sentence joins two clauses with a comma and a conjunction: the first comma (after a short
 * opening phrase such as "However,"), when a conjunction follows it and both sides are long. A list
 * ("A, B, and C") puts its conjunction after a second comma, and is not cut.
 */
function conjoinedClause(s: Sentence, from: number, lex: CompiledLexicon): number[] {
  const commas: number[] = [];
  for (let i = from; i < s.text.length; i++) if (s.text[i] === ',' || s.text[i] === '，') commas.push(i);
  const words = (a: number, b: number) => (s.text.slice(a, b).match(COMPOUND_WORD) ?? []).length;
  let first = 0;
  if (commas.length > 1 && words(from, commas[0] as number) < COMMA_PIECE_MIN_WORDS) first = 1;
  const at = commas[first];
  if (at === undefined || !lex.conjunctionLead?.test(s.folded.slice(at + 1).trimStart())) return [];
  return words(commas[first - 1] ?? from, at) >= CONJOINED_MIN_WORDS && words(at + 1, s.text.length) >= CONJOINED_MIN_WORDS ? [at] : [];
}

/** Items of a sentence from `from` on: the whole rest, or its semicolon clauses when it lists, or its comma pieces as `split` asks. */
function itemsOf(s: Sentence, lex: CompiledLexicon, from = 0, listed = false, split: CommaSplit = 'none'): Item[] {
  const rest = s.text.slice(from);
  const semicolon = /[;；]/;
  let cuts: number[];
  if (semicolon.test(rest) && (listed || isLong(rest, CLAUSE_SPLIT_MIN))) {
    cuts = [];
    for (let i = from; i < s.text.length; i++) if (SEMICOLONS.has(s.text.charCodeAt(i))) cuts.push(i);
  } else if (semicolon.test(rest)) cuts = [];
  else if (split === 'actions') cuts = [...(isLong(rest, COMMA_SPLIT_MIN) ? commaCuts(s, from, lex) : []), ...joinCuts(s, from, lex)].sort((a, b) => a - b);
  else cuts = split === 'clauses' ? conjoinedClause(s, from, lex) : [];
  const out: Item[] = [];
  let start = from;
  for (const end of [...cuts, s.text.length]) {
    const it = item(s, start, end, lex);
    if (it) out.push(it);
    start = end + 1;
  }
  return out;
}

/** Where the list starts after an introducer ("such as", "which are", ":") following a cue, or -1. */
function afterIntroducer(s: Sentence, cueEnd: number, lex: CompiledLexicon): number {
  const m = allMatches(lex.introducers, s.folded).find((x) => {
    if (x.index < cueEnd - 1) return false;
    if (/^[:：]$/.test(x[0])) return true;
    const gap = s.folded.slice(cueEnd, x.index);
    return !/[.;]/.test(gap) && wordCount(gap) <= INTRODUCER_MAX_GAP_WORDS;
  });
  return m ? m.index + m[0].length : -1;
}

/** Long enough to be an action of its own: a few words (a hyphenated compound is one), or a few characters in scripts without spaces. */
function isClause(text: string): boolean {
  return CJK.test(text) ? text.replace(/[^\p{L}\p{N}]/gu, '').length >= 8 : (text.match(COMPOUND_WORD) ?? []).length >= COMMA_PIECE_MIN_WORDS;
}

/** A word, with the parts of a hyphenated or elided compound ("socio-political", "l'armée") as one. */
const COMPOUND_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * True when a cue sentence only names a section ("the conference also pointed out shortcomings",
 * "delegates discussed the limitations and proposed solutions"): it is short, or it also names
 * another section, as summaries of a debate do.
 */
function isMention(s: Sentence, cue: RegExpExecArray, lex: CompiledLexicon, others: Array<RegExp | null>): boolean {
  const outside = s.folded.slice(0, cue.index) + ' ' + s.folded.slice(cue.index + cue[0].length);
  if (saysLittle(outside, lex)) return true;
  // A sentence listing with semicolons gives content, whatever other cue it holds ("no ha sido constante; ...").
  if (/[;；]/.test(s.text)) return false;
  return others.some((re) => matches(re, outside)) && !matches(lex.introducers, s.folded.slice(cue.index));
}

/** True when folded text is too short to say anything (a few words, or a few letters in scripts without spaces), or says nothing but stopwords and mention words. */
function saysLittle(folded: string, lex: CompiledLexicon): boolean {
  const cjk = CJK.test(folded);
  return (cjk ? folded.replace(/[^\p{L}]/gu, '').length < 12 : wordCount(folded) < MENTION_MAX_WORDS) || !hasContent(folded, lex, cjk);
}

/** True when a sentence presenting the report says nothing after the cue ("Colonel X presented the report."): the report's content follows it. */
const presentsOnly = (s: Sentence, cue: RegExpExecArray, lex: CompiledLexicon) => saysLittle(s.folded.slice(cue.index + cue[0].length), lex);

/**
 * True when folded text says something beyond speaking of a section: a word that is neither a
 * stopword nor one of the lexicon's mention words ("pointed out", "analysed", "causes", "the work"),
 * or, in scripts without spaces, a letter outside them; a digit always says something.
 */
function hasContent(folded: string, lex: CompiledLexicon, cjk: boolean): boolean {
  if (/\d/.test(folded)) return true;
  const rest = lex.mentionWords ? folded.replace(lex.mentionWords, ' ') : folded;
  if (cjk) return rest.replace(/[^\p{L}]/gu, '').length >= 2;
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => w.length > 2 && !lex.stopwords.has(w));
}

/** Where a list starts after a cue's introducer ("such as", ":"), or -1. */
const listAfter = (s: Sentence, cue: RegExpExecArray, lex: CompiledLexicon) => afterIntroducer(s, cue.index + cue[0].length, lex);

/** Runs of digits other than a year: a sentence with two or more states figures. */
function quantityRuns(folded: string): number {
  let n = 0;
  for (const m of folded.matchAll(DIGIT_RUN)) if (!YEAR.test(m[0])) n++;
  return n;
}

const DIGIT_RUN = /\d+/g;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * True when a sentence reports the meeting rather than a result: it says who chaired, directed or
 * attended, and states no figures (a day of the month, a year or a military region's number at most).
 */
function isProtocol(s: Sentence, lex: CompiledLexicon): boolean {
  if (quantityRuns(s.folded) > 1) return false;
  return matches(lex.meetingCues, s.folded);
}

/** The year a sentence opens with ("In 2025, the province will ...", "Năm 2025, ..."), or null. */
function leadYear(s: Sentence, lex: CompiledLexicon): number | null {
  for (const re of lex.yearLead) {
    const y = re.exec(s.folded)?.groups?.year;
    if (y) return Number(y);
  }
  return null;
}

/** A cue at the very start of a sentence (its opening year), as a match of no length. */
const yearCue = (s: Sentence): RegExpExecArray => /^/.exec(s.folded) as RegExpExecArray;

/** True when a cue lies inside one of the meeting's cues (who chaired, directed or attended). */
function withinMeetingCue(s: Sentence, cue: RegExpExecArray, lex: CompiledLexicon): boolean {
  if (cue[0].length === 0) return false;
  return allMatches(lex.meetingCues, s.folded).some((m) => m.index <= cue.index && cue.index + cue[0].length <= m.index + m[0].length);
}

function cueAt(re: RegExp | null, s: Sentence): RegExpExecArray | undefined {
  return firstMatch(re, s.folded);
}

/** The section a subheading names ("Shortcomings in registration", "Aufgaben für 2025"): the one whose cue comes first, or null. */
function headingSection(s: Sentence, lex: CompiledLexicon): SectionName | null {
  let named: SectionName | null = null;
  let at = Infinity;
  for (const [section, re] of [['shortcomings', lex.shortcomings], ['tasks', lex.tasks], ['results', lex.results]] as const) {
    const cue = cueAt(re, s);
    if (cue && cue.index < at) {
      named = section;
      at = cue.index;
    }
  }
  return named;
}

/**
 * Walk the body sentences in order. A subheading or a cue switches the state (results,
 * shortcomings, tasks, a neutral speech); an item-bearing sentence goes to the current section.
 * `skip` marks sentences that belong elsewhere (commendations, the conference's opening sentence).
 */
export function findSections(sentences: Sentence[], lex: CompiledLexicon, skip: Set<Sentence>, initial: State, nextYear: number | null = null): SectionItems {
  const out: SectionItems = { results: [], shortcomings: [], tasks: [], mentioned: { results: false, shortcomings: false, tasks: false } };
  let state: State = initial;
  let lastParagraph = -1;
  const firstParagraph = sentences.find((s) => s.role === 'body')?.paragraph ?? 0;
  for (const s of sentences) {
    if (s.role === 'heading' && s.paragraph > firstParagraph) {
      const named = headingSection(s, lex);
      if (named) {
        state = named;
        out.mentioned[named] = true;
      }
      continue;
    }
    if (s.role !== 'body') continue;
    const newParagraph = s.paragraph !== lastParagraph;
    lastParagraph = s.paragraph;
    if (state === 'intro' && s.paragraph !== firstParagraph) state = 'results';
    if (skip.has(s) || state === 'intro') continue;
    const short = cueAt(lex.shortcomings, s);
    // A paragraph opening with the next year ("In 2025, the province will focus on ...") sets its tasks.
    const taskCue = cueAt(lex.tasks, s) ?? (newParagraph && nextYear !== null && leadYear(s, lex) === nextYear ? yearCue(s) : undefined);
    // A task word inside a meeting cue ("a assisté et donné des orientations") reports the meeting, it sets no task.
    const task = taskCue && !withinMeetingCue(s, taskCue, lex) ? taskCue : undefined;
    const neutral = cueAt(lex.neutral, s);
    const presented = cueAt(lex.reportPresented, s);
    const report = presented ?? cueAt(lex.reportSays, s);
    let from = 0;
    let listed = false;
    const shortList = short ? listAfter(s, short, lex) : -1;
    if (report && !short && !task && state !== 'tasks') {
      // "X presented the report." opens the results (even "on behalf of" the standing agency); "According to the report, ..." gives one.
      state = 'results';
      if (presented && presentsOnly(s, presented, lex)) continue;
    } else if (neutral && !short && !task) {
      state = 'neutral';
      continue;
    } else if (short && (!task || short.index < task.index) && (state !== 'tasks' || shortList >= 0)) {
      // Tasks come last: once there, only a listed shortcoming ("such as ...") goes back.
      state = 'shortcomings';
      out.mentioned.shortcomings = true;
      listed = shortList >= 0;
      if (listed) from = shortList;
      else if (isMention(s, short, lex, [lex.results, lex.tasks])) continue; // the content (if any) follows
    } else if (task) {
      state = 'tasks';
      out.mentioned.tasks = true;
      const intro = listAfter(s, task, lex);
      listed = intro >= 0;
      if (listed) from = intro;
      else if (task.index + task[0].length >= s.text.length - 2 && isMention(s, task, lex, [])) continue; // a heading-like "Tasks for 2024"
      // "Concluding, X praised ... and asked ...": the ask (unless the verb comes last, as in Korean or Japanese).
      else if (neutral && neutral.index < task.index && task.index < s.text.length * 0.6) from = task.index;
    } else if (newParagraph && state === 'results' && lex.contrastLead?.test(s.folded)) {
      // "However, in some communes the registration of young citizens was still inaccurate": what is lacking.
      state = 'shortcomings';
      out.mentioned.shortcomings = true;
    } else if (newParagraph && state === 'neutral' && matches(lex.results, s.folded)) {
      state = 'results';
    }
    if (state === 'neutral' || (state === 'results' && isProtocol(s, lex))) continue;
    if (state === 'results') out.mentioned.results = true;
    out[state].push(...itemsOf(s, lex, from, listed, state === 'tasks' ? 'actions' : state === 'shortcomings' ? 'clauses' : 'none'));
  }
  return out;
}

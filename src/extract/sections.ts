/** Sections: results, shortcomings and next-year tasks, read as a reader does, paragraph by paragraph, by cue phrases. */
import type { Item } from '../model/review.js';
import { allMatches, matches } from '../text/phrases.js';
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

/** Longer sentences listing several things with semicolons are split into clauses, each an item. */
const CLAUSE_SPLIT_MIN = 220;

function item(s: Sentence, from: number, to: number): Item | null {
  let a = from;
  let b = to;
  while (a < b && /[\s,;:–—-]/.test(s.text[a] as string)) a++;
  while (b > a && /[\s;,]/.test(s.text[b - 1] as string)) b--;
  const text = s.text.slice(a, b);
  if (text.replace(/[^\p{L}]/gu, '').length < 12) return null;
  const capitalized = text.charAt(0).toUpperCase() + text.slice(1);
  return { text: capitalized, themes: [], source: { paragraph: s.paragraph, start: s.start + a, end: s.start + b } };
}

/** Items of a sentence from `from` on: the whole rest, or its semicolon clauses when long. */
function itemsOf(s: Sentence, from = 0): Item[] {
  const rest = s.text.slice(from);
  if (rest.length < CLAUSE_SPLIT_MIN || !rest.includes(';')) return [item(s, from, s.text.length)].filter((x): x is Item => x !== null);
  const out: Item[] = [];
  let start = from;
  for (let i = from; i <= s.text.length; i++) {
    if (i === s.text.length || s.text[i] === ';') {
      const it = item(s, start, i);
      if (it) out.push(it);
      start = i + 1;
    }
  }
  return out;
}

/** Where the list starts after an introducer ("such as", "which are", ":") following a cue, or -1. */
function afterIntroducer(s: Sentence, cueEnd: number, lex: CompiledLexicon): number {
  const m = allMatches(lex.introducers, s.folded).find((x) => x.index >= cueEnd - 1);
  return m ? m.index + m[0].length : -1;
}

function cueAt(re: RegExp | null, s: Sentence): RegExpExecArray | undefined {
  return allMatches(re, s.folded)[0];
}

/**
 * Walk the body sentences in order. A cue switches the state (shortcomings, tasks, a neutral
 * speech); an item-bearing sentence goes to the current section. `skip` marks sentences that
 * belong elsewhere (commendations, the conference's opening sentence).
 */
export function findSections(sentences: Sentence[], lex: CompiledLexicon, skip: Set<Sentence>, initial: State): SectionItems {
  const out: SectionItems = { results: [], shortcomings: [], tasks: [], mentioned: { results: false, shortcomings: false, tasks: false } };
  let state: State = initial;
  let lastParagraph = -1;
  const firstParagraph = sentences.find((s) => s.role === 'body')?.paragraph ?? 0;
  for (const s of sentences) {
    if (s.role !== 'body') continue;
    const newParagraph = s.paragraph !== lastParagraph;
    lastParagraph = s.paragraph;
    if (state === 'intro' && s.paragraph !== firstParagraph) state = 'results';
    if (skip.has(s) || state === 'intro') continue;
    const short = cueAt(lex.shortcomings, s);
    const task = cueAt(lex.tasks, s);
    const neutral = cueAt(lex.neutral, s);
    let from = 0;
    if (neutral && !short && (!task || neutral.index < task.index)) {
      state = 'neutral';
      continue;
    } else if (short && (!task || short.index < task.index) && (state !== 'tasks' || afterIntroducer(s, short.index + short[0].length, lex) >= 0)) {
      // Tasks come last: once there, only a listed shortcoming ("such as ...") goes back.
      state = 'shortcomings';
      out.mentioned.shortcomings = true;
      const intro = afterIntroducer(s, short.index + short[0].length, lex);
      if (intro < 0) continue; // "shortcomings were discussed": a mention, the content (if any) follows
      from = intro;
    } else if (task) {
      state = 'tasks';
      out.mentioned.tasks = true;
      const intro = afterIntroducer(s, task.index + task[0].length, lex);
      if (intro >= 0) from = intro;
      else if (task.index + task[0].length >= s.text.length - 2) continue;
    } else if (newParagraph && state === 'neutral' && matches(lex.results, s.folded)) {
      state = 'results';
    }
    if (state === 'neutral') continue;
    if (state === 'results') out.mentioned.results = true;
    out[state].push(...itemsOf(s, from));
  }
  return out;
}

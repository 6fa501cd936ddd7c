/** People: who chaired (chair) and which senior guest attended and directed (directedBy), name and title apart. */
import type { Person } from '../model/review.js';
import { fold } from '../text/fold.js';
import { allMatches } from '../text/phrases.js';
import type { Knowledge } from './knowledge/index.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';
import type { Sentence } from './sentences.js';

interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0].replace(/[.'’-]+$/, '');
    out.push({ text: t, key: fold(t), start: m.index, end: m.index + t.length });
  }
  return out;
}

const isCapitalized = (w: Word) => /^\p{Lu}/u.test(w.text);

/** Name runs: 2-4 capitalized words starting with a Vietnamese family name, no title or organisation word inside. */
function nameRuns(text: string, k: Knowledge, lex: CompiledLexicon): Array<{ start: number; end: number; name: string }> {
  const ws = words(text);
  const runs: Array<{ start: number; end: number; name: string }> = [];
  const nameWord = (w: Word) => isCapitalized(w) && !lex.orgWords.has(w.key) && !lex.titleHeads.has(w.key) && !/\d/.test(w.text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (!nameWord(w) || !k.surnames.has(w.key)) continue;
    let j = i;
    while (j + 1 < ws.length && j - i < 3 && nameWord(ws[j + 1] as Word) && text.slice(ws[j]!.end, ws[j + 1]!.start).trim() === '') j++;
    if (j > i) {
      runs.push({ start: w.start, end: ws[j]!.end, name: text.slice(w.start, ws[j]!.end) });
      i = j;
    }
  }
  return runs;
}

const trimPunct = (s: string) => s.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').trim();

/** The title before a name: the trailing comma-separated segments that start with a title word. */
function titleBefore(text: string, lex: CompiledLexicon): string | null {
  const segments = text.split(/,\s*/).map(trimPunct).filter(Boolean);
  const kept: string[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = (segments[i] as string).replace(/^(le|la|l'|the)\s+/i, '');
    const first = fold(seg.split(/\s+/)[0] ?? '');
    const firstTwo = fold(seg.split(/\s+/).slice(0, 2).join(' '));
    if (!lex.titleHeads.has(first) && !lex.titleHeads.has(firstTwo)) break;
    kept.unshift(seg);
  }
  return kept.length ? kept.join(', ') : null;
}

/** A title written after the name: "Name - Title," or "Name, Title," up to the cue. */
function titleAfter(text: string): string | null {
  const t = trimPunct(text);
  return t.length >= 3 && t.length <= 250 ? t : null;
}

function stripHonorific(name: string, lex: CompiledLexicon): string {
  return name.replace(lex.honorifics ? new RegExp(`^(?:${lex.honorifics.source})\\s+`, 'iu') : /^$/, '').trim();
}

/** The person named around a cue in a sentence: before it for active cues, after it for passive ones. */
function personAt(s: Sentence, cueStart: number, cueEnd: number, passive: boolean, k: Knowledge, lex: CompiledLexicon): Person | null {
  if (passive) {
    const after = s.text.slice(cueEnd);
    const clause = after.split(/[.;]\s/)[0] ?? after;
    const run = nameRuns(clause, k, lex)[0];
    if (!run) return null;
    const between = trimPunct(clause.slice(0, run.start));
    const rest = clause.slice(run.end);
    const following = /^\s*[,–—-]\s*([^,]+(?:,\s*[^,]+)*)/.exec(rest);
    return { name: stripHonorific(run.name, lex), title: between ? trimPunct(between) : following?.[1] ? trimPunct(following[1]) : null };
  }
  const before = s.text.slice(0, cueStart);
  const runs = nameRuns(before, k, lex);
  const run = runs[runs.length - 1];
  if (!run) return null;
  const tail = before.slice(run.end);
  if (trimPunct(tail) === '') return { name: run.name, title: titleBefore(before.slice(0, run.start), lex) };
  return { name: run.name, title: titleAfter(tail) ?? titleBefore(before.slice(0, run.start), lex) };
}

function findPerson(sentences: Sentence[], k: Knowledge, lex: CompiledLexicon, cues: Array<{ re: RegExp | null; passive: boolean }>): Person | null {
  const ordered = [...sentences.filter((s) => s.role === 'body'), ...sentences.filter((s) => s.role === 'caption')];
  for (const s of ordered) {
    for (const { re, passive } of cues) {
      for (const m of allMatches(re, s.folded)) {
        const person = personAt(s, m.index, m.index + m[0].length, passive, k, lex);
        if (person) return person;
      }
    }
  }
  return null;
}

/** The conference chair (who chaired or presided), or null. */
export function findChair(sentences: Sentence[], k: Knowledge, lex: CompiledLexicon): Person | null {
  return findPerson(sentences, k, lex, [
    { re: lex.chairPassive, passive: true },
    { re: lex.chairActive, passive: false },
  ]);
}

/** The senior guest who attended and directed, or null. */
export function findDirectedBy(sentences: Sentence[], k: Knowledge, lex: CompiledLexicon): Person | null {
  return findPerson(sentences, k, lex, [{ re: lex.directed, passive: false }]);
}

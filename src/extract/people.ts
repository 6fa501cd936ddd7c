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

/** Starts with a capital, or is written in a script without case (Hangul), where any word may be a name. */
const isCapitalized = (w: Word) => /^\p{Lu}/u.test(w.text) || /^\p{Script=Hangul}/u.test(w.text);

type Run = { start: number; end: number; name: string };

/** True for a title or organisation word, also when a particle is attached (Korean "부위원장이"). */
function isTitleOrOrg(w: Word, lex: CompiledLexicon): boolean {
  if (lex.orgWords.has(w.key) || lex.titleHeads.has(w.key)) return true;
  if (!/^\p{Script=Hangul}/u.test(w.text)) return false;
  for (const head of lex.titleHeads) if (head.length >= 2 && w.key.startsWith(head)) return true;
  return false;
}

/** Names in Han characters: a family name and two given-name characters (黎光平), as Chinese writes Vietnamese names. */
function hanRuns(text: string, k: Knowledge): Run[] {
  const runs: Run[] = [];
  const re = /\p{Script=Han}{3}/uy;
  for (let i = 0; i < text.length; i++) {
    if (!k.surnames.has(text[i] as string)) continue;
    re.lastIndex = i;
    if (re.test(text)) runs.push({ start: i, end: i + 3, name: text.slice(i, i + 3) });
  }
  return runs;
}

/** Names in katakana, syllables joined by "・" (ダン・バン・フオン), starting with a family name. */
function katakanaRuns(text: string, k: Knowledge): Run[] {
  const runs: Run[] = [];
  const re = /[\p{Script=Katakana}ー]+(?:・[\p{Script=Katakana}ー]+)+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (k.surnames.has(fold(m[0].split('・')[0] as string))) runs.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  }
  return runs;
}

/** Name runs: 2-4 capitalized words starting with a Vietnamese family name, no title or organisation word inside; or a Han or katakana name. */
function nameRuns(text: string, k: Knowledge, lex: CompiledLexicon): Run[] {
  const ws = words(text);
  const runs: Run[] = [];
  const nameWord = (w: Word) => isCapitalized(w) && !isTitleOrOrg(w, lex) && !/\d/.test(w.text);
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
  if (/[\p{Script=Han}\p{Script=Katakana}]/u.test(text)) runs.push(...hanRuns(text, k), ...katakanaRuns(text, k));
  return runs.sort((a, b) => a.start - b.start);
}

/** The end of a clause, but not the period of an abbreviated title ("M. Ho Van Dien", "Dr. ..."). */
const CLAUSE_END = /(?<!(?:^|\s)\p{Lu}\p{Ll}{0,2})[.;。；]\s*/u;

const trimPunct = (s: string) => s.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').trim();

/** The title before a name: the trailing comma-separated segments that start with a title word. */
function titleBefore(text: string, lex: CompiledLexicon): string | null {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(text)) {
    const t = text.split(/[，。；;,]/).pop()?.trim() ?? '';
    return t.length >= 2 && t.length <= 60 ? t : null;
  }
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
  return lex.honorificLead ? name.replace(lex.honorificLead, '').trim() : name.trim();
}

/** The person named around a cue in a sentence: before it for active cues, after it for passive ones. */
function personAt(s: Sentence, cueStart: number, cueEnd: number, passive: boolean, k: Knowledge, lex: CompiledLexicon): Person | null {
  if (passive) {
    const after = s.text.slice(cueEnd);
    const clause = after.split(CLAUSE_END)[0] ?? after;
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

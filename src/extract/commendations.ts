/** Commendations: who awarded what to how many collectives and individuals, one entry per award line. */
import { mapPacked } from '../text/packed.js';
import { commendationKey, type Commendation } from '../model/review.js';
import { fold } from '../text/fold.js';
import { allMatches, firstMatch, matches } from '../text/phrases.js';
import type { Knowledge } from './knowledge/index.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';
import { countAfter, countBefore } from './numbers.js';
import type { Sentence } from './sentences.js';

interface Clause {
  s: Sentence;
  start: number;
  end: number;
  text: string;
  folded: string;
}

function clauseOf(s: Sentence, start: number, end: number): Clause {
  return { s, start, end, text: s.text.slice(start, end), folded: s.folded.slice(start, end) };
}

/** Clause separators, as character codes. */
const SEMICOLONS = new Set(Array.from(';；', (c) => c.charCodeAt(0)));
const COMMAS = new Set(Array.from(',，、', (c) => c.charCodeAt(0)));

/**
 * Award lines of a sentence: its semicolon clauses, each cut again at a comma after which the
 * same kind of recipient is counted anew ("3 collectives received ..., while 27 collectives and
 * 45 individuals were commended by ...").
 */
function clauses(s: Sentence, lex: CompiledLexicon): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= s.text.length; i++) {
    if (i !== s.text.length && !SEMICOLONS.has(s.text.charCodeAt(i))) continue;
    let clauseStart = start;
    const counted = (c: Clause) => ({ collectives: countOf(c, lex.collectives, lex) !== null, individuals: countOf(c, lex.individuals, lex) !== null });
    for (let j = start; j < i; j++) {
      if (!COMMAS.has(s.text.charCodeAt(j))) continue;
      const before = counted(clauseOf(s, clauseStart, j));
      const after = counted(clauseOf(s, j + 1, i));
      if ((before.collectives && after.collectives) || (before.individuals && after.individuals && !after.collectives)) {
        const nextComma = s.text.slice(j + 1, i).search(/[,，、]/);
        const piece = counted(clauseOf(s, j + 1, nextComma < 0 ? i : j + 1 + nextComma));
        if (!(piece.collectives || piece.individuals)) continue;
        out.push(clauseOf(s, clauseStart, j));
        clauseStart = j + 1;
      }
    }
    out.push(clauseOf(s, clauseStart, i));
    start = i + 1;
  }
  return out;
}

/** True when an award phrase is (or holds) one of the award verbs: "commended", "表彰した". */
function isVerbAt(c: Clause, m: RegExpExecArray, lex: CompiledLexicon): boolean {
  return allMatches(lex.awardVerbs, c.folded).some((v) => v.index < m.index + m[0].length && m.index < v.index + v[0].length);
}

function countOf(c: Clause, re: RegExp | null, lex: CompiledLexicon): number | null {
  for (const m of allMatches(re, c.folded)) {
    const n = countBefore(c.folded, m.index, lex) ?? countAfter(c.folded, m.index + m[0].length, lex);
    if (n !== null) return n;
  }
  return null;
}

/** The giver as written, without the punctuation, joining conjunction ("et", "và", "а") and determiner around it. */
function trimBy(s: string, lex: CompiledLexicon): string {
  let t = s.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
  for (const lead of [lex.conjunctionLead, lex.determinerLead]) {
    const m = lead?.exec(fold(t));
    if (m) t = t.slice(m[0].length);
  }
  return t.trim();
}

/** Who gave the award: the subject before the verb (without the person's name), or the giver after "from"/"du". */
const GIVER_AFTER = /^\s*(?:from the|from|of the|by the|by|du|de la|de l'|des|par le|par la|por el|por la|del|cua|của)\s+(\p{Lu}[^,;.]*?)(?=\s+(?:pour|for|in|on|to|with|vi|về|à|con|para)\b|[,;.]|$)/u;

function giver(c: Clause, awardEnd: number, verbStart: number | null, k: Knowledge, lex: CompiledLexicon, verbEnd: number | null = null): string | null {
  const after = GIVER_AFTER.exec(c.text.slice(awardEnd)) ?? (verbEnd !== null ? GIVER_AFTER.exec(c.text.slice(verbEnd).replace(/^\s*(?:were|was|been)\b/, '')) : null);
  if (after?.[1]) return trimBy(after[1], lex);
  if (verbStart === null) return null;
  const subject = c.text.slice(0, verbStart).split(/,\s*/).pop() ?? '';
  const words = subject.trim().split(/\s+/);
  // Drop a trailing personal name (family name first, then 1-3 capitalized words) and the few words after it ("đã").
  const capitalized = (x: string) => /^\p{Lu}/u.test(x);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    let end = i;
    while (end < words.length && capitalized(words[end] as string)) end++;
    if (end - i >= 2 && end - i <= 4 && words.length - end <= 2 && k.surnames.has(w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase())) {
      return trimBy(words.slice(0, i).join(' '), lex) || null;
    }
  }
  return trimBy(subject, lex) || null;
}

/** The first of the lexicon's awards named in a clause, and where, or undefined. */
function firstAward(c: Clause, lex: CompiledLexicon): { a: CompiledLexicon['awards'][number]; m: RegExpExecArray } | undefined {
  for (const a of lex.awards) {
    const m = firstMatch(a.re, c.folded);
    if (m) return { a, m };
  }
  return undefined;
}

/** Commendations in body sentences; identical award lines are kept once. */
export function findCommendations(sentences: Sentence[], k: Knowledge, lex: CompiledLexicon): { commendations: Commendation[]; sentences: Set<Sentence> } {
  const out: Commendation[] = [];
  const used = new Set<Sentence>();
  const seen = new Set<string>();
  // The last award line when it counted collectives only: the next sentence may give its individuals.
  let open: { entry: Commendation; at: number } | null = null;
  for (const [at, s] of sentences.entries()) {
    if (s.role !== 'body' || !matches(lex.awardAny, s.folded)) continue;
    let lastBy: string | null = null;
    let lastAward: string | null = null;
    const lines = clauses(s, lex);
    const awards = mapPacked(lines, (c) => firstAward(c, lex));
    for (const [i, c] of lines.entries()) {
      const award = awards[i];
      const collectives = countOf(c, lex.collectives, lex);
      const individuals = countOf(c, lex.individuals, lex);
      const verb = firstMatch(lex.awardVerbs, c.folded);
      // Languages that put the award and the verb last name them once for every giver before
      // ("公安省は２団体に、市人民委員会委員長は１５団体と２３個人に、それぞれ表彰状を授与した").
      const laterAward = lastAward === null ? awards.slice(i + 1).find((x) => x)?.a.award ?? null : null;
      const sharedAward = lastAward ?? laterAward;
      if (!award && !(sharedAward && (collectives !== null || individuals !== null))) continue;
      if (collectives === null && individuals === null && !verb) continue;
      // An award named only by its verb ("commended 12 collectives", "zeichnete ... aus") is one when it counts someone.
      if (award?.m && collectives === null && individuals === null && isVerbAt(c, award.m, lex)) continue;
      const awardName: string = award?.a.award ?? (sharedAward as string);
      const awardEnd = award?.m ? award.m.index + award.m[0].length : 0;
      const verbFirst = verb && (!award?.m || verb.index < award.m.index);
      const by: string | null = giver(c, awardEnd, verbFirst ? verb.index : null, k, lex, verb ? verb.index + verb[0].length : null) ?? lastBy;
      // "... certificates of merit to 14 collectives. Twenty individuals were also honoured with certificates of merit ...":
      // one award line written as two sentences of a paragraph.
      const continued = open !== null && open.at === at - 1 && open.entry.source.paragraph === s.paragraph && open.entry.award === awardName;
      if (continued && collectives === null && individuals !== null && open) {
        seen.delete(commendationKey(open.entry));
        open.entry.individuals = individuals;
        open.entry.source = { ...open.entry.source, end: s.start + c.end };
        seen.add(commendationKey(open.entry));
        open = null;
        used.add(s);
        continue;
      }
      const entry: Commendation = {
        by,
        award: awardName,
        collectives,
        individuals,
        source: { paragraph: s.paragraph, start: s.start + c.start, end: s.start + c.end },
      };
      lastBy = by;
      lastAward = awardName;
      const key = commendationKey(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(entry);
      used.add(s);
      open = collectives !== null && individuals === null ? { entry, at } : null;
    }
  }
  return { commendations: out, sentences: used };
}

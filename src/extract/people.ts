/** People: who chaired (chair) and which senior guest attended and directed (directedBy), name and title apart. */
import { mapPacked } from '../text/packed.js';
import type { Person } from '../model/review.js';
import { escapeRegExp, fold } from '../text/fold.js';
import { allMatches, wordEnd } from '../text/phrases.js';
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

/**
 * The length of a particle attached to a name's last word in Hangul ("히에우가" → 1), or 0. Which
 * particle follows depends on whether the syllable before it ends in a consonant ("탄이", "투이가"),
 * so "하이" (Hai) keeps its "이".
 */
function particleLength(word: string, lex: CompiledLexicon): number {
  if (!isHangul(word)) return 0;
  const { afterVowel, afterConsonant } = lex.raw.chair.nameParticles;
  let longest = 0;
  for (const [particles, afterFinalConsonant] of [[afterVowel, false], [afterConsonant, true]] as const) {
    for (const particle of particles) {
      if (particle.length <= longest || word.length <= particle.length || !word.endsWith(particle)) continue;
      const syllable = word.charCodeAt(word.length - particle.length - 1) - 0xac00;
      if (syllable >= 0 && syllable <= 11171 && (syllable % 28 !== 0) === afterFinalConsonant) longest = particle.length;
    }
  }
  return longest;
}

/** Name runs: 2-4 capitalized words starting with a Vietnamese family name, no title or organisation word inside; or a Han or katakana name. */
function nameRuns(text: string, k: Knowledge, lex: CompiledLexicon): Run[] {
  const ws = words(text);
  const runs: Run[] = [];
  // A family name written with its diacritics is a name even where it folds like a title ("Trương", "trưởng").
  const nameWord = (w: Word) => isCapitalized(w) && !/\d/.test(w.text) && (!isTitleOrOrg(w, lex) || k.surnamesAsWritten.has(w.text.toLowerCase()));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (!nameWord(w) || !k.surnames.has(w.key)) continue;
    let j = i;
    while (j + 1 < ws.length && j - i < 3 && nameWord(ws[j + 1] as Word) && text.slice(ws[j]!.end, ws[j + 1]!.start).trim() === '') j++;
    // A given name that is also a title word ("Hà Quang Trưởng, Ủy viên ..."): the third word of a
    // two-word run, capitalized and closed by a comma or a bracket, belongs to the name.
    const third = ws[j + 1];
    if (j === i + 1 && third && isCapitalized(third) && text.slice(ws[j]!.end, third.start).trim() === '' && /^\s*(?:[,;(]|$)/.test(text.slice(third.end))) j++;
    if (j > i) {
      const end = ws[j]!.end - particleLength(ws[j]!.text, lex);
      runs.push({ start: w.start, end, name: text.slice(w.start, end) });
      i = j;
    }
  }
  if (/[\p{Script=Han}\p{Script=Katakana}]/u.test(text)) runs.push(...hanRuns(text, k), ...katakanaRuns(text, k));
  return runs.sort((a, b) => a.start - b.start);
}

/** The end of a clause, but not the period of an abbreviated title ("M. Ho Van Dien", "Dr. ..."). */
const CLAUSE_END = /(?<!(?:^|\s)\p{Lu}\p{Ll}{0,2})[.;。；]\s*/u;

const trimPunct = (s: string) => s.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').trim();

/** Text in Han or kana, where words are not set apart by spaces. */
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const isHangul = (s: string) => /^\p{Script=Hangul}/u.test(s);
/** A name that follows the cue must stand this close to it ("Chủ trì hội nghị có đồng chí ...", "Présidant la conférence, M. ..."). */
const MAX_CUE_TO_NAME = 120;

/** The title head a word is; in Hangul, the longest one it starts with, a particle being attached ("위원장이" → "위원장"). */
function headOf(word: string, lex: CompiledLexicon): string | null {
  const key = fold(word);
  if (lex.titleHeads.has(key)) return key;
  if (!isHangul(word)) return null;
  let best: string | null = null;
  for (const head of lex.titleHeads) if (head.length >= 2 && key.startsWith(head) && (!best || head.length > best.length)) best = head;
  return best;
}

/**
 * A title without what is not part of it: a bracketed gloss, and honorifics and determiners at its
 * start or an honorific at its end ("Mme", "el coronel" → "coronel", "hội nghị có đồng chí" → "hội nghị có").
 * Honorifics are forms of address, never titles.
 */
function bareTitle(text: string, lex: CompiledLexicon): string {
  let s = trimPunct(text.replace(/\s*\([^()]*\)/g, ' '));
  for (let again = true; again && s; ) {
    const f = fold(s);
    const m = lex.honorificStart?.exec(f) ?? lex.determinerLead?.exec(f);
    again = m !== null && m !== undefined;
    if (m) s = trimPunct(s.slice(m[0].length));
  }
  const t = lex.honorificEnd?.exec(fold(s));
  if (t) s = trimPunct(s.slice(0, t.index));
  // Korean attaches particles to the title word: keep the title head ("중장이" → "중장").
  return mapPacked(s.split(/\s+/), (w) => {
    const head = isHangul(w) ? headOf(w, lex) : null;
    return head && w.length - head.length <= 2 ? w.slice(0, head.length) : w;
  }).join(' ');
}

/** True when a (bare) text starts with a title word ("Deputy", "Phó", "vicepresidente"). */
function startsWithTitle(bare: string, lex: CompiledLexicon): boolean {
  const ws = bare.split(/\s+/);
  return headOf(ws[0] ?? '', lex) !== null || (ws.length > 1 && lex.titleHeads.has(fold(`${ws[0]} ${ws[1]}`)));
}

/** The comma-separated segments at the start of a text that are titles, joined; null when the first is not one. */
function titleSegments(text: string, lex: CompiledLexicon): string | null {
  const kept: string[] = [];
  for (const segment of text.replace(/\s*\([^()]*\)/g, ' ').split(/,\s*/)) {
    const bare = bareTitle(segment, lex);
    if (!bare || !startsWithTitle(bare, lex)) break;
    kept.push(bare);
  }
  return kept.length ? kept.join(', ') : null;
}

/** The title before a name: the trailing comma-separated segments that start with a title word. */
function titleBefore(text: string, lex: CompiledLexicon): string | null {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(text)) {
    const t = (text.split(/[，。；;,]/).pop() ?? '')
      // A topic ending in a particle before the title ("会議は、…") is not part of it, nor the particle joining title and name ("…委員長の").
      .replace(/^.*\p{Script=Hiragana}[、，]/u, '')
      .replace(/\p{Script=Hiragana}+$/u, '')
      // Two offices joined by で ("省党委員会副書記で省人民委員会委員長": "…, and …") are two titles.
      .replace(/(?<=\p{Script=Han})で(?=\p{Script=Han})/gu, '、')
      .trim();
    return t.length >= 2 && t.length <= 60 ? t : null;
  }
  const segments = mapPacked(text.split(/,\s*/), trimPunct).filter(Boolean);
  const kept: string[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = bareTitle(segments[i] as string, lex);
    if (!seg || !startsWithTitle(seg, lex)) break;
    kept.unshift(seg);
  }
  return kept.length ? kept.join(', ') : null;
}

/**
 * A title written after the name, up to the cue: "Name - Title," or "Name, Title,". Not a relative
 * clause ("Name, who is also head of ..."): in scripts with spaces, it must start with a title word.
 */
function titleAfter(text: string, lex: CompiledLexicon): string | null {
  if (HAN_KANA.test(text)) {
    // Without a gloss in brackets ("（少将）") and the particle after it ("副委員長が").
    const t = trimPunct(trimPunct(text.replace(/（[^（）]*）/gu, '')).replace(/\p{Script=Hiragana}+$/u, ''));
    return t.length >= 2 && t.length <= 250 ? t : null;
  }
  const t = titleSegments(trimPunct(text), lex);
  return t && t.length <= 250 ? t : null;
}

/**
 * A Korean title follows the name, and what it heads comes before ("성 인민위원회 레 꽝 빈 위원장"):
 * the organisation and title words just before the name, joined to a one-word title after it.
 */
function withHangulHead(title: string, before: string, lex: CompiledLexicon): string {
  if (!isHangul(title) || /\s/.test(title)) return title;
  const ws = before.trimEnd().split(/\s+/);
  const lead: string[] = [];
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i] as string;
    if (!isHangul(w) || /[,.]$/.test(w)) break;
    // A title or organisation word, a numbered unit ("제7군구"), or a name ending in an organisation word ("박닌성": Bac Ninh province).
    const key = fold(w);
    if (!isTitleOrOrg({ text: w, key, start: 0, end: 0 }, lex) && !/\d/.test(w) && ![...lex.orgWords].some((org) => isHangul(org) && key.endsWith(org))) break;
    lead.unshift(w);
  }
  return [...lead, title].join(' ');
}

/**
 * A name in an inflected script, as the text also writes it in its base form: after "под
 * председательством" a Russian name is in the genitive ("Ле Ван Фыока"), and the article names
 * the same person elsewhere in the nominative ("Ле Ван Фыок поручил ..."): the shorter form wins.
 */
function baseName(name: string, sentences: Sentence[]): string {
  const words = name.split(/\s+/);
  const last = words.pop() as string;
  if (words.length === 0 || !/^\p{Script=Cyrillic}+$/u.test(last)) return name;
  for (const cut of [1, 2]) {
    if (last.length - cut < 2) break;
    // "Тхиня" → "Тхинь", "Хая" → "Хай", "Бинь" ← "Биня": the stem, or the stem with a soft sign or short i.
    for (const ending of ['', 'ь', 'й']) {
      const shorter = [...words, last.slice(0, -cut) + ending].join(' ');
      const re = new RegExp(`${escapeRegExp(shorter)}${wordEnd()}`, 'u');
      if (sentences.some((s) => s.text.includes(shorter) && re.test(s.text))) return shorter;
    }
  }
  return name;
}

function stripHonorific(name: string, lex: CompiledLexicon): string {
  return lex.honorificLead ? name.replace(lex.honorificLead, '').trim() : name.trim();
}

/** A title with each segment's first word in its base form, when a cue inflected it ("заместителя председателя ..." → "заместитель председателя ..."). */
function baseTitle(title: string, lex: CompiledLexicon): string {
  const forms = lex.raw.chair.titleForms;
  if (Object.keys(forms).length === 0) return title;
  return title.replace(/(^|,\s*)([^\s,]+)/gu, (whole, lead: string, word: string) => {
    const base = forms[word.toLowerCase()];
    if (base === undefined) return whole;
    return lead + (/^\p{Lu}/u.test(word) ? base.charAt(0).toUpperCase() + base.slice(1) : base);
  });
}

/** The person named after a cue, in its clause ("chaired by [title] NAME[, title]"); `near` bounds how far. */
function personAfter(text: string, k: Knowledge, lex: CompiledLexicon, near: number): Person | null {
  const clause = text.split(CLAUSE_END)[0] ?? text;
  const run = nameRuns(clause, k, lex)[0];
  if (!run || run.start > near) return null;
  const between = bareTitle(clause.slice(0, run.start), lex);
  const rest = clause.slice(run.end);
  const appositive = /^\s*[,–—-]\s*(.+)/s.exec(rest)?.[1];
  const following = appositive ? titleAfter(appositive, lex) : null;
  const before = between && (HAN_KANA.test(between) || startsWithTitle(between, lex)) ? between : null;
  // A lone rank before the name and a title after it ("el coronel NAME, director de ..."): both, the rank first.
  const title = before && following && !/\s/.test(before) && !HAN_KANA.test(before) ? `${before}, ${following}` : before ?? following;
  return { name: run.name, title };
}

/** The person named around a cue in a sentence: before it for active cues, after it for passive ones. */
function personAt(s: Sentence, cueStart: number, cueEnd: number, passive: boolean, k: Knowledge, lex: CompiledLexicon): Person | null {
  if (passive) return personAfter(s.text.slice(cueEnd), k, lex, Infinity);
  const before = s.text.slice(0, cueStart);
  const runs = nameRuns(before, k, lex);
  let run = runs[runs.length - 1];
  // A fronted cue names the person after it ("Présidant la conférence, M. ...", "Chủ trì hội nghị có đồng chí ...").
  if (!run) return personAfter(s.text.slice(cueEnd), k, lex, MAX_CUE_TO_NAME);
  // A name glossed in brackets ("레 꽝 빈(Lê Quang Vinh)"): the name as the text writes it.
  const glossed = runs[runs.length - 2];
  if (glossed && /^\s*\($/.test(before.slice(glossed.end, run.start))) run = glossed;
  const tail = before.slice(run.end).replace(/\s*\([^()]*\)/g, ' ');
  const lead = before.slice(0, run.start);
  const after = trimPunct(tail) === '' ? null : titleAfter(tail, lex);
  if (after && HAN_KANA.test(after)) return { name: run.name, title: hanTitle(titleBefore(lead, lex), after, lex) };
  return { name: run.name, title: after ? withHangulHead(after, lead, lex) : titleBefore(lead, lex) };
}

/**
 * A title written on both sides of a name, as Japanese does ("第1軍管区副司令官のNAME少将",
 * "省人民委員会のNAME副委員長"): an office before it stays a title of its own ("…副司令官、少将"); a
 * body before it is what the title after it heads ("省人民委員会副委員長").
 */
function hanTitle(before: string | null, after: string, lex: CompiledLexicon): string {
  if (!before) return after;
  const key = fold(before);
  return [...lex.titleHeads].some((head) => key.endsWith(head)) ? `${before}、${after}` : before + after;
}

function findPerson(sentences: Sentence[], k: Knowledge, lex: CompiledLexicon, cues: Array<{ re: RegExp | null; passive: boolean }>): Person | null {
  const ordered = [...sentences.filter((s) => s.role === 'body'), ...sentences.filter((s) => s.role === 'caption')];
  for (const s of ordered) {
    for (const { re, passive } of cues) {
      for (const m of allMatches(re, s.folded)) {
        const person = personAt(s, m.index, m.index + m[0].length, passive, k, lex);
        if (person) return { name: baseName(stripHonorific(person.name, lex), sentences), title: person.title && baseTitle(person.title, lex) };
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

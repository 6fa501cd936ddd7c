/** Lexicons: load each language's YAML, validate it, and compile its phrase lists once. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { LexiconSchema, type Lexicon } from '../../model/lexicon.js';
import { foldPhrase } from '../../text/fold.js';
import { phraseRegex, phraseSource } from '../../text/phrases.js';
import { dataRegExp } from '../../text/word-class.js';
import { issueLine } from '../../model/zod-issue.js';
import { computeAll, lazyKind } from './lazy.js';
import { readValidYamlFile } from './yaml-cache.js';

/** What a relative day means: a number of days before the page's date, or the latest such ISO weekday on or before it. */
export type RelativeDay = { daysBefore: number } | { weekday: number };

/** A lexicon with its phrase lists compiled into regexes over folded text. */
export interface CompiledLexicon {
  raw: Lexicon;
  language: string;
  stopwords: Set<string>;
  abbreviations: Set<string>;
  months: Map<string, number>;
  datePatterns: RegExp[];
  /** Any day named relative to the page's date ("yesterday", "wednesday"). */
  relativeDays: RegExp | null;
  /** Each relative day (folded, single spaces) to what it means: days before the page's date, or an ISO weekday. */
  relativeDayMeanings: Map<string, RelativeDay>;
  /** A day of the month named without its month: each regex has a `day` group. */
  dayOfMonth: RegExp[];
  documentDateCues: RegExp | null;
  conferenceWords: RegExp | null;
  reviewVerbs: RegExp | null;
  chairActive: RegExp | null;
  chairPassive: RegExp | null;
  directed: RegExp | null;
  titleHeads: Set<string>;
  honorifics: RegExp | null;
  /** An honorific at the start of a name ("Comrade ", "M. "). */
  honorificLead: RegExp | null;
  /** An honorific at the start of a folded text, or the whole of it ("mme ", "dong chi"). */
  honorificStart: RegExp | null;
  /** An honorific ending a folded text ("... hoi nghi co dong chi"). */
  honorificEnd: RegExp | null;
  results: RegExp | null;
  shortcomings: RegExp | null;
  tasks: RegExp | null;
  neutral: RegExp | null;
  /** Presenting or citing the report: the results follow, or the sentence gives one. */
  reportPresented: RegExp | null;
  reportSays: RegExp | null;
  introducers: RegExp | null;
  /** Any cue saying who chaired, directed or attended: the chair cues and the attendance words in one regex. */
  meetingCues: RegExp | null;
  /** A conjunction and the spaces after it at the start of a folded text ("and "). */
  conjunctionLead: RegExp | null;
  /** A determiner at the start of a folded text ("the ", "l'"). */
  determinerLead: RegExp | null;
  /** Where a second action joins the first inside one clause ("et de renforcer"): see the lexicon's sections.actionJoins. */
  actionJoins: RegExp | null;
  /** A relative word and the spaces after it at the start of a folded text ("where "). */
  relativeLead: RegExp | null;
  awards: Array<{ award: string; re: RegExp }>;
  awardAny: RegExp | null;
  awardVerbs: RegExp | null;
  collectives: RegExp | null;
  individuals: RegExp | null;
  numberWords: Map<string, number>;
  /** Any number word of numberWords, where the lexicon lets them state figures (numberFormat.wordFigures); else null. */
  numberWordFigureRe: RegExp | null;
  /** Words after which a number word names rather than counts (the lexicon's numberFormat.wordFiguresNotAfter, folded). */
  numberWordsNotCountingAfter: Set<string>;
  scaleWords: Map<string, number>;
  scaleRe: RegExp | null;
  units: Map<string, string>;
  unitRe: RegExp | null;
  negativeCues: RegExp | null;
  /** The last words of the negative cues of more than one word ("decreased by", "diminue de"): by, de. */
  negativeCueEnds: Set<string>;
  /** A whole folded text made of degree words only ("sharply", "binh quan", "pres de"). */
  degreeGap: RegExp | null;
  /** A name's word (or a document type) and the spaces after it, at the end of a folded text ("ban chi dao "). */
  numberNameBefore: RegExp | null;
  /** A document type and the spaces after it, at the end of a folded text ("chi thi "). */
  referenceBefore: RegExp | null;
  /** What makes the number just before it part of a name, sticky ("指导委员会", "-го"). */
  numberNameAfter: RegExp | null;
  nextPeriod: RegExp[];
  multiYear: RegExp[];
  /** "tasks for this year": the next year is the year of writing. */
  nextThisYear: RegExp[];
  /** A count at the start of a folded text, with the counter word after it ("3곳"): group 1 the digits. */
  countLead: RegExp;
  /** A sentence opening with a year ("In 2025, ..."), group "year". */
  yearLead: RegExp[];
  /** Naming the first half of a year as the reviewed period. */
  halfYear: RegExp[];
  /** Words that say nothing of a section's content (see the lexicon's sections.mentionWords). */
  mentionWords: RegExp | null;
  /** A contrast word at the start of a folded sentence ("however", "tuy nhien"), or (contrastInside) among its first four words. */
  contrastLead: RegExp | null;
  /** A partitive ("of which", "dont") and the spaces after it, at the end of a folded text. */
  partitiveBefore: RegExp | null;
  references: Array<{ type: string; re: RegExp }>;
  orgWords: Set<string>;
  topicCues: RegExp[];
}

/** Any of the words at the start of a folded text, with the spaces after them ("and ", "where "); null for an empty list. */
function leadingWords(words: readonly string[]): RegExp | null {
  const source = phraseSource(words);
  return source === null ? null : new RegExp(`^(?:${source})\\s+`, 'u');
}

/** The regex anchored at the start of a text and followed by spaces, case-insensitive. */
function leading(re: RegExp | null): RegExp | null {
  return re ? new RegExp(`^(?:${re.source})\\s+`, 'iu') : null;
}

type LexiconRegexes = Pick<
  CompiledLexicon,
  | 'datePatterns' | 'relativeDays' | 'relativeDayMeanings' | 'dayOfMonth' | 'documentDateCues' | 'conferenceWords' | 'reviewVerbs' | 'chairActive' | 'chairPassive' | 'directed' | 'honorifics' | 'honorificLead' | 'honorificStart' | 'honorificEnd'
  | 'results' | 'shortcomings' | 'tasks' | 'neutral' | 'reportPresented' | 'reportSays' | 'introducers' | 'meetingCues' | 'conjunctionLead' | 'determinerLead' | 'relativeLead' | 'actionJoins' | 'numberWordFigureRe' | 'awards' | 'awardAny' | 'awardVerbs' | 'collectives'
  | 'individuals' | 'scaleRe' | 'unitRe' | 'negativeCues' | 'negativeCueEnds' | 'degreeGap' | 'numberNameBefore' | 'referenceBefore' | 'numberNameAfter' | 'nextPeriod' | 'multiYear' | 'nextThisYear' | 'countLead' | 'yearLead' | 'halfYear' | 'mentionWords' | 'contrastLead' | 'partitiveBefore' | 'references' | 'topicCues'
>;

const makeLexicon = lazyKind<Omit<CompiledLexicon, keyof LexiconRegexes>, LexiconRegexes>();

/** Compile a validated lexicon. Its regexes are compiled on first use: a run reads few languages. */
export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const foldedKeys = <T>(rec: Record<string, T>) => new Map(Object.entries(rec).map(([k, v]) => [foldPhrase(k), v] as const));
  const units = foldedKeys(lex.units);
  const scaleWords = foldedKeys(lex.scaleWords);
  const compiled: CompiledLexicon = makeLexicon(
    {
      raw: lex,
      language: lex.language,
      stopwords: new Set(lex.stopwords.map(foldPhrase)),
      abbreviations: new Set(lex.abbreviations.map((a) => a.replace(/\.$/, ''))),
      months: foldedKeys(lex.months),
      titleHeads: new Set(lex.chair.titleHeads.map(foldPhrase)),
      numberWords: foldedKeys(lex.numberWords),
      numberWordsNotCountingAfter: new Set(lex.numberFormat.wordFiguresNotAfter.map(foldPhrase)),
      scaleWords,
      units,
      orgWords: new Set(lex.orgWords.map(foldPhrase)),
    },
    {
      datePatterns: () => lex.datePatterns.map((p) => dataRegExp(p, 'gu')),
      relativeDays: () => phraseRegex([...Object.keys(lex.relativeDays.daysBefore), ...Object.keys(lex.relativeDays.weekdays)]),
      relativeDayMeanings: () =>
        new Map<string, RelativeDay>([
          ...Object.entries(lex.relativeDays.weekdays).map(([p, weekday]): [string, RelativeDay] => [foldPhrase(p), { weekday }]),
          ...Object.entries(lex.relativeDays.daysBefore).map(([p, daysBefore]): [string, RelativeDay] => [foldPhrase(p), { daysBefore }]),
        ]),
      dayOfMonth: () => lex.relativeDays.dayOfMonth.map((p) => dataRegExp(p, 'gu')),
      documentDateCues: () => phraseRegex(lex.documentDateCues),
      conferenceWords: () => phraseRegex(lex.conferenceWords),
      reviewVerbs: () => phraseRegex(lex.reviewVerbs),
      chairActive: () => phraseRegex(lex.chair.active),
      chairPassive: () => phraseRegex(lex.chair.passive),
      directed: () => phraseRegex(lex.chair.directed),
      honorifics: () => phraseRegex(lex.chair.honorifics),
      honorificLead: () => leading(phraseRegex(lex.chair.honorifics)),
      honorificStart: () => {
        const source = phraseSource(lex.chair.honorifics);
        return source === null ? null : new RegExp(`^(?:${source})(?:\\s+|$)`, 'u');
      },
      honorificEnd: () => {
        const source = phraseSource(lex.chair.honorifics);
        return source === null ? null : new RegExp(`(?:^|\\s)(?:${source})$`, 'u');
      },
      results: () => phraseRegex(lex.sections.results),
      shortcomings: () => phraseRegex(lex.sections.shortcomings),
      tasks: () => phraseRegex(lex.sections.tasks),
      neutral: () => phraseRegex(lex.sections.neutral),
      reportPresented: () => phraseRegex(lex.sections.reportPresented),
      reportSays: () => phraseRegex(lex.sections.reportSays),
      introducers: () => phraseRegex(lex.sections.introducers),
      meetingCues: () => phraseRegex([...lex.chair.active, ...lex.chair.passive, ...lex.chair.directed, ...lex.sections.attendance]),
      conjunctionLead: () => leadingWords(lex.sections.conjunctions),
      actionJoins: () => phraseRegex(lex.sections.actionJoins),
      numberWordFigureRe: () => (lex.numberFormat.wordFigures ? phraseRegex(Object.keys(lex.numberWords)) : null),
      relativeLead: () => leadingWords(lex.sections.relatives),
      // An elided determiner ("l'") runs into its noun.
      determinerLead: () => {
        const source = phraseSource(lex.sections.determiners);
        return source === null ? null : new RegExp(`^(?:${source})(?:\\s+|(?<=['’]))`, 'u');
      },
      awards: () => Object.entries(lex.awards).map(([award, phrases]) => ({ award, re: phraseRegex(phrases) as RegExp })),
      awardAny: () => phraseRegex(Object.values(lex.awards).flat()),
      awardVerbs: () => phraseRegex(lex.awardVerbs),
      collectives: () => phraseRegex(lex.recipients.collectives),
      individuals: () => phraseRegex(lex.recipients.individuals),
      scaleRe: () => phraseRegex([...scaleWords.keys()], 'yu'),
      unitRe: () => phraseRegex([...units.keys()], 'yu'),
      negativeCues: () => phraseRegex(lex.negativeCues),
      negativeCueEnds: () => new Set(lex.negativeCues.map((c) => foldPhrase(c).split(' ')).filter((ws) => ws.length > 1).map((ws) => ws[ws.length - 1] as string)),
      degreeGap: () => {
        const source = phraseSource(lex.degreeWords);
        return source === null ? null : new RegExp(`^\\s*(?:(?:${source})\\s*)+$`, 'u');
      },
      numberNameBefore: () => {
        const source = phraseSource(lex.numberNames.before);
        return source === null ? null : new RegExp(`(?:${source})\\s*$`, 'u');
      },
      referenceBefore: () => {
        const source = phraseSource(Object.values(lex.references).flat());
        return source === null ? null : new RegExp(`(?:${source})\\s*$`, 'u');
      },
      numberNameAfter: () => phraseRegex(lex.numberNames.after, 'yu'),
      nextPeriod: () => lex.periods.next.map((p) => dataRegExp(p, 'gu')),
      multiYear: () => lex.periods.multiYear.map((p) => dataRegExp(p, 'gu')),
      nextThisYear: () => lex.periods.thisYear.map((p) => dataRegExp(p, 'gu')),
      countLead: () => {
        const counters = phraseSource(lex.numberFormat.counters);
        return new RegExp(`^\\s*(\\d[\\d.,]*)${counters === null ? '' : `\\s*(?:${counters})?`}`, 'u');
      },
      yearLead: () => lex.periods.yearLead.map((p) => dataRegExp(p, 'u')),
      halfYear: () => lex.periods.halfYear.map((p) => dataRegExp(p, 'u')),
      mentionWords: () => phraseRegex(lex.sections.mentionWords),
      contrastLead: () => {
        const lead = phraseSource(lex.sections.contrast);
        const inside = phraseSource(lex.sections.contrastInside);
        const alternatives = [lead && `[\\s"“«„]*(?:${lead})`, inside && `(?:\\S+\\s+){1,3}?(?:${inside})`].filter(Boolean);
        return alternatives.length === 0 ? null : new RegExp(`^(?:${alternatives.join('|')})`, 'u');
      },
      partitiveBefore: () => {
        const source = phraseSource(lex.partitives);
        return source === null ? null : new RegExp(`(?:${source})\\s*$`, 'u');
      },
      references: () => Object.entries(lex.references).map(([type, words]) => ({ type, re: phraseRegex(words) as RegExp })),
      topicCues: () => (lex.topicCues ?? []).map((p) => dataRegExp(p, 'u')),
    },
  );
  return compiled;
}

/** Compile every lazily compiled regex of a lexicon now (a check that they all compile). */
export function compileAllRegexes(lex: CompiledLexicon): void {
  computeAll(lex);
}

/** Validate one lexicon file's data; errors name the file and field. */
export function validateLexicon(data: unknown, file: string): Lexicon {
  const result = LexiconSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`${file}: ${issueLine(result.error)}`);
  }
  return result.data;
}

/** Parse and validate one lexicon file's text; errors name the file and field. */
export function parseLexicon(text: string, file: string): Lexicon {
  return validateLexicon(parse(text), file);
}

/** Read every `<lang>.yaml` lexicon in a folder (themes.yaml aside). */
export function readLexicons(dir: string): CompiledLexicon[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^[a-z]{2}\.yaml$/.test(f))
    .sort()
    .map((f) => compileLexicon(readValidYamlFile(path.join(dir, f), (data) => validateLexicon(data, f))));
}

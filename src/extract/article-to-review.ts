/** articleToReview: the extractor's entry point, Article in, Review (brief.review/1) out. Pure. */
import { mapPacked } from '../text/packed.js';
import type { Article } from '../model/article.js';
import { REVIEW_SCHEMA_ID, ReviewKindSchema, type Item, type Person, type Review } from '../model/review.js';
import type { Warning } from '../model/warning.js';
import { fold } from '../text/fold.js';
import { allMatches, matches } from '../text/phrases.js';
import { findCommendations } from './commendations.js';
import { conferenceDate, findDates, inferYear, relativeConferenceDate } from './dates.js';
import { findFigures } from './figures.js';
import { findTableFigures } from './tables.js';
import type { Knowledge } from './knowledge/index.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';
import { detectArticleLanguage } from './language.js';
import { findPeriods } from './periods.js';
import { findChair, findDirectedBy } from './people.js';
import { findProvince, provinceByName, provinceRef } from './places.js';
import { findReferences } from './references.js';
import { findSections } from './sections.js';
import { foldedSpan, foldParagraphs, splitSentences, type Sentence } from './sentences.js';
import { withThemes } from './themes.js';

const pad = (n: number) => String(n).padStart(2, '0');

function warn(file: string, ruleId: string, message: string, severity: Warning['severity'] = 'warning'): Warning {
  return { file, place: null, ruleId, severity, message };
}

/** The body that held the conference, from the chair's title ("Chairman of the Provincial People's Committee"). */
function bodyFrom(chair: Person | null): string | null {
  const last = chair?.title?.split(/,\s*/).pop();
  const m = last ? /\b(?:of the|of|du|de la|de l'|của)\s+(.+)$/iu.exec(last) : null;
  const body = m?.[1]?.trim();
  // "Trưởng Ban Chỉ đạo ... của tỉnh" (of the province): a lone lower-case word names no body.
  return body && /\s|\p{Lu}/u.test(body) ? body : null;
}

function topicFrom(s: Sentence | null, lex: CompiledLexicon): string | null {
  if (!s) return null;
  for (const re of lex.topicCues) {
    const m = re.exec(s.folded);
    const t = m?.groups?.topic;
    if (m && t) {
      const start = m.index + m[0].indexOf(t);
      return s.text.slice(start, start + t.length).trim() || null;
    }
  }
  return null;
}

/** Read one article into a Review. Front matter overrides win over extraction. */
export function articleToReview(article: Article, k: Knowledge): Review {
  const file = article.file;
  const warnings: Warning[] = [...article.warnings];
  const foldedParagraphs = foldParagraphs(article.paragraphs);
  const detected = detectArticleLanguage(article.paragraphs, k.lexicons, foldedParagraphs);
  const language = article.language ?? detected.language;
  const english = k.lexicons.get('en') as CompiledLexicon;
  const lex = k.lexicons.get(language) ?? english;
  if (!k.lexicons.has(language)) warnings.push(warn(file, 'language/unsupported', `no lexicon for language "${language}": English cues used`));
  else if (!article.language && !detected.confident) warnings.push(warn(file, 'language/uncertain', `language detected as "${language}" with little evidence`, 'info'));

  const sentences = splitSentences(article.paragraphs, language, lex.abbreviations, foldedParagraphs);
  const isConference = (s: Sentence) => matches(lex.conferenceWords, s.folded);
  const isReview = (s: Sentence) => matches(lex.reviewVerbs, s.folded);

  // Date and periods depend on each other: a date without a year takes it from the periods.
  const dates = findDates(sentences, [lex]);
  const confDate = conferenceDate(dates, lex, isConference, isReview);
  // The sentence announcing the conference: the first naming it, or the dated one saying it reviewed a period when that comes first.
  const dateSentence = confDate && !isConference(confDate.sentence) && confDate.sentence.role === 'body' ? confDate.sentence : null;
  const conferenceSentence = sentences.find((s) => s === dateSentence || (s.role === 'body' && isConference(s))) ?? sentences.find(isConference) ?? null;
  const publishedYear = article.published ? Number(article.published.slice(0, 4)) : null;
  // The reviewed year is read from the conference sentence without its own date ("On January 11, 2024, ... in 2023").
  const undated = conferenceSentence && {
    ...conferenceSentence,
    folded: dates.filter((d) => d.sentence === conferenceSentence).reduce((f, d) => f.slice(0, d.start) + ' '.repeat(d.end - d.start) + f.slice(d.end), conferenceSentence.folded),
  };
  const periods = findPeriods(sentences, lex, undated, confDate?.year ?? publishedYear);
  let date: string | null = null;
  let dateInferred = false;
  if (article.overrides.date) date = article.overrides.date;
  else if (confDate) {
    const year = confDate.year ?? inferYear(confDate.month, confDate.day, article.published, periods.reviewed, periods.next);
    dateInferred = confDate.year === null;
    date = year ? `${year}-${pad(confDate.month)}-${pad(confDate.day)}` : null;
    if (!year) warnings.push(warn(file, 'date/no-year', 'the conference date has no year and the text gives none'));
  }
  // Most articles set no kind: checking `undefined` with zod would build an error object each time.
  const kindOverride = article.overrides.kind === undefined ? null : ReviewKindSchema.safeParse(article.overrides.kind);
  const kind = kindOverride?.success ? kindOverride.data : periods.kind;
  // A conference's report, which a reader expects to date the conference and name its chair (an interim review too).
  const reportsReview = kind === 'annual-review' || kind === 'multi-year-review' || (kind === 'other' && periods.halfYear);
  if (!date && !confDate && reportsReview) {
    const relative = relativeConferenceDate(sentences, lex, article.published, isConference, isReview);
    if (relative) {
      date = relative.date;
      dateInferred = true;
      const { sentence: s, start, end } = relative;
      warnings.push({
        file,
        place: { paragraph: s.paragraph, start: s.start + start, end: s.start + end },
        ruleId: 'date/relative',
        severity: 'info',
        message: `the conference date ${date} is counted from "${s.text.slice(start, end)}" and the page's date ${article.published?.slice(0, 10)}`,
      });
    }
  }
  if (!date && reportsReview) {
    warnings.push(warn(file, 'date/missing', article.published ? `no conference date found; the page is dated ${article.published}` : 'no conference date found'));
  }

  const titleSentence: Sentence[] = article.title ? [{ paragraph: 0, start: 0, end: 0, text: article.title, folded: fold(article.title), role: 'heading' }] : [];
  let { province, warnings: placeWarnings } = findProvince([...titleSentence, ...sentences], k, file);
  if (article.overrides.province) {
    const code = provinceByName(article.overrides.province, k);
    if (code) {
      province = provinceRef(code, k, false, ['front matter']);
      placeWarnings = [];
    } else placeWarnings.push(warn(file, 'province/unknown-override', `front matter province "${article.overrides.province}" is not in the gazetteer`));
  }
  warnings.push(...placeWarnings);

  const chair: Person | null = article.overrides.chair ? { name: article.overrides.chair, title: null } : findChair(sentences, k, lex);
  const guest = findDirectedBy(sentences, k, lex);
  // A chair who also "gave directions" is still the chair, not a guest.
  const directedBy = guest && chair && fold(guest.name) === fold(chair.name) ? null : guest;
  if (!chair && reportsReview) {
    warnings.push(warn(file, 'chair/missing', directedBy ? `no one is said to have chaired; ${directedBy.name} attended and directed` : 'no chair named', 'info'));
  }

  const { commendations, sentences: awardSentences } = findCommendations(sentences, k, lex);
  // A conference report opens with the announcement; a commentary's first paragraph is already content.
  // The sentence dating the conference announces it ("On the afternoon of January 6, the Council held a conference ...
  // and set out tasks for 2025"): no item, and no cue, also after a lead paragraph.
  const announcing = kind !== 'commentary' && confDate?.sentence.role === 'body' ? confDate.sentence : null;
  const skip = announcing ? new Set([...awardSentences, announcing]) : awardSentences;
  const sections = findSections(sentences, lex, skip, kind === 'commentary' ? 'results' : 'intro', periods.next === null ? null : Number(periods.next));
  const themeMatcher = k.themeMatchers.get(language) ?? k.themeMatchers.get('en');
  const themed = (i: Item) =>
    withThemes(i, k.themes, themeMatcher, foldedSpan(foldedParagraphs, i.source.paragraph, article.paragraphs[i.source.paragraph]!.text, i.source.start, i.source.end));
  const results = mapPacked(sections.results, themed);
  const shortcomings = mapPacked(sections.shortcomings, themed);
  const tasks = mapPacked(sections.tasks, themed);
  if (kind !== 'other') {
    if (results.length === 0) warnings.push(warn(file, 'section/results-empty', 'no results found'));
    if (tasks.length === 0) warnings.push(warn(file, 'section/tasks-empty', 'no next-year tasks found'));
    if (shortcomings.length === 0 && sections.mentioned.shortcomings) warnings.push(warn(file, 'section/shortcomings-unspecified', 'shortcomings are mentioned but none is named', 'info'));
  }
  if (allMatches(lex.awardAny, mapPacked(sentences.filter((s) => s.role !== 'body'), (s) => s.folded).join(' ')).length > 0 && commendations.length === 0) {
    warnings.push(warn(file, 'commendation/no-count', 'awards are mentioned (in captions) without counts', 'info'));
  }

  const textFigures = findFigures([...results, ...shortcomings], sentences, lex);
  const figures = [...textFigures, ...findTableFigures(article.paragraphs, periods.reviewed, lex, textFigures)];
  return {
    schema: REVIEW_SCHEMA_ID,
    id: article.id,
    source: { file, url: article.url, language, title: article.title, author: article.author, published: article.published },
    kind,
    province,
    conference: { date, dateInferred, chair, directedBy, body: bodyFrom(chair), topic: topicFrom(conferenceSentence, lex) },
    period: { reviewed: periods.reviewed, next: periods.next },
    results,
    shortcomings,
    tasks,
    commendations,
    figures,
    references: findReferences(sentences.filter((s) => s.role === 'body'), lex),
    warnings,
  };
}

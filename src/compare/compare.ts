/** compareReviews: group Reviews by province and period, merge duplicates, total the awards. Pure. */
import type { Column, Comparison, MergedItem } from '../model/comparison.js';
import { commendationKey, type Item, type Review } from '../model/review.js';
import { looseFold } from '../text/fold.js';

export type SortOrder = 'name' | 'gazetteer' | 'commendations';

export interface CompareOptions {
  sort: SortOrder;
  /** Gazetteer order (north to south) per province code. */
  order?: Map<string, number>;
  /** Of one article in several languages, the edition in the first of these languages is shown (else the first read). */
  preferLanguages?: readonly string[];
}

type Warning = Comparison['warnings'][number];

/** Figure values two editions of one article must share, at least, when their chairs cannot be compared. */
const TRANSLATION_SHARED_FIGURES = 2;

/**
 * True when two Reviews are one conference report in two languages (a Vietnamese original and its
 * English edition): other languages, the same conference date, and the same chair (names compared
 * without diacritics) or at least two figures of the same value.
 */
export function sameReportInTwoLanguages(a: Review, b: Review): boolean {
  if (a.source.language === b.source.language) return false;
  if (!a.conference.date || a.conference.date !== b.conference.date) return false;
  const chairA = a.conference.chair ? looseFold(a.conference.chair.name) : null;
  const chairB = b.conference.chair ? looseFold(b.conference.chair.name) : null;
  if (chairA && chairB) return chairA === chairB;
  const values = new Set(a.figures.map((f) => f.value));
  return new Set(b.figures.map((f) => f.value).filter((v) => values.has(v))).size >= TRANSLATION_SHARED_FIGURES;
}

/**
 * The Reviews whose items a column shows: of each article found in several languages, one edition
 * (in the preferred language, else the first read). Each edition left out is said in a warning.
 */
function editionsShown(reviews: Review[], prefer: readonly string[]): { shown: Review[]; warnings: Warning[] } {
  const groups: Review[][] = [];
  for (const r of reviews) {
    const group = groups.find((g) => g.some((x) => sameReportInTwoLanguages(x, r)));
    if (group) group.push(r);
    else groups.push([r]);
  }
  const rank = (r: Review) => {
    const at = prefer.indexOf(r.source.language);
    return at < 0 ? prefer.length : at;
  };
  const shown: Review[] = [];
  const warnings: Warning[] = [];
  for (const g of groups) {
    const kept = g.reduce((best, r) => (rank(r) < rank(best) ? r : best));
    shown.push(kept);
    for (const r of g) {
      if (r === kept) continue;
      warnings.push({
        file: r.source.file,
        ruleId: 'compare/translation',
        severity: 'info',
        message: `the same conference report as ${kept.source.file}, in ${r.source.language}: the brief shows it once, from ${kept.source.file} (${kept.source.language})`,
      });
    }
  }
  return { shown: reviews.filter((r) => shown.includes(r)), warnings };
}

/** Items this alike (shared words over all words) are one item reported twice, by two outlets or two editions. */
const NEAR_DUPLICATE = 0.7;
/** Or: nearly all the words of the shorter item (of at least a few words) are in the other one. */
const CONTAINED = 0.9;
const CONTAINED_MIN_WORDS = 6;

function wordSet(text: string): Set<string> {
  return new Set(looseFold(text).split(/[\s,.]+/).filter((w) => w.length > 1));
}

/** A text folded for comparison: its whole key, and its words. */
interface Wording {
  key: string;
  words: Set<string>;
}

const wordingOf = (text: string): Wording => ({ key: looseFold(text), words: wordSet(text) });

/** The same text, or one near enough to be the same fact reworded. */
const sameWording = (a: Wording, b: Wording): boolean => a.key === b.key || alike(a.words, b.words);

function alike(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const smaller = Math.min(a.size, b.size);
  return shared / (a.size + b.size - shared || 1) >= NEAR_DUPLICATE || (smaller >= CONTAINED_MIN_WORDS && shared / smaller >= CONTAINED);
}

/**
 * Merge the items of several articles: the same or a near-identical item (one outlet's light
 * rewording of another's) appears once, with every source; the first wording is kept.
 */
function mergeItems(lists: Array<{ id: string; items: Item[] }>): MergedItem[] {
  const out: Array<{ item: MergedItem; words: Set<string> }> = [];
  const byKey = new Map<string, MergedItem>();
  for (const { id, items } of lists) {
    for (const it of items) {
      const { key, words } = wordingOf(it.text);
      const found = byKey.get(key) ?? out.find((o) => !o.item.sources.includes(id) && alike(o.words, words))?.item;
      if (found) {
        if (!found.sources.includes(id)) found.sources.push(id);
        continue;
      }
      const merged = { ...it, sources: [id] };
      byKey.set(key, merged);
      out.push({ item: merged, words });
    }
  }
  return out.map((o) => o.item);
}

/** One entry per distinct conference (same date and chair reported twice is one conference). */
function conferencesOf(reviews: Review[]): Column['conferences'] {
  const out: Column['conferences'] = [];
  for (const r of reviews) {
    const date = r.conference.date ?? r.source.published;
    const dateKind = r.conference.date ? 'conference' : r.source.published ? 'report' : null;
    const same = out.find((c) => c.date === date && (c.chair?.name ?? null) === (r.conference.chair?.name ?? null));
    if (same) {
      same.sources.push(r.id);
      continue;
    }
    out.push({ date, dateKind, dateInferred: r.conference.dateInferred, chair: r.conference.chair, directedBy: r.conference.directedBy, topic: r.conference.topic, sources: [r.id] });
  }
  return out.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

const sum = (xs: Array<number | null>): number | null => (xs.some((x) => x !== null) ? xs.reduce<number>((a, x) => a + (x ?? 0), 0) : null);

function column(key: string, all: Review[], prefer: readonly string[]): { column: Column; warnings: Warning[] } {
  const { shown: reviews, warnings } = editionsShown(all, prefer);
  const first = reviews[0] as Review;
  const withDate = reviews.find((r) => r.conference.date) ?? null;
  const published = reviews.find((r) => r.source.published) ?? null;
  const commendations = new Map<string, Column['commendations'][number]>();
  for (const r of reviews) {
    for (const c of r.commendations) {
      const existing = commendations.get(commendationKey(c));
      if (existing) existing.sources.push(r.id);
      else commendations.set(commendationKey(c), { ...c, sources: [r.id] });
    }
  }
  const awards = [...commendations.values()];
  const figures: Array<{ figure: Column['figures'][number]; label: Wording }> = [];
  for (const r of reviews) {
    for (const f of r.figures) {
      // One fact reported twice has the same value and unit and a like label; "100%" of two different targets stays two.
      const label = wordingOf(f.label);
      const existing = figures.find((x) => x.figure.value === f.value && x.figure.unit === f.unit && sameWording(x.label, label));
      if (existing) existing.figure.sources.push(r.id);
      else figures.push({ figure: { ...f, sources: [r.id] }, label });
    }
  }
  const lists = (pick: (r: Review) => Item[]) => mergeItems(reviews.map((r) => ({ id: r.id, items: pick(r) })));
  const results = lists((r) => r.results);
  const shortcomings = lists((r) => r.shortcomings);
  const tasks = lists((r) => r.tasks);
  const themes: Record<string, number> = {};
  for (const it of [...results, ...shortcomings, ...tasks]) for (const t of it.themes) themes[t] = (themes[t] ?? 0) + 1;
  const province = first.province;
  const merged = province?.mergedInto2025;
  const column: Column = {
    key,
    province,
    name: province?.nameVi ?? 'Unknown province',
    period: first.period,
    kinds: [...new Set(reviews.map((r) => r.kind))],
    date: withDate?.conference.date ?? published?.source.published ?? null,
    dateKind: withDate ? 'conference' : published ? 'report' : null,
    dateInferred: withDate?.conference.dateInferred ?? false,
    chair: reviews.find((r) => r.conference.chair)?.conference.chair ?? null,
    conferences: conferencesOf(reviews),
    directedBy: reviews.find((r) => r.conference.directedBy)?.conference.directedBy ?? null,
    body: reviews.find((r) => r.conference.body)?.conference.body ?? null,
    topic: reviews.find((r) => r.conference.topic)?.conference.topic ?? null,
    sources: all.map((r) => ({ id: r.id, ...r.source })),
    results,
    shortcomings,
    tasks,
    commendations: awards,
    totals: { collectives: sum(awards.map((c) => c.collectives)), individuals: sum(awards.map((c) => c.individuals)) },
    figures: figures.map((x) => x.figure),
    references: [...new Set(reviews.flatMap((r) => r.references))],
    themes,
    // A province that keeps its name in the 2025 merger (Quảng Trị, which took in Quảng Bình) is not "now part of" itself.
    mergedNote: merged && province && merged.name !== province.nameVi ? merged.name : null,
  };
  return { column, warnings };
}

/** Group and merge: one column per province and reviewed period, sorted as asked. */
export function compareReviews(reviews: Review[], options: CompareOptions): Comparison {
  const groups = new Map<string, Review[]>();
  for (const r of reviews) {
    const key = `${r.province?.code ?? `unknown:${r.id}`}|${r.period.reviewed ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const built = [...groups.entries()].map(([key, rs]) => column(key, rs, options.preferLanguages ?? []));
  const columns = built.map((b) => b.column);
  const byName = (a: Column, b: Column) => (a.province?.name ?? '~').localeCompare(b.province?.name ?? '~') || (a.period.reviewed ?? '').localeCompare(b.period.reviewed ?? '');
  const order = options.order ?? new Map<string, number>();
  const comparators: Record<SortOrder, (a: Column, b: Column) => number> = {
    name: byName,
    gazetteer: (a, b) => (order.get(a.province?.code ?? '') ?? 999) - (order.get(b.province?.code ?? '') ?? 999) || byName(a, b),
    commendations: (a, b) => ((b.totals.collectives ?? 0) + (b.totals.individuals ?? 0)) - ((a.totals.collectives ?? 0) + (a.totals.individuals ?? 0)) || byName(a, b),
  };
  columns.sort(comparators[options.sort]);
  const dates = reviews.map((r) => r.conference.date ?? r.source.published).filter((d): d is string => d !== null).sort();
  const themeIds = [...new Set(columns.flatMap((c) => Object.keys(c.themes)))].sort();
  return {
    schema: 'brief.comparison/1',
    coverage: {
      articles: reviews.length,
      provinces: new Set(reviews.map((r) => r.province?.code).filter(Boolean)).size,
      from: dates[0] ?? null,
      to: dates[dates.length - 1] ?? null,
    },
    columns,
    totals: {
      collectives: sum(columns.map((c) => c.totals.collectives)),
      individuals: sum(columns.map((c) => c.totals.individuals)),
    },
    themes: themeIds,
    warnings: [
      ...reviews.flatMap((r) => r.warnings.map((w) => ({ file: w.file, ruleId: w.ruleId, severity: w.severity, message: w.message }))),
      ...built.flatMap((b) => b.warnings),
    ],
  };
}

/** compareReviews: group Reviews by province and period, merge duplicates, total the awards. Pure. */
import type { Column, Comparison, MergedItem } from '../model/comparison.js';
import { commendationKey, type Item, type Review } from '../model/review.js';
import { looseFold } from '../text/fold.js';

export type SortOrder = 'name' | 'gazetteer' | 'commendations';

export interface CompareOptions {
  sort: SortOrder;
  /** Gazetteer order (north to south) per province code. */
  order?: Map<string, number>;
}

/** Items this alike (shared words over all words) are one item reported twice, by two outlets or two editions. */
const NEAR_DUPLICATE = 0.7;
/** Or: nearly all the words of the shorter item (of at least a few words) are in the other one. */
const CONTAINED = 0.9;
const CONTAINED_MIN_WORDS = 6;

function wordSet(text: string): Set<string> {
  return new Set(looseFold(text).split(/[\s,.]+/).filter((w) => w.length > 1));
}

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
      const key = looseFold(it.text);
      const words = wordSet(it.text);
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

function column(key: string, reviews: Review[]): Column {
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
  const figures: Column['figures'] = [];
  for (const r of reviews) {
    for (const f of r.figures) {
      const existing = figures.find((x) => x.value === f.value && x.unit === f.unit);
      if (existing) existing.sources.push(r.id);
      else figures.push({ ...f, sources: [r.id] });
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
  return {
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
    sources: reviews.map((r) => ({ id: r.id, ...r.source })),
    results,
    shortcomings,
    tasks,
    commendations: awards,
    totals: { collectives: sum(awards.map((c) => c.collectives)), individuals: sum(awards.map((c) => c.individuals)) },
    figures,
    references: [...new Set(reviews.flatMap((r) => r.references))],
    themes,
    // A province that keeps its name in the 2025 merger (Quảng Trị, which took in Quảng Bình) is not "now part of" itself.
    mergedNote: merged && province && merged.name !== province.nameVi ? merged.name : null,
  };
}

/** Group and merge: one column per province and reviewed period, sorted as asked. */
export function compareReviews(reviews: Review[], options: CompareOptions): Comparison {
  const groups = new Map<string, Review[]>();
  for (const r of reviews) {
    const key = `${r.province?.code ?? `unknown:${r.id}`}|${r.period.reviewed ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const columns = [...groups.entries()].map(([key, rs]) => column(key, rs));
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
    warnings: reviews.flatMap((r) => r.warnings.map((w) => ({ file: w.file, ruleId: w.ruleId, severity: w.severity, message: w.message }))),
  };
}

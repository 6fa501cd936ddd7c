/** The careful reader's checks (seeds.gold.json and the fixtures' expected files) applied to a Review. */
import type { Review } from '../../src/model/review.js';
import { fold, looseFold } from '../../src/text/fold.js';

/** Names compared without accents, case or punctuation, in any script. */
const nameKey = (s: string) => fold(s.normalize('NFC')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface SectionExpect {
  minItems: number;
  maxItems?: number;
  mustInclude?: string[];
}

export interface Expected {
  file: string;
  language?: string;
  kind?: string;
  province: string | null;
  provinceInferred?: boolean;
  date: string | null;
  dateInferred?: boolean;
  chair: { name: string; title?: string } | null;
  /** The writer, as the page writes the name (a signature's rank and an agency's code left out). */
  author?: string | null;
  directedBy?: { name: string; title?: string } | null;
  reviewedPeriod?: string | null;
  nextYear?: string | null;
  sections: { results: SectionExpect; shortcomings: SectionExpect; tasks: SectionExpect };
  commendationTotals?: { collectives: number | null; individuals: number | null };
  figures?: Array<{ value: number; unit?: string }>;
  mustExclude?: string[];
  /** Optional upper bounds (a section only mentioned must stay empty). */
}

/** Every check that fails, as "field: expected X, got Y" lines (empty when the review passes). */
export function scoreReview(review: Review, gold: Expected): string[] {
  const failures: string[] = [];
  const check = (field: string, expected: unknown, actual: unknown) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) failures.push(`${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  };
  if (gold.language) check('language', gold.language, review.source.language);
  if (gold.kind) check('kind', gold.kind, review.kind);
  check('province', gold.province, review.province?.name ?? null);
  if (gold.province && gold.provinceInferred !== undefined) check('provinceInferred', gold.provinceInferred, review.province?.inferred ?? null);
  check('date', gold.date, review.conference.date);
  if (gold.date && gold.dateInferred !== undefined) check('dateInferred', gold.dateInferred, review.conference.dateInferred);
  check('chair', gold.chair ? nameKey(gold.chair.name) : null, review.conference.chair ? nameKey(review.conference.chair.name) : null);
  if (gold.author !== undefined) check('author', gold.author, review.source.author);
  if (gold.directedBy !== undefined) check('directedBy', gold.directedBy ? nameKey(gold.directedBy.name) : null, review.conference.directedBy ? nameKey(review.conference.directedBy.name) : null);
  if (gold.reviewedPeriod !== undefined) check('reviewedPeriod', gold.reviewedPeriod, review.period.reviewed);
  if (gold.nextYear !== undefined) check('nextYear', gold.nextYear, review.period.next);
  for (const name of ['results', 'shortcomings', 'tasks'] as const) {
    const items = review[name];
    const expect = gold.sections[name];
    if (expect.maxItems !== undefined && items.length > expect.maxItems) failures.push(`${name}: expected at most ${expect.maxItems} items, got ${items.length}`);
    if (items.length < expect.minItems) failures.push(`${name}: expected at least ${expect.minItems} items, got ${items.length}`);
    const text = looseFold(items.map((i) => i.text).join(' \n '));
    for (const fragment of expect.mustInclude ?? []) {
      if (!text.includes(looseFold(fragment))) failures.push(`${name}: missing "${fragment}"`);
    }
  }
  if (gold.commendationTotals) {
    const sum = (pick: 'collectives' | 'individuals') => {
      const values = review.commendations.map((c) => c[pick]);
      return values.some((v) => v !== null) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null;
    };
    check('commendationTotals', gold.commendationTotals, { collectives: sum('collectives'), individuals: sum('individuals') });
  }
  const values = review.figures.map((f) => f.value);
  for (const f of gold.figures ?? []) if (!values.includes(f.value)) failures.push(`figures: missing value ${f.value}${f.unit ? ` ${f.unit}` : ''}`);
  const everything = looseFold(JSON.stringify(review));
  for (const furniture of gold.mustExclude ?? []) if (everything.includes(looseFold(furniture))) failures.push(`mustExclude: "${furniture}" leaked into the review`);
  return failures;
}

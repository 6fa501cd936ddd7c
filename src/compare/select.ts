/** Choose which Reviews a brief covers: some reviewed periods, some provinces. Pure. */
import type { Review } from '../model/review.js';

export interface Selection {
  /** Reviewed periods as Reviews write them ("2023", "2019-2024", "2024-H1"); none: every period. */
  periods: readonly string[];
  /** Province codes; none: every province. */
  provinces: readonly string[];
}

export interface Selected {
  reviews: Review[];
  /** How many Reviews each criterion left out (a Review failing both counts under `period`). */
  leftOut: { period: number; province: number };
}

/** "2023", "2019-2024", "2019–2024", "2024-h1" → the form Reviews use ("2019-2024", "2024-H1"), or null when it is not a year, a range of years or a half year. */
export function normalizePeriod(value: string): string | null {
  const half = /^\s*(\d{4})\s*[-–— ]\s*H([12])\s*$/i.exec(value);
  if (half) return `${half[1]}-H${half[2]}`;
  const m = /^\s*(\d{4})(?:\s*[-–—]\s*(\d{4}))?\s*$/.exec(value);
  if (!m) return null;
  return m[2] ? (m[2] === m[1] ? m[1]! : `${m[1]}-${m[2]}`) : m[1]!;
}

/** The Reviews of the chosen periods and provinces, in their order. A Review whose period or province is not known is left out when that criterion is set. */
export function selectReviews(reviews: readonly Review[], selection: Selection): Selected {
  const periods = new Set(selection.periods);
  const provinces = new Set(selection.provinces);
  const leftOut = { period: 0, province: 0 };
  const chosen = reviews.filter((r) => {
    if (periods.size > 0 && !(r.period.reviewed !== null && periods.has(r.period.reviewed))) {
      leftOut.period++;
      return false;
    }
    if (provinces.size > 0 && !(r.province !== null && provinces.has(r.province.code))) {
      leftOut.province++;
      return false;
    }
    return true;
  });
  return { reviews: chosen, leftOut };
}

/** The reviewed periods found, most recent first, for telling a user what there is to choose from. */
export function periodsOf(reviews: readonly Review[]): string[] {
  const found = new Set<string>();
  for (const r of reviews) if (r.period.reviewed) found.add(r.period.reviewed);
  return [...found].sort((a, b) => b.localeCompare(a));
}

/** Selecting the Reviews a brief covers: reviewed periods and provinces. */
import { describe, expect, it } from 'vitest';
import { normalizePeriod, periodsOf, selectReviews } from '../src/compare/select.js';
import type { Review } from '../src/model/review.js';
import { reviewsOf } from './helpers/pipeline.js';

const seeds = reviewsOf();
const withPeriod = (r: Review, reviewed: string | null): Review => ({ ...r, id: `${r.id}-${reviewed}`, period: { reviewed, next: null } });

describe('selectReviews', () => {
  it('keeps the Reviews of the asked periods, in order, and counts the others', () => {
    const base = seeds[0] as Review;
    const reviews = [withPeriod(base, '2022'), withPeriod(base, '2023'), withPeriod(base, null), withPeriod(base, '2019-2024'), withPeriod(base, '2023')];
    const s = selectReviews(reviews, { periods: ['2023'], provinces: [] });
    expect(s.reviews.map((r) => r.id)).toEqual([`${base.id}-2023`, `${base.id}-2023`]);
    expect(s.leftOut).toEqual({ period: 3, province: 0 });
    expect(selectReviews(reviews, { periods: ['2019-2024', '2022'], provinces: [] }).reviews.map((r) => r.period.reviewed)).toEqual(['2022', '2019-2024']);
  });

  it('keeps the Reviews of the asked provinces; an unknown province is left out, not guessed', () => {
    const code = seeds.find((r) => r.province)!.province!.code;
    const unknown = { ...(seeds[0] as Review), id: 'nowhere', province: null };
    const s = selectReviews([...seeds, unknown], { periods: [], provinces: [code] });
    expect(s.reviews.length).toBeGreaterThan(0);
    expect(s.reviews.every((r) => r.province?.code === code)).toBe(true);
    expect(s.leftOut.province).toBe(seeds.length + 1 - s.reviews.length);
  });

  it('with nothing asked, keeps everything', () => {
    expect(selectReviews(seeds, { periods: [], provinces: [] }).reviews).toEqual(seeds);
  });
});

describe('normalizePeriod and periodsOf', () => {
  it('reads a year or a range of years as Reviews write them', () => {
    expect(normalizePeriod('2023')).toBe('2023');
    expect(normalizePeriod(' 2019 – 2024 ')).toBe('2019-2024');
    expect(normalizePeriod('2023-2023')).toBe('2023');
    expect(normalizePeriod('2024-h1')).toBe('2024-H1');
    expect(normalizePeriod('2024 H2')).toBe('2024-H2');
    for (const bad of ['20x3', '23', 'last year', '2019-', '2024-H3']) expect(normalizePeriod(bad)).toBeNull();
  });

  it('lists the periods found, most recent first, once each', () => {
    const base = seeds[0] as Review;
    expect(periodsOf([withPeriod(base, '2021'), withPeriod(base, '2023'), withPeriod(base, null), withPeriod(base, '2021')])).toEqual(['2023', '2021']);
  });
});

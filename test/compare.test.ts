/** Compare stage: grouping by province and period, duplicates merged with both sources, awards counted once. */
import { describe, expect, it } from 'vitest';
import { compareReviews } from '../src/compare/compare.js';
import type { Review } from '../src/model/review.js';
import { reviewsOf } from './helpers/pipeline.js';

const seeds = reviewsOf();
const clone = (r: Review, id: string): Review => ({ ...JSON.parse(JSON.stringify(r)), id });

describe('compareReviews', () => {
  it('puts the seeds in four province columns, Quảng Trị holding both of its conferences', () => {
    const c = compareReviews(seeds, { sort: 'name' });
    expect(c.columns.map((x) => x.name)).toEqual(['Bình Thuận', 'Quảng Nam', 'Quảng Ninh', 'Quảng Trị']);
    const qt = c.columns.find((x) => x.name === 'Quảng Trị')!;
    expect(qt.conferences.map((x) => x.chair?.name)).toEqual(['Vo Van Hung', 'Hoang Nam']);
    expect(qt.totals).toEqual({ collectives: 18 + 69, individuals: 28 + 70 });
    expect(c.coverage).toMatchObject({ articles: 5, provinces: 4, from: '2024-01-19', to: '2024-06-10' });
  });

  it('the same article from two outlets: items once with both sources, the award counted once', () => {
    const a = seeds.find((r) => r.id.startsWith('001'))!;
    const c = compareReviews([a, clone(a, 'other-outlet')], { sort: 'name' });
    expect(c.columns).toHaveLength(1);
    const col = c.columns[0]!;
    expect(col.results.length).toBe(a.results.length);
    expect(col.results[0]!.sources).toEqual([a.id, 'other-outlet']);
    expect(col.totals).toEqual({ collectives: 4, individuals: 4 });
  });

  it('notes the 2025 merger and keeps "unknown" apart from zero', () => {
    const c = compareReviews(seeds, { sort: 'name' });
    expect(c.columns.find((x) => x.name === 'Quảng Nam')!.mergedNote).toBe('Đà Nẵng');
    // Quảng Trị took in Quảng Bình and kept its name: it is not "now part of" itself.
    expect(c.columns.find((x) => x.name === 'Quảng Trị')!.mergedNote).toBeNull();
    expect(c.columns.find((x) => x.name === 'Bình Thuận')!.totals).toEqual({ collectives: null, individuals: null });
  });

  it('sorts by commendations and by gazetteer order', () => {
    expect(compareReviews(seeds, { sort: 'commendations' }).columns[0]!.name).toBe('Quảng Trị');
    const order = new Map([['22', 1], ['45', 2], ['49', 3], ['60', 4]]);
    expect(compareReviews(seeds, { sort: 'gazetteer', order }).columns.map((x) => x.name)).toEqual(['Quảng Ninh', 'Quảng Trị', 'Quảng Nam', 'Bình Thuận']);
  });
});

describe('near-identical items from two outlets', () => {
  it('appear once with both sources; different items stay apart', () => {
    const a = seeds.find((r) => r.id.startsWith('002'))!;
    const b = clone(a, 'other-outlet');
    b.results = b.results.map((i) => ({ ...i, text: i.text.replace(/has been|have been/, 'was').replace(/\.$/, ' in the province.') }));
    const col = compareReviews([a, b], { sort: 'name' }).columns[0]!;
    const reworded = col.results.filter((i) => i.sources.length === 2).length;
    expect(reworded).toBeGreaterThanOrEqual(a.results.length - 2);
    expect(col.results.length).toBeLessThanOrEqual(a.results.length + 2);
  });
});

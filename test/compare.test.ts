/** Compare stage: grouping by province and period, duplicates merged with both sources, awards counted once. */
import { describe, expect, it } from 'vitest';
import { compareReviews, sameReportInTwoLanguages } from '../src/compare/compare.js';
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

  it('one conference report in two languages: its items, awards and conference once, in the preferred language; both sources kept', () => {
    const en = seeds.find((r) => r.id.startsWith('000'))!;
    const vi: Review = {
      ...clone(en, 'vi-edition'),
      source: { ...en.source, file: 'input/vi-edition.txt', language: 'vi' },
      conference: { ...en.conference, chair: { name: 'Võ Văn Hưng', title: 'Chủ tịch UBND tỉnh' } },
      results: en.results.map((i, n) => ({ ...i, text: `Kết quả ${n}: đã hoàn thành` })),
      commendations: en.commendations.map((c) => ({ ...c, award: `${c.award} (vi)`, by: 'Chủ tịch UBND tỉnh' })),
    };
    const c = compareReviews([en, vi], { sort: 'name' });
    const col = c.columns[0]!;
    expect(c.columns).toHaveLength(1);
    expect(col.results.map((i) => i.text)).toEqual(en.results.map((i) => i.text));
    expect(col.totals).toEqual({ collectives: 18, individuals: 28 });
    expect(col.conferences).toHaveLength(1);
    expect(col.sources.map((x) => x.id)).toEqual([en.id, 'vi-edition']);
    expect(c.warnings.filter((w) => w.ruleId === 'compare/translation')).toEqual([
      expect.objectContaining({ file: 'input/vi-edition.txt', severity: 'info' }),
    ]);
    const inVietnamese = compareReviews([en, vi], { sort: 'name', preferLanguages: ['vi'] }).columns[0]!;
    expect(inVietnamese.results.map((i) => i.text)).toEqual(vi.results.map((i) => i.text));
    expect(inVietnamese.conferences[0]!.chair?.name).toBe('Võ Văn Hưng');
  });

  it('two languages are not enough: another date, or another chair, is another conference', () => {
    const en = seeds.find((r) => r.id.startsWith('000'))!;
    const otherDay: Review = { ...clone(en, 'x'), source: { ...en.source, language: 'vi' }, conference: { ...en.conference, date: '2024-01-27' } };
    const otherChair: Review = { ...clone(en, 'y'), source: { ...en.source, language: 'vi' }, conference: { ...en.conference, chair: { name: 'Hoang Nam', title: null } } };
    expect(sameReportInTwoLanguages(en, otherDay)).toBe(false);
    expect(sameReportInTwoLanguages(en, otherChair)).toBe(false);
    expect(sameReportInTwoLanguages(en, clone(en, 'same-language'))).toBe(false);
    // Without chairs, two shared figure values make the match.
    const noChair = (r: Review, id: string, language: string): Review => ({ ...clone(r, id), source: { ...r.source, language }, conference: { ...r.conference, chair: null } });
    expect(en.figures.length).toBeGreaterThanOrEqual(2);
    expect(sameReportInTwoLanguages(noChair(en, 'a', 'en'), noChair(en, 'b', 'fr'))).toBe(true);
    expect(sameReportInTwoLanguages(noChair(en, 'a', 'en'), { ...noChair(en, 'b', 'fr'), figures: en.figures.slice(0, 1) })).toBe(false);
  });

  it('figures merge only when value, unit and label agree: two "100%" of different targets stay two', () => {
    const a = seeds.find((r) => r.id.startsWith('000'))!;
    const f = { value: 100, unit: '%', source: { paragraph: 0, start: 0, end: 1 } };
    const one: Review = { ...clone(a, 'one'), figures: [{ ...f, label: 'reached 100% of the military recruitment target' }] };
    const two: Review = { ...clone(a, 'two'), figures: [{ ...f, label: 'reached 100% of the military recruitment target' }, { ...f, label: 'villages with a self-managed security model' }] };
    const col = compareReviews([one, two], { sort: 'name' }).columns[0]!;
    expect(col.figures.map((x) => [x.label, x.sources])).toEqual([
      ['reached 100% of the military recruitment target', ['one', 'two']],
      ['villages with a self-managed security model', ['two']],
    ]);
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

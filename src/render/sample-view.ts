/**
 * A small built-in Comparison, made into a view model by the real buildViewModel: the variable check of templates
 * reads the shape of the view model from it, so the names a template may use always come from the code.
 *
 * The first column fills every list and every field that may be empty; the second leaves them empty, so both kinds
 * of value are seen. test/template-check.test.ts checks that no list of the sample view model is empty in every column.
 */
import type { Comparison } from '../model/comparison.js';
import { TemplateFrontMatterSchema, type Locale } from '../model/template.js';
import { buildViewModel, type ViewModel } from './view-model.js';

const span = { paragraph: 0, start: 0, end: 10 };

export const SAMPLE_COMPARISON: Comparison = {
  schema: 'brief.comparison/1',
  coverage: { articles: 2, provinces: 2, from: '2024-01-26', to: '2024-06-10' },
  columns: [
    {
      key: '45|2023',
      province: {
        name: 'Quang Tri',
        nameVi: 'Quảng Trị',
        code: '45',
        inferred: true,
        evidence: ['Dong Ha', 'Vinh Linh'],
        mergedInto2025: { code: '44', name: 'Quảng Trị', ascii: 'Quang Tri' },
      },
      name: 'Quảng Trị',
      period: { reviewed: '2023', next: '2024' },
      kinds: ['annual-review'],
      date: '2024-01-26',
      dateKind: 'conference',
      dateInferred: true,
      chair: { name: 'Vo Van Hung', title: 'Chairman of the Provincial People\'s Committee' },
      directedBy: { name: 'Nguyen Hoai Anh', title: 'Provincial Party Secretary' },
      conferences: [
        {
          date: '2024-01-26',
          dateKind: 'report',
          dateInferred: true,
          chair: { name: 'Vo Van Hung', title: null },
          directedBy: { name: 'Nguyen Hoai Anh', title: null },
          topic: 'the movement of the entire people to protect national security',
          sources: ['a1'],
        },
      ],
      body: 'Provincial Steering Committee 138',
      topic: 'the movement of the entire people to protect national security',
      sources: [{ id: 'a1', file: 'input/a1.txt', title: 'Review conference', url: 'https://example.org/a1', author: 'Le Minh', language: 'en', published: '2024-01-27' }],
      results: [
        { text: 'Investigated 265 cases.', themes: ['crime'], source: span, sources: ['a1'] },
        { text: 'Held 12 meetings.', themes: ['propaganda', 'crime'], source: span, sources: ['a1'] },
      ],
      shortcomings: [{ text: 'Some communes were slow.', themes: ['crime'], source: span, sources: ['a1'] }],
      tasks: [{ text: 'Keep order at the border.', themes: ['border'], source: span, sources: ['a1'] }],
      commendations: [{ by: 'Minister of Public Security', award: 'certificate of merit', collectives: 10, individuals: 2, source: span, sources: ['a1'] }],
      totals: { collectives: 10, individuals: 2 },
      figures: [{ label: 'cases investigated', value: 265, unit: 'cases', source: span, sources: ['a1'] }],
      references: ['Decree No. 03/2019/ND-CP'],
      themes: { crime: 2, propaganda: 1, border: 1 },
      mergedNote: 'Quảng Trị',
    },
    {
      key: 'unknown|',
      province: null,
      name: 'Unknown province',
      period: { reviewed: null, next: null },
      kinds: [],
      date: null,
      dateKind: null,
      dateInferred: false,
      chair: null,
      directedBy: null,
      conferences: [],
      body: null,
      topic: null,
      sources: [],
      results: [],
      shortcomings: [],
      tasks: [],
      commendations: [],
      totals: { collectives: null, individuals: null },
      figures: [],
      references: [],
      themes: {},
      mergedNote: null,
    },
  ],
  totals: { collectives: 10, individuals: 2 },
  themes: ['crime', 'propaganda', 'border'],
  warnings: [{ file: 'input/a1.txt', ruleId: 'date/missing', severity: 'warning', message: 'no conference date found' }],
};

const FRONT_MATTER = TemplateFrontMatterSchema.parse({ title: 'Sample', audience: 'analyst', itemsPerSection: 1, matrixItemsPerCell: 1 });

/** The view model of the sample, in this locale, as `brief build` makes view models. */
export function sampleViewModel(locale: Locale): ViewModel {
  return buildViewModel(SAMPLE_COMPARISON, FRONT_MATTER, locale, { generated: '2024-06-30T00:00:00.000Z', themeLabels: new Map() });
}

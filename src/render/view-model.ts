/** View model: the Comparison made ready for a template: labels, formatted dates and numbers, province chunks. */
import type { Column, Comparison, MergedItem } from '../model/comparison.js';
import type { Locale, TemplateFrontMatter } from '../model/template.js';
import { formatDate, formatNumber, label, periodLabel } from './locale.js';

export interface ItemView {
  text: string;
  themes: string[];
}

export interface ColumnView {
  /** What the brief calls the column: the province, with the reviewed period when the province has several columns. */
  name: string;
  /** The province alone (Vietnamese, with diacritics). */
  provinceName: string;
  ascii: string;
  code: string;
  inferred: boolean;
  evidence: string;
  mergedNote: string | null;
  dateText: string;
  dateLabel: string;
  chairText: string;
  chairName: string | null;
  directedText: string | null;
  periodText: string;
  kindText: string;
  tasksLabel: string;
  results: ItemView[];
  resultsMore: number;
  /** The matrix cells: fewer items than the per-province sections. */
  matrix: { results: ItemView[]; shortcomings: ItemView[]; tasks: ItemView[] };
  conferences: Array<{ dateText: string; dateOnly: string; dateLabel: string; chairText: string; chairName: string; directedText: string | null }>;
  shortcomings: ItemView[];
  shortcomingsMore: number;
  shortcomingsText: string | null;
  tasks: ItemView[];
  tasksMore: number;
  resultsText: string | null;
  tasksText: string | null;
  commendations: Array<{ by: string; award: string; text: string }>;
  totalsText: string;
  totalAwards: number;
  figures: Array<{ label: string; valueText: string; unit: string }>;
  sources: Array<{ title: string; author: string; published: string; url: string | null; file: string; language: string }>;
  sourceNote: string;
  references: string[];
}

export interface ViewModel {
  title: string;
  /** Provinces as rows instead of columns in the side-by-side tables. */
  transpose: boolean;
  description: string;
  audience: string;
  locale: string;
  generated: string;
  labels: Record<string, string>;
  coverage: string;
  totalsText: string;
  columns: ColumnView[];
  chunks: Array<{ columns: ColumnView[]; widths: string; first: boolean; themes: Array<{ label: string; cells: string[] }> }>;
  themes: Array<{ label: string; cells: string[] }>;
  chart: Array<{ label: string; value: number }>;
  warnings: Array<{ file: string; ruleId: string; severity: string; message: string }>;
  references: string[];
  show: Record<string, boolean>;
}

const hasCount = (t: { collectives: number | null; individuals: number | null }) => t.collectives !== null || t.individuals !== null;

function countsText(locale: Locale, collectives: number | null, individuals: number | null): string {
  if (collectives === null && individuals === null) return label(locale, 'unknown');
  // A side the article does not count is left out ("14 collectives"), not shown as none.
  const parts: string[] = [];
  if (collectives !== null) parts.push(`${formatNumber(locale, collectives)} ${label(locale, 'collectives')}`);
  if (individuals !== null) parts.push(`${formatNumber(locale, individuals)} ${label(locale, 'individuals')}`);
  return parts.join(', ');
}

/** Cut a text at a word boundary before `max` characters, with an ellipsis. */
export function shorten(text: string, max: number | null): string {
  if (max === null || text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[,;:\s]+$/, '')}…`;
}

/** How much a reader learns from an item: numbers and named themes first, then the article's order. */
const weight = (i: MergedItem) => (/\d/.test(i.text) ? 2 : 0) + Math.min(i.themes.length, 3) + (i.sources.length > 1 ? 1 : 0);

/** The top `limit` items (ranked when cut, in article order when all fit). */
function items(list: MergedItem[], limit: number, maxChars: number | null): ItemView[] {
  const chosen = list.length <= limit ? list : [...list].map((i, n) => ({ i, n })).sort((a, b) => weight(b.i) - weight(a.i) || a.n - b.n).slice(0, limit).sort((a, b) => a.n - b.n).map((x) => x.i);
  return chosen.map((i) => ({ text: shorten(i.text, maxChars), themes: i.themes }));
}

/** Column names a reader can tell apart: "Quảng Bình (2022)" and "Quảng Bình (2023)" when a province was reviewed for several periods. */
function displayNames(columns: readonly Column[], locale: Locale): string[] {
  const count = new Map<string, number>();
  for (const c of columns) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  return columns.map((c) => ((count.get(c.name) ?? 0) > 1 ? `${c.name} (${c.period.reviewed ? periodLabel(locale, c.period.reviewed) : `${label(locale, 'period')}: ${label(locale, 'unknown')}`})` : c.name));
}

function columnView(c: Column, name: string, locale: Locale, fm: TemplateFrontMatter): ColumnView {
  const none = label(locale, 'noneSpecified');
  const limit = fm.itemsPerSection;
  const dateLabel = c.dateKind === 'report' ? label(locale, 'reportDate') : label(locale, 'conferenceDate');
  const dateText = c.date ? `${formatDate(locale, c.date)}${c.dateInferred ? ` (${label(locale, 'inferredYear')})` : ''}` : label(locale, 'unknown');
  return {
    name,
    provinceName: c.name,
    ascii: c.province?.name ?? c.name,
    code: c.province?.code ?? '',
    inferred: c.province?.inferred ?? false,
    evidence: (c.province?.evidence ?? []).join(', '),
    mergedNote: c.mergedNote ? label(locale, 'nowPartOf', { name: c.mergedNote }) : null,
    dateText,
    dateLabel,
    chairText: c.chair ? [c.chair.name, c.chair.title].filter(Boolean).join(', ') : label(locale, 'unknown'),
    chairName: c.chair?.name ?? null,
    directedText: c.directedBy ? [c.directedBy.name, c.directedBy.title].filter(Boolean).join(', ') : null,
    periodText: c.period.reviewed ? periodLabel(locale, c.period.reviewed) : label(locale, 'unknown'),
    kindText: c.kinds.map((k) => label(locale, `kind-${k}`)).join(', '),
    tasksLabel: c.period.next ? label(locale, 'tasks', { year: c.period.next }) : label(locale, 'tasksNoYear'),
    results: items(c.results, limit, fm.itemMaxChars),
    matrix: {
      results: items(c.results, fm.matrixItemsPerCell, fm.itemMaxChars),
      shortcomings: items(c.shortcomings, fm.matrixItemsPerCell, fm.itemMaxChars),
      tasks: items(c.tasks, fm.matrixItemsPerCell, fm.itemMaxChars),
    },
    conferences: c.conferences.map((x) => ({
      dateText: x.date
        ? `${formatDate(locale, x.date)}${x.dateInferred ? ` (${label(locale, 'inferredYear')})` : ''}${x.dateKind === 'report' ? ` (${label(locale, 'reportDateShort')})` : ''}`
        : label(locale, 'unknown'),
      /** The date without the "report date" mark, for lines that already say which date it is. */
      dateOnly: x.date ? `${formatDate(locale, x.date)}${x.dateInferred ? ` (${label(locale, 'inferredYear')})` : ''}` : label(locale, 'unknown'),
      dateLabel: x.dateKind === 'report' ? label(locale, 'reportDate') : label(locale, 'conferenceDate'),
      chairText: x.chair ? [x.chair.name, x.chair.title].filter(Boolean).join(', ') : label(locale, 'unknown'),
      chairName: x.chair?.name ?? label(locale, 'unknown'),
      directedText: x.directedBy ? [x.directedBy.name, x.directedBy.title].filter(Boolean).join(', ') : null,
    })),
    resultsMore: Math.max(0, c.results.length - limit),
    resultsText: c.results.length === 0 ? none : null,
    shortcomings: items(c.shortcomings, limit, fm.itemMaxChars),
    shortcomingsMore: Math.max(0, c.shortcomings.length - limit),
    shortcomingsText: c.shortcomings.length === 0 ? none : null,
    tasks: items(c.tasks, limit, fm.itemMaxChars),
    tasksMore: Math.max(0, c.tasks.length - limit),
    tasksText: c.tasks.length === 0 ? none : null,
    commendations: c.commendations.map((m) => ({
      by: m.by ?? label(locale, 'unknown'),
      award: m.award,
      text: `${m.award}${m.by ? ` (${m.by})` : ''}: ${countsText(locale, m.collectives, m.individuals)}`,
    })),
    totalsText: countsText(locale, c.totals.collectives, c.totals.individuals),
    totalAwards: (c.totals.collectives ?? 0) + (c.totals.individuals ?? 0),
    figures: c.figures.map((f) => ({ label: f.label, valueText: formatNumber(locale, f.value), unit: f.unit ?? '' })),
    sources: c.sources.map((s) => ({
      title: s.title ?? s.file,
      author: s.author ?? '',
      published: s.published ? formatDate(locale, s.published) : '',
      url: s.url,
      file: s.file,
      language: s.language,
    })),
    sourceNote: c.sources
      .map((s) => [s.title ?? s.file, s.author, s.published ? formatDate(locale, s.published) : null, s.url ?? (s.title ? s.file : null)].filter(Boolean).join(', '))
      .join('; '),
    references: c.references,
  };
}

/** Build the view model for one template. `themeLabels` maps theme id to its labels per language. */
export function buildViewModel(
  comparison: Comparison,
  fm: TemplateFrontMatter,
  locale: Locale,
  options: {
    generated: string;
    provincesPerTable?: number;
    transpose?: boolean;
    themeLabels: Map<string, Record<string, string>>;
    /** A built-in template's title is translated with the brief (the locale's `title-<audience>`); your own template's title is yours. */
    translateTitle?: boolean;
  },
): ViewModel {
  const names = displayNames(comparison.columns, locale);
  const columns = comparison.columns.map((c, i) => columnView(c, names[i] as string, locale, fm));
  const per = options.provincesPerTable ?? fm.provincesPerTable;
  const themes = comparison.themes.map((id) => ({
    label: options.themeLabels.get(id)?.[locale.locale] ?? options.themeLabels.get(id)?.en ?? id,
    cells: comparison.columns.map((c) => (c.themes[id] ? formatNumber(locale, c.themes[id]) : label(locale, 'notReported'))),
  }));
  const chunks: ViewModel['chunks'] = [];
  for (let i = 0; i < columns.length; i += per) {
    const cols = columns.slice(i, i + per);
    chunks.push({
      columns: cols,
      widths: ['1.1', ...cols.map(() => '2')].join(' '),
      first: i === 0,
      themes: themes.map((t) => ({ label: t.label, cells: t.cells.slice(i, i + per) })),
    });
  }
  const { coverage: cv } = comparison;
  const coverage =
    cv.from && cv.to
      ? label(locale, 'coverage', { articles: cv.articles, provinces: cv.provinces, from: formatDate(locale, cv.from, locale.monthYearFormat), to: formatDate(locale, cv.to, locale.monthYearFormat) })
      : label(locale, 'coverageNoDates', { articles: cv.articles, provinces: cv.provinces });
  const include = new Set(fm.sections ?? ['results', 'shortcomings', 'tasks', 'commendations', 'figures', 'themes', 'sources', 'warnings']);
  // A built-in template rendered in another locale than its own takes that locale's title for the audience.
  const localizedTitle = options.translateTitle && locale.locale !== fm.locale ? locale.labels[`title-${fm.audience}`] : undefined;
  return {
    title: localizedTitle ?? fm.title,
    transpose: options.transpose ?? false,
    description: fm.description,
    audience: fm.audience,
    locale: locale.locale,
    generated: formatDate(locale, options.generated.slice(0, 10)),
    labels: locale.labels,
    coverage,
    totalsText: countsText(locale, comparison.totals.collectives, comparison.totals.individuals),
    columns,
    chunks,
    themes,
    // A province whose articles count no award has no bar: its count is unknown, not zero.
    chart: columns.filter((_, i) => hasCount(comparison.columns[i]!.totals)).map((c) => ({ label: c.name, value: c.totalAwards })),
    warnings: comparison.warnings,
    references: [...new Set(comparison.columns.flatMap((c) => c.references))],
    show: Object.fromEntries(['results', 'shortcomings', 'tasks', 'commendations', 'figures', 'themes', 'sources', 'warnings'].map((s) => [s, include.has(s)])),
  };
}

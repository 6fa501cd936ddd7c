/** Figures from an article's tables: each row's value in the column of the reviewed year. */
import type { ArticleParagraph } from '../model/article.js';
import { periodEndYear, type Figure } from '../model/review.js';
import { fold } from '../text/fold.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';
import { findNumbers } from './numbers.js';

interface Row {
  paragraph: number;
  cells: string[];
}

/** Runs of table rows, one per table. */
function tablesOf(paragraphs: readonly ArticleParagraph[]): Row[][] {
  const tables: Row[][] = [];
  let current: Row[] | null = null;
  paragraphs.forEach((p, paragraph) => {
    if (p.role !== 'table' || !p.cells) {
      current = null;
      return;
    }
    if (!current) tables.push((current = []));
    current.push({ paragraph, cells: p.cells });
  });
  return tables;
}

/** The year a header cell names ("2024", "Năm 2024", "2024年"), or null. */
function yearOfHeader(cell: string): number | null {
  if (cell.length > 16) return null;
  const m = /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(cell);
  return m ? Number(m[1]) : null;
}

/** The unit a row's label gives: "(%)", "(cases)", or its last word that the lexicon knows as a unit ("Traffic accidents"). */
function unitOfLabel(label: string, valueCell: string, lex: CompiledLexicon): string | null {
  if (valueCell.includes('%') || /\(\s*%\s*\)/.test(label)) return '%';
  const folded = fold(label);
  const bracketed = /\(([^()]+)\)\s*$/.exec(folded)?.[1]?.trim();
  if (bracketed) return lex.units.get(bracketed) ?? bracketed;
  const words = folded.replace(/\([^()]*\)/g, ' ').split(/[^\p{L}\p{N}%-]+/u).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const unit = lex.units.get(words[i] as string);
    if (unit) return unit;
  }
  return null;
}

/**
 * A figure per data row of each table whose header names the reviewed year as a column
 * ("| Indicator | 2023 | 2024 |"): the row's label, its value in that column, and the unit its label
 * or cell gives. A table without such a column gives none: which column holds the year's fact is
 * then a guess. Values a sentence already gave are left out.
 */
export function findTableFigures(paragraphs: readonly ArticleParagraph[], reviewed: string | null, lex: CompiledLexicon, known: readonly Figure[]): Figure[] {
  if (!reviewed) return [];
  const year = periodEndYear(reviewed);
  const out: Figure[] = [];
  for (const [header, ...rows] of tablesOf(paragraphs)) {
    const column = header ? header.cells.findIndex((c, i) => i > 0 && yearOfHeader(c) === year) : -1;
    if (!header || column < 1) continue;
    for (const row of rows) {
      const label = row.cells[0]?.trim();
      const cell = row.cells[column]?.trim();
      if (!label || !cell) continue;
      const number = findNumbers(fold(cell), lex)[0];
      if (!number) continue;
      const value = /^[-−–]\s*\d/.test(cell) ? -number.value : number.value;
      const unit = unitOfLabel(label, cell, lex);
      // "948 crimes" in a sentence and "948" in the row of crimes (cases) are one fact.
      if (known.some((f) => f.value === value && (f.unit === '%') === (unit === '%'))) continue;
      const start = row.cells.slice(0, column).reduce((at, c) => at + c.length + 3, 0);
      out.push({ label: `${label} (${header.cells[column]?.trim()})`, value, unit, source: { paragraph: row.paragraph, start, end: start + (row.cells[column]?.length ?? 0) } });
    }
  }
  return out;
}

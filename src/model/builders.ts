/** Small builders for IR nodes, so no stage scatters object literals of the IR around. */
import type {
  Cell, Chart, FlowBlock, FootnoteRef, Heading, Inline, Link, List, Mark, PageBreak, Paragraph, Row,
  Section, Table, TextRun, Toc,
} from './ir.js';

export const text = (value: string, marks: Mark[] = []): TextRun => ({ type: 'text', value, marks });
export const link = (href: string, children: TextRun[]): Link => ({ type: 'link', href, children });
export const footnoteRef = (footnote: number): FootnoteRef => ({ type: 'footnoteRef', footnote });
export const heading = (level: 1 | 2 | 3, id: string, children: Inline[]): Heading => ({ type: 'heading', level, id, children });
export const paragraph = (children: Inline[], style: Paragraph['style'] = 'body'): Paragraph => ({ type: 'paragraph', style, children });
export const list = (ordered: boolean, items: Inline[][]): List => ({ type: 'list', ordered, items });
export const cell = (blocks: Cell['blocks'], colspan = 1): Cell => ({ colspan, blocks });
export const row = (cells: Cell[]): Row => ({ cells });
export const table = (header: Row[], body: Row[], columnWidths: number[] | null = null, caption: string | null = null): Table =>
  ({ type: 'table', header, body, columnWidths, caption });
export const pageBreak = (): PageBreak => ({ type: 'pageBreak' });
export const toc = (title: string, maxLevel = 2): Toc => ({ type: 'toc', title, maxLevel });
export const barChart = (title: string, unit: string | null, bars: Chart['bars']): Chart => ({ type: 'chart', kind: 'bar', title, unit, bars });
export const section = (orientation: Section['orientation'], children: FlowBlock[]): Section => ({ type: 'section', orientation, children });

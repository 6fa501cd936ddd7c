/**
 * Document IR (brief.ir/1): the parsed, validated form of brief markup. Plain JSON, a
 * `type`-tagged union of blocks and inlines. Writers see only this.
 */
import { z } from 'zod';

export const IR_SCHEMA_ID = 'brief.ir/1';

export const MarkSchema = z.enum(['bold', 'italic']);
export type Mark = z.infer<typeof MarkSchema>;

export const TextRunSchema = z.object({
  type: z.literal('text'),
  value: z.string(),
  marks: z.array(MarkSchema),
});
export const LinkSchema = z.object({
  type: z.literal('link'),
  href: z.string(),
  children: z.array(TextRunSchema),
});
/** A reference to `document.footnotes[n - 1]` (n is 1-based). */
export const FootnoteRefSchema = z.object({
  type: z.literal('footnoteRef'),
  footnote: z.number().int().positive(),
});
export const InlineSchema = z.discriminatedUnion('type', [TextRunSchema, LinkSchema, FootnoteRefSchema]);
export type TextRun = z.infer<typeof TextRunSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type FootnoteRef = z.infer<typeof FootnoteRefSchema>;
export type Inline = z.infer<typeof InlineSchema>;

export const HeadingSchema = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Stable anchor id, unique in the document (for TOC links and bookmarks). */
  id: z.string(),
  children: z.array(InlineSchema),
});
export const ParagraphSchema = z.object({
  type: z.literal('paragraph'),
  style: z.enum(['body', 'lead', 'caption', 'note']),
  children: z.array(InlineSchema),
});
export const ListSchema = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(z.array(InlineSchema)),
});
export const CellSchema = z.object({
  colspan: z.number().int().positive(),
  /** Cell content: paragraphs and lists only. */
  blocks: z.array(z.discriminatedUnion('type', [ParagraphSchema, ListSchema])),
});
export const RowSchema = z.object({ cells: z.array(CellSchema) });
export const TableSchema = z.object({
  type: z.literal('table'),
  /** Header rows: repeated on every page the table spans. */
  header: z.array(RowSchema),
  body: z.array(RowSchema),
  /** Relative column widths (any positive numbers); null means equal widths. */
  columnWidths: z.array(z.number().positive()).nullable(),
  caption: z.string().nullable(),
});
export const PageBreakSchema = z.object({ type: z.literal('pageBreak') });
export const TocSchema = z.object({ type: z.literal('toc'), title: z.string(), maxLevel: z.number().int().min(1).max(3) });
export const BarSchema = z.object({ label: z.string(), value: z.number().finite() });
export const ChartSchema = z.object({
  type: z.literal('chart'),
  kind: z.literal('bar'),
  title: z.string(),
  unit: z.string().nullable(),
  bars: z.array(BarSchema),
});

export type Heading = z.infer<typeof HeadingSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type List = z.infer<typeof ListSchema>;
export type Cell = z.infer<typeof CellSchema>;
export type Row = z.infer<typeof RowSchema>;
export type Table = z.infer<typeof TableSchema>;
export type PageBreak = z.infer<typeof PageBreakSchema>;
export type Toc = z.infer<typeof TocSchema>;
export type Chart = z.infer<typeof ChartSchema>;

export const FlowBlockSchema = z.discriminatedUnion('type', [
  HeadingSchema,
  ParagraphSchema,
  ListSchema,
  TableSchema,
  PageBreakSchema,
  TocSchema,
  ChartSchema,
]);
export type FlowBlock = z.infer<typeof FlowBlockSchema>;

/** A run of blocks on pages of one orientation; a new section starts a new page. */
export const SectionSchema = z.object({
  type: z.literal('section'),
  orientation: z.enum(['portrait', 'landscape']),
  children: z.array(FlowBlockSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const PageSetupSchema = z.object({
  size: z.enum(['A4', 'Letter']),
  orientation: z.enum(['portrait', 'landscape']),
  /** Margins in millimetres. */
  margins: z.object({ top: z.number(), right: z.number(), bottom: z.number(), left: z.number() }),
});
export type PageSetup = z.infer<typeof PageSetupSchema>;

export const DocumentSchema = z.object({
  schema: z.literal(IR_SCHEMA_ID),
  meta: z.object({
    title: z.string(),
    subject: z.string(),
    author: z.string(),
    keywords: z.array(z.string()),
    /** BCP 47 language tag of the brief (vi, en, fr). */
    language: z.string(),
    /** ISO timestamp used for every date stamped into the files (from SOURCE_DATE_EPOCH). */
    date: z.string(),
  }),
  page: PageSetupSchema,
  /** Running header text, or null. */
  header: z.string().nullable(),
  /** Running footer text; `{page}` and `{pages}` are replaced by the page number and count. */
  footer: z.string().nullable(),
  /** Top-level sections; the markup's content outside any <section> becomes a portrait section. */
  sections: z.array(SectionSchema),
  /** Footnote bodies, referenced 1-based by FootnoteRef. */
  footnotes: z.array(z.array(InlineSchema)),
});
export type BriefDocument = z.infer<typeof DocumentSchema>;

/** Exhaustiveness guard for `switch` over a tagged union. */
export function assertNever(value: never): never {
  throw new Error(`unhandled IR node: ${JSON.stringify(value)}`);
}

/** Plain text of a run of inlines (footnote references dropped). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((n) => (n.type === 'text' ? n.value : n.type === 'link' ? n.children.map((c) => c.value).join('') : ''))
    .join('');
}

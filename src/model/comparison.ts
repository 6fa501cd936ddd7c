/** Comparison: Reviews grouped by province and period, side by side, with totals. */
import { z } from 'zod';
import { CommendationSchema, FigureSchema, ItemSchema, PersonSchema, ProvinceRefSchema } from './review.js';

export const SourceRefSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  language: z.string(),
  published: z.string().nullable(),
});

export const MergedItemSchema = ItemSchema.extend({ sources: z.array(z.string()) });
export type MergedItem = z.infer<typeof MergedItemSchema>;

export const ColumnSchema = z.object({
  key: z.string(),
  province: ProvinceRefSchema.nullable(),
  /** Display name: Vietnamese with diacritics, or "Unknown province". */
  name: z.string(),
  period: z.object({ reviewed: z.string().nullable(), next: z.string().nullable() }),
  kinds: z.array(z.string()),
  /** Conference date, or the report (publication) date when the text gives none. */
  date: z.string().nullable(),
  dateKind: z.enum(['conference', 'report']).nullable(),
  dateInferred: z.boolean(),
  chair: PersonSchema.nullable(),
  directedBy: PersonSchema.nullable(),
  /** Each conference reported for this province and period (several articles may report several). */
  conferences: z.array(
    z.object({
      date: z.string().nullable(),
      dateKind: z.enum(['conference', 'report']).nullable(),
      dateInferred: z.boolean(),
      chair: PersonSchema.nullable(),
      directedBy: PersonSchema.nullable(),
      topic: z.string().nullable(),
      sources: z.array(z.string()),
    }),
  ),
  body: z.string().nullable(),
  topic: z.string().nullable(),
  sources: z.array(SourceRefSchema),
  results: z.array(MergedItemSchema),
  shortcomings: z.array(MergedItemSchema),
  tasks: z.array(MergedItemSchema),
  commendations: z.array(CommendationSchema.extend({ sources: z.array(z.string()) })),
  totals: z.object({ collectives: z.number().nullable(), individuals: z.number().nullable() }),
  figures: z.array(FigureSchema.extend({ sources: z.array(z.string()) })),
  references: z.array(z.string()),
  /** Theme id to the number of items on it. */
  themes: z.record(z.string(), z.number()),
  mergedNote: z.string().nullable(),
});
export type Column = z.infer<typeof ColumnSchema>;

export const ComparisonSchema = z.object({
  schema: z.literal('brief.comparison/1'),
  coverage: z.object({ articles: z.number(), provinces: z.number(), from: z.string().nullable(), to: z.string().nullable() }),
  columns: z.array(ColumnSchema),
  totals: z.object({ collectives: z.number().nullable(), individuals: z.number().nullable() }),
  themes: z.array(z.string()),
  warnings: z.array(z.object({ file: z.string(), ruleId: z.string(), severity: z.string(), message: z.string() })),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

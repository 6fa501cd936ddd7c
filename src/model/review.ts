/** Review (brief.review/1): the normalized reading of one article. Field names are a public contract. */
import { z } from 'zod';
import { looseFold } from '../text/fold.js';
import { SpanSchema } from './span.js';
import { WarningSchema } from './warning.js';

export const REVIEW_SCHEMA_ID = 'brief.review/1';

export const ItemSchema = z.object({
  text: z.string().min(1),
  themes: z.array(z.string()),
  source: SpanSchema,
});
export type Item = z.infer<typeof ItemSchema>;

export const PersonSchema = z.object({ name: z.string().min(1), title: z.string().nullable() });
export type Person = z.infer<typeof PersonSchema>;

export const ProvinceRefSchema = z.object({
  name: z.string(),
  nameVi: z.string(),
  code: z.string().regex(/^\d{2}$/),
  inferred: z.boolean(),
  evidence: z.array(z.string()),
  mergedInto2025: z.object({ code: z.string(), name: z.string(), ascii: z.string() }).nullable(),
});
export type ProvinceRef = z.infer<typeof ProvinceRefSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd');
const period = z.string().regex(/^\d{4}(-\d{4}|-H1|-H2)?$/, 'expected a year (2023), a range (2019-2024) or a half year (2024-H1)');

/** The last calendar year a period covers: 2024 for "2024", "2019-2024" and "2024-H1". */
export function periodEndYear(period: string): number {
  const years = period.match(/\d{4}/g) ?? [];
  return Number(years[years.length - 1]);
}

export const CommendationSchema = z.object({
  by: z.string().nullable(),
  award: z.string(),
  collectives: z.number().int().nonnegative().nullable(),
  individuals: z.number().int().nonnegative().nullable(),
  source: SpanSchema,
});
export type Commendation = z.infer<typeof CommendationSchema>;

/** Two award lines with this key are the same award reported twice (counted once). */
export function commendationKey(c: Pick<Commendation, 'by' | 'award' | 'collectives' | 'individuals'>): string {
  return `${looseFold(c.by ?? '')}|${c.award}|${c.collectives}|${c.individuals}`;
}

export const FigureSchema = z.object({
  label: z.string(),
  value: z.number().finite(),
  unit: z.string().nullable(),
  source: SpanSchema,
});
export type Figure = z.infer<typeof FigureSchema>;

export const ReviewKindSchema = z.enum(['annual-review', 'multi-year-review', 'commentary', 'other']);
export type ReviewKind = z.infer<typeof ReviewKindSchema>;

export const ReviewSchema = z.object({
  schema: z.literal(REVIEW_SCHEMA_ID),
  id: z.string().min(1),
  source: z.object({
    file: z.string(),
    url: z.string().nullable(),
    language: z.string().min(2).max(3),
    title: z.string().nullable(),
    author: z.string().nullable(),
    published: isoDate.nullable(),
  }),
  kind: ReviewKindSchema,
  province: ProvinceRefSchema.nullable(),
  conference: z.object({
    date: isoDate.nullable(),
    dateInferred: z.boolean(),
    chair: PersonSchema.nullable(),
    directedBy: PersonSchema.nullable(),
    body: z.string().nullable(),
    topic: z.string().nullable(),
  }),
  period: z.object({ reviewed: period.nullable(), next: period.nullable() }),
  results: z.array(ItemSchema),
  shortcomings: z.array(ItemSchema),
  tasks: z.array(ItemSchema),
  commendations: z.array(CommendationSchema),
  figures: z.array(FigureSchema),
  references: z.array(z.string()),
  warnings: z.array(WarningSchema),
});
export type Review = z.infer<typeof ReviewSchema>;

/** The JSON Schema of the Review, generated from the zod schema (never written by hand). */
export function reviewJsonSchema(): unknown {
  return z.toJSONSchema(ReviewSchema, { target: 'draft-2020-12' });
}

/** Article: one input file after ingest, cleaned into paragraphs, before extraction. */
import { z } from 'zod';
import { WarningSchema } from './warning.js';

/** A paragraph of cleaned text and its role: body text, a photo caption, a subheading, or a table row. */
export const ArticleParagraphSchema = z.object({
  text: z.string(),
  role: z.enum(['body', 'caption', 'heading', 'table']),
  /** A table row's cells (`text` is them joined by " | "). */
  cells: z.array(z.string()).optional(),
});
export type ArticleParagraph = z.infer<typeof ArticleParagraphSchema>;

/** Values a human put in front matter; they win over extraction. */
export const ArticleOverridesSchema = z
  .object({
    province: z.string().optional(),
    date: z.string().optional(),
    chair: z.string().optional(),
    kind: z.string().optional(),
    title: z.string().optional(),
  })
  .strict();

export const ArticleSchema = z.object({
  id: z.string(),
  file: z.string(),
  format: z.enum(['txt', 'md', 'html']),
  url: z.string().nullable(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  /** ISO date (yyyy-mm-dd) of the page's date line or front matter, if any. */
  published: z.string().nullable(),
  /** ISO 639-1 code given by front matter, or null to detect. */
  language: z.string().nullable(),
  /** Cleaned paragraphs (furniture removed, NFC); spans index into this list. */
  paragraphs: z.array(ArticleParagraphSchema),
  overrides: ArticleOverridesSchema,
  /** Hash of the folded text, for duplicate detection. */
  fingerprint: z.string(),
  warnings: z.array(WarningSchema),
});
export type Article = z.infer<typeof ArticleSchema>;
export type ArticleOverrides = z.infer<typeof ArticleOverridesSchema>;

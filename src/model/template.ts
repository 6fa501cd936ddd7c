/** Template front matter: what a template declares about itself, validated before it renders. */
import { z } from 'zod';

export const AudienceSchema = z.enum(['executive', 'analyst', 'press']);
export const LocaleIdSchema = z.enum(['en', 'fr', 'vi']);

export const TemplateFrontMatterSchema = z
  .object({
    title: z.string().min(1),
    audience: AudienceSchema,
    description: z.string().default(''),
    page: z
      .object({
        size: z.enum(['A4', 'Letter']).default('A4'),
        orientation: z.enum(['portrait', 'landscape']).default('portrait'),
        margins: z
          .object({ top: z.number().min(5).max(60), right: z.number().min(5).max(60), bottom: z.number().min(5).max(60), left: z.number().min(5).max(60) })
          .default({ top: 20, right: 18, bottom: 20, left: 18 }),
      })
      .strict()
      .default({ size: 'A4', orientation: 'portrait', margins: { top: 20, right: 18, bottom: 20, left: 18 } }),
    locale: LocaleIdSchema.default('en'),
    itemsPerSection: z.number().int().min(1).max(1000).default(3),
    /** Items per cell of the side-by-side matrix (the per-province sections show itemsPerSection). */
    matrixItemsPerCell: z.number().int().min(1).max(1000).default(3),
    /** Cut items longer than this many characters at a word, with an ellipsis; null keeps them whole. */
    itemMaxChars: z.number().int().min(40).nullable().default(null),
    provincesPerTable: z.number().int().min(1).max(12).default(4),
    sections: z.array(z.enum(['results', 'shortcomings', 'tasks', 'commendations', 'figures', 'themes', 'sources', 'warnings'])).optional(),
  })
  .strict();
export type TemplateFrontMatter = z.infer<typeof TemplateFrontMatterSchema>;

export const LocaleSchema = z.object({
  locale: LocaleIdSchema,
  /** date-fns format string for full dates ("d MMMM yyyy", "'ngày' d 'tháng' M 'năm' yyyy"). */
  dateFormat: z.string(),
  monthYearFormat: z.string(),
  labels: z.record(z.string(), z.string()),
});
export type Locale = z.infer<typeof LocaleSchema>;

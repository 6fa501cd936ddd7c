/** A diagnostic as data: every message names its file, place and rule. */
import { z } from 'zod';
import { SpanSchema } from './span.js';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

export const WarningSchema = z.object({
  file: z.string(),
  place: SpanSchema.nullable(),
  ruleId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
});
export type Warning = z.infer<typeof WarningSchema>;

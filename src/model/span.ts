/** Where a fact came from: paragraph index and character offsets into the cleaned text. */
import { z } from 'zod';

export const SpanSchema = z.object({
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

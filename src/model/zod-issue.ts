/** One zod error as the one line users read: `dot.path: message` (the first issue; the rest follow from it). */
import type { z } from 'zod';

export interface IssueLine {
  /** The field's path, dot-joined, or "(root)". */
  path: string;
  message: string;
}

/** The first issue of a zod error, with its field path. */
export function firstIssue(error: z.ZodError): IssueLine {
  const issue = error.issues[0];
  return { path: issue?.path.join('.') || '(root)', message: issue?.message ?? 'invalid' };
}

/** `path: message` for the first issue. */
export function issueLine(error: z.ZodError): string {
  const { path, message } = firstIssue(error);
  return `${path}: ${message}`;
}

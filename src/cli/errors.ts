/** Exit codes and the errors that map to them, in one place. */
export const EXIT = { ok: 0, skipped: 1, usage: 2, internal: 3 } as const;

/** A usage or configuration error: nothing is written, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

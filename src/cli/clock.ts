/** The one clock: SOURCE_DATE_EPOCH when set (reproducible builds), else now, read once per run. */
import { UsageError } from './errors.js';

/** The ISO timestamp stamped into every output of this run. */
export function buildTimestamp(env: NodeJS.ProcessEnv): string {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
  if (!/^\d+$/.test(raw)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got "${raw}"`);
  return new Date(Number(raw) * 1000).toISOString();
}

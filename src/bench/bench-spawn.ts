/** Timing other processes: spawn and time a command, find a program on PATH, median of runs, /usr/bin/time peak RSS. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface SpawnResult {
  ms: number;
  status: number | null;
  stdout: string;
  stderr: string;
  /** Set when the program could not be started or was killed by the timeout. */
  error: string | null;
}

/** Run a command to completion and time it (wall clock, ms). */
export function timedSpawn(command: string, args: string[], options: SpawnSyncOptions = {}): SpawnResult {
  const t0 = performance.now();
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const ms = performance.now() - t0;
  return {
    ms,
    status: r.status,
    stdout: String(r.stdout ?? ''),
    stderr: String(r.stderr ?? ''),
    error: r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : null,
  };
}

/** The full path of a program found on PATH, or null. */
export function which(program: string): string | null {
  if (program.includes('/')) return isExecutable(program) ? program : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir || '.', program);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median wall time of `runs` runs of a command, after one untimed warm-up run (file cache). */
export function medianSpawn(command: string, args: string[], runs: number, options: SpawnSyncOptions = {}): { ms: number; runs: number[]; error: string | null } {
  const warm = timedSpawn(command, args, options);
  if (warm.error || warm.status !== 0) return { ms: NaN, runs: [], error: warm.error ?? `exit ${warm.status}: ${warm.stderr.trim().split('\n')[0] ?? ''}` };
  const times = Array.from({ length: runs }, () => timedSpawn(command, args, options).ms);
  return { ms: median(times), runs: times, error: null };
}

export const TIME_PROGRAM = '/usr/bin/time';

/**
 * Run under `/usr/bin/time -v` and read the peak RSS (KB) from its report; null when it is not there.
 * The time limit is enforced by `timeout` inside time, since killing time itself would leave the command running;
 * TERM (KILL 5 s later) lets `timeout` reap the command, so time still reports the command's peak RSS.
 */
export function spawnWithPeakRss(command: string, args: string[], timeoutMs: number, options: SpawnSyncOptions = {}): SpawnResult & { peakRssKb: number | null } {
  const killer = which('timeout');
  if (!isExecutable(TIME_PROGRAM) || !killer) return { ...timedSpawn(command, args, { ...options, timeout: timeoutMs }), peakRssKb: null };
  const r = timedSpawn(TIME_PROGRAM, ['-v', killer, '-s', 'TERM', '-k', '5', String(Math.ceil(timeoutMs / 1000)), command, ...args], { ...options, timeout: timeoutMs + 30_000 });
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(r.stderr);
  const killed = /Command terminated by signal|non-zero status (124|137)/.test(r.stderr) ? `killed by the ${Math.ceil(timeoutMs / 1000)} s time limit` : null;
  return { ...r, error: r.error ?? killed, stderr: r.stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, ''), peakRssKb: m ? Number(m[1]) : null };
}

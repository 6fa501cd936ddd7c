/** Timing other processes: spawn and time a command, find a program on PATH, median of runs, /usr/bin/time peak RSS. */
import { spawn, type ChildProcess } from 'node:child_process';
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

export interface SpawnOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the command (SIGTERM) after this many ms. */
  timeout?: number;
}

const running = new Set<ChildProcess>();

/** Kill every command still running, with whatever it started (the bench was interrupted). */
export function killRunning(): void {
  for (const child of running) killGroup(child);
}

// Each command runs in its own process group, so `/usr/bin/time` and `timeout` go down with what they run.
function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

/** Run a command to completion and time it (wall clock, ms). Asynchronous, so the bench can react to signals meanwhile. */
export function timedSpawn(command: string, args: string[], options: SpawnOptions = {}): Promise<SpawnResult> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = options.timeout
      ? setTimeout(() => {
          timedOut = true;
          killGroup(child);
        }, options.timeout)
      : null;
    let startError: string | null = null;
    child.on('error', (e) => (startError = e.message));
    child.on('close', (status, signal) => {
      if (timer) clearTimeout(timer);
      running.delete(child);
      resolve({
        ms: performance.now() - t0,
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        error: startError ?? (timedOut ? `ETIMEDOUT: killed by SIGTERM after ${options.timeout} ms` : signal ? `killed by ${signal}` : null),
      });
    });
  });
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
export async function medianSpawn(command: string, args: string[], runs: number, options: SpawnOptions = {}): Promise<{ ms: number; runs: number[]; error: string | null }> {
  const warm = await timedSpawn(command, args, options);
  if (warm.error || warm.status !== 0) return { ms: NaN, runs: [], error: warm.error ?? `exit ${warm.status}: ${warm.stderr.trim().split('\n')[0] ?? ''}` };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timedSpawn(command, args, options)).ms);
  return { ms: median(times), runs: times, error: null };
}

export const TIME_PROGRAM = '/usr/bin/time';

/**
 * Run under `/usr/bin/time -v` and read the peak RSS (KB) from its report; null when it is not there.
 * The time limit is enforced by `timeout` inside time, since killing time itself would leave the command running;
 * TERM (KILL 5 s later) lets `timeout` reap the command, so time still reports the command's peak RSS.
 */
export async function spawnWithPeakRss(command: string, args: string[], timeoutMs: number, options: SpawnOptions = {}): Promise<SpawnResult & { peakRssKb: number | null }> {
  const killer = which('timeout');
  if (!isExecutable(TIME_PROGRAM) || !killer) return { ...(await timedSpawn(command, args, { ...options, timeout: timeoutMs })), peakRssKb: null };
  const r = await timedSpawn(TIME_PROGRAM, ['-v', killer, '-s', 'TERM', '-k', '5', String(Math.ceil(timeoutMs / 1000)), command, ...args], { ...options, timeout: timeoutMs + 30_000 });
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(r.stderr);
  const killed = /Command terminated by signal|non-zero status (124|137)/.test(r.stderr) ? `killed by the ${Math.ceil(timeoutMs / 1000)} s time limit` : null;
  return { ...r, error: r.error ?? killed, stderr: r.stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, ''), peakRssKb: m ? Number(m[1]) : null };
}

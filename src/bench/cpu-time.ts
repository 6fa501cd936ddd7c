/** CPU time: the whole process's (every thread, V8's compiler and GC helpers included), and this thread's alone where the OS tells it. */
import fs from 'node:fs';

/** CPU time of the whole process so far, ms (user + system, all threads). */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * CPU time of the main thread so far, ms, or null where it cannot be read. Linux gives it in
 * nanoseconds in /proc/<pid>/task/<tid>/schedstat (the main thread's tid is the pid).
 */
export function mainThreadCpuMs(): number | null {
  try {
    const ns = Number(fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}

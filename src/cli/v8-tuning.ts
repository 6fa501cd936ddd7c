/**
 * V8 settings for the command line's batch runs, set once at start (they hold for every thread).
 *
 * A run is short: V8's optimizing compiler (TurboFan, on background threads) is a large share of
 * its CPU, most of it spent inlining callees into the extractor's big functions. Inlining less
 * (a 150-byte cumulative budget instead of 920) and not peeling loops cut a cold extraction's
 * process CPU by about a seventh, with the same speed once warm (`npm run bench` measures both).
 * Only the compiler's heuristics change, never what the code computes.
 */
import v8 from 'node:v8';

export const V8_TUNING = ['--max-inlined-bytecode-size-cumulative=150', '--no-turbo-loop-peeling'] as const;

let tuned = false;

/** Apply V8_TUNING to this process, once; a library user's process is left as it is. */
export function tuneV8(): void {
  if (tuned) return;
  tuned = true;
  v8.setFlagsFromString(V8_TUNING.join(' '));
}

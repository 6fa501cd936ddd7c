/** Answers to `brief --version` and `brief [command] --help` that need no command line parser (yargs takes ~100 ms to load). */
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';

/** The width the stored help is wrapped to, written by write-help.ts at build time. */
export const HELP_WIDTH = 100;
export const helpFile = new URL('./help.json', import.meta.url);

export function version(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export function helpWidth(): number {
  return Math.min(HELP_WIDTH, process.stdout.columns || HELP_WIDTH);
}

// The stored help is in English: use it only when the locale yargs would pick (its guessLocale) is English.
function englishLocale(): boolean {
  const env = process.env;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || 'en_US';
  return /^(en|C|POSIX)([_.:]|$)/.test(locale);
}

/** What `brief` prints for these arguments without yargs, or null when yargs must answer. */
export function fastAnswer(args: string[]): string | null {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) return `${version()}\n`;
  const last = args[args.length - 1];
  if (args.length > 2 || (last !== '--help' && last !== '-h') || helpWidth() !== HELP_WIDTH || !englishLocale()) return null;
  let stored: Record<string, string>;
  try {
    // tsc rewrites parser.js: if it ran after write-help.js (not through `npm run build`), the stored help may be stale.
    if (fs.statSync(helpFile).mtimeMs < fs.statSync(new URL('./parser.js', import.meta.url)).mtimeMs) return null;
    stored = JSON.parse(fs.readFileSync(helpFile, 'utf8')) as Record<string, string>;
  } catch {
    return null;
  }
  const command = args.length === 2 ? (args[0] as string) : '';
  return Object.hasOwn(stored, command) ? (stored[command] as string) : null;
}

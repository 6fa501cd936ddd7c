#!/usr/bin/env node
/** The `brief` command line: yargs (parser.ts), one file per command, --help and --version from fast.ts; typed errors mapped to exit codes here and nowhere else. */
import { EXIT, UsageError } from './errors.js';
import { fastAnswer, helpWidth } from './fast.js';
import { tuneV8 } from './v8-tuning.js';

/** One line for the user per error; a stack trace only with --debug or for internal errors. */
async function fail(e: unknown, debug: boolean): Promise<void> {
  const { InputError } = await import('../ingest/errors.js');
  const { TemplateError } = await import('../render/template.js');
  if (e instanceof UsageError || e instanceof TemplateError || e instanceof InputError) {
    // Several template problems (the variable check) come one per line, each a `brief: file:line: message`.
    const lines = e instanceof TemplateError ? e.message.split('\n') : [e.message];
    process.stderr.write(lines.map((l) => `brief: ${l}\n`).join(''));
    process.exitCode = EXIT.usage;
    return;
  }
  process.stderr.write(`brief: internal error: ${(e as Error)?.message ?? String(e)}\n`);
  if (debug) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
  process.stderr.write('brief: this is a bug; please report it with the command and input that caused it (run again with --debug for details)\n');
  process.exitCode = EXIT.internal;
}

async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  const { parser } = await import('./parser.js');
  try {
    await parser(argv, helpWidth()).parseAsync();
  } catch (e) {
    await fail(e, debug);
  }
}

// A reader that stops early (`brief extract --json | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const args = process.argv.slice(2);
const answer = fastAnswer(args);
if (answer !== null) process.stdout.write(answer);
else {
  tuneV8();
  await main(args);
}

#!/usr/bin/env node
/** The `brief` command line: yargs, one file per command; typed errors mapped to exit codes here and nowhere else. */
import fs from 'node:fs';
import path from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { packageRoot } from '../paths.js';
import { EXIT, UsageError } from './errors.js';

function version(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/** One line for the user per error; a stack trace only with --debug or for internal errors. */
async function fail(e: unknown, debug: boolean): Promise<void> {
  const { InputError } = await import('../ingest/errors.js');
  const { TemplateError } = await import('../render/template.js');
  if (e instanceof UsageError || e instanceof TemplateError || e instanceof InputError) {
    process.stderr.write(`brief: ${e.message}\n`);
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
  const { buildCommand } = await import('./commands/build.js');
  const { extractCommand } = await import('./commands/extract.js');
  const { templatesCommand } = await import('./commands/templates.js');
  const { schemaCommand } = await import('./commands/schema.js');
  const { initTemplateCommand } = await import('./commands/init-template.js');
  try {
    await yargs(argv)
      .scriptName('brief')
      .usage('$0 <command> [options]\n\nTurn news articles about Vietnamese provincial review conferences into comparative briefs.')
      .command(buildCommand)
      .command(extractCommand)
      .command(templatesCommand)
      .command(schemaCommand)
      .command(initTemplateCommand)
      .demandCommand(1, 'say which command to run, e.g. brief build')
      .strict()
      .version(version())
      .alias('h', 'help')
      .alias('v', 'version')
      .epilogue('Exit codes: 0 all built; 1 built, but some inputs were skipped; 2 usage, configuration or template error; 3 internal error.')
      .wrap(Math.min(100, process.stdout.columns || 100))
      .fail((msg, err) => {
        throw err ?? new UsageError(msg);
      })
      .parseAsync();
  } catch (e) {
    await fail(e, debug);
  }
}

// A reader that stops early (`brief extract --json | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const args = hideBin(process.argv);
// `brief --version` answers without loading the command line parser.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) process.stdout.write(`${version()}\n`);
else await main(args);

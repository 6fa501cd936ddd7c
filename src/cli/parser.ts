/** The yargs command line of `brief`, shared by main.ts and the build step that stores its help texts. */
import yargs from 'yargs';
import { buildCommand } from './commands/build.js';
import { extractCommand } from './commands/extract.js';
import { initTemplateCommand } from './commands/init-template.js';
import { schemaCommand } from './commands/schema.js';
import { templatesCommand } from './commands/templates.js';
import { UsageError } from './errors.js';
import { version } from './fast.js';

const commands = [buildCommand, extractCommand, templatesCommand, schemaCommand, initTemplateCommand];

/** The command names, as typed after `brief`. */
export const commandNames = commands.map((c) => String(c.command).split(' ')[0] as string);

export function parser(argv: string[], width: number) {
  return yargs(argv)
    .scriptName('brief')
    .usage('$0 <command> [options]\n\nTurn news articles about Vietnamese provincial review conferences into comparative briefs.')
    .command<any>(commands) // each command has its own argument type
    .demandCommand(1, 'say which command to run, e.g. brief build')
    .strict()
    .version(version())
    .alias('h', 'help')
    .alias('v', 'version')
    .epilogue('Exit codes: 0 all built; 1 built, but some inputs were skipped; 2 usage, configuration or template error; 3 internal error.')
    .wrap(width)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
}

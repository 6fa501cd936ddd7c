/** Run by `npm run build`: store what yargs prints for `brief --help` and `brief <command> --help`, for fast.ts. */
import fs from 'node:fs';
import { HELP_WIDTH, helpFile } from './fast.js';
import { commandNames, parser } from './parser.js';

function yargsHelp(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // With a callback yargs hands over what it would print (without console.log's newline) instead of exiting.
    void parser(args, HELP_WIDTH)
      .locale('en')
      .parse(args, {}, (err, _argv, output) => (err ? reject(err) : resolve(`${output}\n`)));
  });
}

const stored: Record<string, string> = {};
for (const command of ['', ...commandNames]) stored[command] = await yargsHelp(command ? [command, '--help'] : ['--help']);
fs.writeFileSync(helpFile, `${JSON.stringify(stored, null, 2)}\n`);

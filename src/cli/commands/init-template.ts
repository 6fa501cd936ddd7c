/** `brief init-template NAME --from analyst`: copy a built-in template and its partials into a folder to edit. */
import fs from 'node:fs';
import path from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { templatesDir } from '../../paths.js';
import { UsageError } from '../errors.js';
import { writeAtomic } from '../files.js';
import { AUDIENCES } from './build.js';

interface InitArgs {
  name: string;
  from: string;
  dir: string;
  force: boolean;
}

export const initTemplateCommand: CommandModule<object, InitArgs> = {
  command: 'init-template <name>',
  describe: 'Copy a built-in template and its partials into a folder, to edit without TypeScript',
  builder: (y: Argv) =>
    y
      .positional('name', { type: 'string', demandOption: true, describe: 'name of the new template (file NAME.hbs)' })
      .option('from', { type: 'string', choices: [...AUDIENCES], default: 'analyst', describe: 'built-in template to start from' })
      .option('dir', { alias: 'o', type: 'string', default: 'my-templates', describe: 'folder to write into' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite existing files' })
      .example('$0 init-template board --from executive', 'then edit my-templates/board.hbs and run: brief build --template my-templates/board.hbs') as unknown as Argv<InitArgs>,
  handler: (argv: ArgumentsCamelCase<InitArgs>) => {
    if (!/^[\w.-]+$/.test(argv.name)) throw new UsageError(`template name "${argv.name}" may hold only letters, digits, ".", "_" and "-"`);
    const target = path.join(argv.dir, `${argv.name}.hbs`);
    if (fs.existsSync(target) && !argv.force) throw new UsageError(`${target}: already exists (use --force to overwrite)`);
    fs.mkdirSync(path.join(argv.dir, 'partials'), { recursive: true });
    writeAtomic(target, fs.readFileSync(path.join(templatesDir, `${argv.from}.hbs`)));
    const written = [target];
    for (const f of fs.readdirSync(path.join(templatesDir, 'partials')).filter((f) => f.endsWith('.hbs')).sort()) {
      const to = path.join(argv.dir, 'partials', f);
      if (fs.existsSync(to) && !argv.force) continue;
      writeAtomic(to, fs.readFileSync(path.join(templatesDir, 'partials', f)));
      written.push(to);
    }
    process.stdout.write(`${written.map((w) => `wrote ${w}`).join('\n')}\nedit ${target}, then: brief build --template ${target}\n`);
  },
};

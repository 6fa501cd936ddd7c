/** `brief templates`: list the built-in templates, or check a template file (`--check FILE`). */
import fs from 'node:fs';
import path from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { templatesDir } from '../../paths.js';
import { EXIT } from '../errors.js';

interface TemplatesArgs {
  check?: string;
  json: boolean;
}

export const templatesCommand: CommandModule<object, TemplatesArgs> = {
  command: 'templates',
  describe: 'List the built-in templates, or check one of yours',
  builder: (y: Argv) =>
    y
      .option('check', { type: 'string', describe: 'validate this template file: front matter, tags and variables, with line numbers' })
      .option('json', { type: 'boolean', default: false, describe: 'print as JSON' })
      .example('$0 templates', 'list executive, analyst, press')
      .example('$0 templates --check my/brief.hbs', 'validate your template') as Argv<TemplatesArgs>,
  handler: async (argv: ArgumentsCamelCase<TemplatesArgs>) => {
    const { checkTemplate, readTemplate } = await import('../../render/template.js');
    if (argv.check) {
      const t = readTemplate(argv.check);
      const { readLocale } = await import('../../render/locale.js');
      checkTemplate(t, readLocale(path.join(templatesDir, 'locales'), t.frontMatter.locale));
      process.stdout.write(argv.json ? `${JSON.stringify({ file: t.file, ok: true, frontMatter: t.frontMatter })}\n` : `${t.file}: ok (${t.frontMatter.audience}, locale ${t.frontMatter.locale})\n`);
      process.exitCode = EXIT.ok;
      return;
    }
    const list = fs
      .readdirSync(templatesDir)
      .filter((f) => f.endsWith('.hbs'))
      .sort()
      .map((f) => readTemplate(path.join(templatesDir, f)))
      .map((t) => ({ name: t.name, audience: t.frontMatter.audience, title: t.frontMatter.title, description: t.frontMatter.description, file: t.file }));
    if (argv.json) process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    else for (const t of list) process.stdout.write(`${t.name.padEnd(10)} ${t.description}\n`);
  },
};

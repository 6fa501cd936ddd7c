/** `brief extract`: print or write one Review (brief.review/1) per input article. */
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { type CommonArgs, commonOptions } from '../common.js';

export interface ExtractArgs extends CommonArgs {
  paths: string[];
  output: string;
  json: boolean;
}

export const extractCommand: CommandModule<object, ExtractArgs> = {
  command: 'extract [paths..]',
  describe: 'Read articles and write their Reviews (JSON you can correct and rebuild from)',
  builder: (y: Argv) =>
    commonOptions(y)
      .positional('paths', { type: 'string', array: true, default: ['input'], describe: 'files or folders of articles' })
      .option('output', { alias: 'o', type: 'string', default: 'output/reviews', describe: 'folder for <id>.review.json files' })
      .option('json', { type: 'boolean', default: false, describe: 'print a JSON array of Reviews on stdout instead of writing files' })
      .example('$0 extract input --json', 'print the Reviews of the articles in input/')
      .example('$0 extract input -o reviews/', 'write reviews/<id>.review.json, edit them, then: brief build --reviews reviews/') as unknown as Argv<ExtractArgs>,
  handler: async (argv: ArgumentsCamelCase<ExtractArgs>) => (await import('../actions/extract.js')).runExtract(argv),
};

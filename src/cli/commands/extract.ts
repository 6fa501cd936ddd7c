/** `brief extract`: print or write one Review (brief.review/1) per input article. */
import fs from 'node:fs';
import path from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { writeAtomic } from '../files.js';
import { loadReviews } from '../load-inputs.js';
import { EXIT } from '../errors.js';
import { type CommonArgs, commonOptions, reportProblems, progress } from '../common.js';

interface ExtractArgs extends CommonArgs {
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
  handler: (argv: ArgumentsCamelCase<ExtractArgs>) => {
    const bar = progress(argv, 'extract');
    const { reviews, problems } = loadReviews(argv.paths, { maxBytes: argv.maxInputSize * 1e6, maxArticles: argv.maxArticles, onProgress: bar.update });
    bar.stop();
    reportProblems(problems, argv);
    if (argv.json) process.stdout.write(`${JSON.stringify(reviews, null, 2)}\n`);
    else {
      fs.mkdirSync(argv.output, { recursive: true });
      for (const r of reviews) writeAtomic(path.join(argv.output, `${r.id}.review.json`), `${JSON.stringify(r, null, 2)}\n`);
      if (!argv.quiet) for (const r of reviews) for (const w of r.warnings) process.stderr.write(`${w.file}: ${w.severity}: ${w.message} [${w.ruleId}]\n`);
      if (!argv.quiet) process.stderr.write(`wrote ${reviews.length} reviews to ${argv.output}\n`);
    }
    process.exitCode = problems.length ? EXIT.skipped : EXIT.ok;
  },
};

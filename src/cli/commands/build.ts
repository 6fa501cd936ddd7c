/** `brief build`: articles (or corrected Reviews) in, one brief per audience and format out. */
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { SortOrder } from '../../compare/compare.js';
import { FORMAT_NAMES } from '../../render/writers/registry.js';
import { type CommonArgs, commonOptions } from '../common.js';
import { UsageError } from '../errors.js';

export const AUDIENCES = ['executive', 'analyst', 'press'] as const;

export interface BuildArgs extends CommonArgs {
  paths: string[];
  output: string;
  audience: string;
  format: string;
  template?: string;
  reviews?: string;
  locale?: string;
  json: boolean;
  sort: SortOrder;
  provincesPerTable?: number;
  transpose: boolean;
  emit?: 'review' | 'comparison' | 'ir';
  pdfA: boolean;
  tagged: boolean;
  period?: string;
  province?: string;
}

/** "docx,pdf" or "all" → the writer formats, in table order. */
export function parseFormats(value: string): string[] {
  const asked = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (asked.includes('all')) return [...FORMAT_NAMES];
  const bad = asked.filter((f) => !(FORMAT_NAMES as string[]).includes(f));
  if (bad.length) throw new UsageError(`unknown format "${bad.join(', ')}"; choose from ${FORMAT_NAMES.join(', ')} or all`);
  return FORMAT_NAMES.filter((f) => asked.includes(f));
}

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: 'build [paths..]',
  describe: 'Build the comparative briefs (DOCX, PDF, HTML) for the articles in input/',
  builder: (y: Argv) =>
    commonOptions(y)
      .positional('paths', { type: 'string', array: true, default: ['input'], describe: 'article files or folders' })
      .option('output', { alias: 'o', type: 'string', default: 'output', describe: 'output folder' })
      .option('audience', { alias: 'a', type: 'string', default: 'all', describe: `${AUDIENCES.join('|')}|all (comma list allowed)` })
      .option('format', { alias: 'f', type: 'string', default: 'all', describe: `${FORMAT_NAMES.join('|')}|all (comma list allowed)` })
      .option('template', { alias: 't', type: 'string', describe: 'your own template file (.hbs with front matter)' })
      .option('reviews', { type: 'string', describe: 'build from Review JSON files in this folder instead of extracting' })
      .option('locale', { alias: 'l', type: 'string', choices: ['en', 'fr', 'vi'], describe: 'language of the brief (default: the template\'s)' })
      .option('period', { type: 'string', describe: 'only the reviews of these reviewed periods ("2023", "2019-2024", "2024-H1"; comma list allowed)' })
      .option('province', { type: 'string', describe: 'only these provinces, named in any form ("Quảng Trị", "Quang Tri"; comma list allowed)' })
      .option('sort', { type: 'string', choices: ['name', 'gazetteer', 'commendations'] as const, default: 'name' as SortOrder, describe: 'order of provinces' })
      .option('provinces-per-table', { type: 'number', describe: 'provinces per side-by-side table (default: the template\'s)' })
      .option('transpose', { type: 'boolean', default: false, describe: 'provinces as rows, criteria as columns' })
      .option('emit', { type: 'string', choices: ['review', 'comparison', 'ir'] as const, describe: 'print that stage as JSON on stdout and write nothing' })
      .option('pdf-a', { type: 'boolean', default: false, describe: 'write PDF/A-2b' })
      .option('tagged', { type: 'boolean', default: false, describe: 'write a tagged PDF' })
      .option('json', { type: 'boolean', default: false, describe: 'print a JSON summary of what was written on stdout' })
      .example('$0 build', 'every audience in every format for input/ into output/')
      .example('$0 build articles/ -o briefs/ --audience analyst --format pdf', 'one analyst PDF')
      .example('$0 build articles/ --period 2023', 'a brief on the 2023 reviews only')
      .example('$0 build --reviews output/reviews', 'rebuild from Reviews you corrected by hand')
      .example('$0 build --template my/press.hbs --locale vi', 'your own template, in Vietnamese') as unknown as Argv<BuildArgs>,
  handler: async (argv: ArgumentsCamelCase<BuildArgs>) => (await import('../actions/build.js')).runBuild(argv),
};

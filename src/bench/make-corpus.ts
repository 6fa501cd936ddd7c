/** `make-corpus`: write a deterministic synthetic corpus of review-conference articles to a folder. */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { z } from 'zod';
import { LANGS, type Lang } from './corpus-banks.js';
import { makeCorpus, type CorpusFile, type CorpusOptions } from './corpus.js';
import { issueLine } from '../model/zod-issue.js';

export { makeCorpus, type CorpusFile, type CorpusOptions };

const ArgsSchema = z.object({
  articles: z.number().int().positive().max(1_000_000),
  out: z.string().min(1),
  seed: z.number().int().min(0).max(0xffffffff),
  languages: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.enum(LANGS as [Lang, ...Lang[]])).min(1)),
});

/** Write the files into `dir` (created if needed); returns the paths written. */
export function writeCorpus(dir: string, files: CorpusFile[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return files.map((f) => {
    const file = path.join(dir, f.name);
    fs.writeFileSync(file, f.content);
    return file;
  });
}

async function main(argv: string[]): Promise<void> {
  const raw = await yargs(argv)
    .scriptName('make-corpus')
    .usage('$0 --articles N --out DIR [--seed S] [--languages en,vi,fr]')
    .option('articles', { alias: 'n', type: 'number', demandOption: true, describe: 'number of articles (spread over the 63 provinces)' })
    .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'folder to write into' })
    .option('seed', { type: 'number', default: 1, describe: 'PRNG seed: the same arguments give byte-identical files' })
    .option('languages', { type: 'string', default: LANGS.join(','), describe: 'languages in rotation' })
    .strict()
    .help()
    .parseAsync();
  const parsed = ArgsSchema.safeParse(raw);
  if (!parsed.success) {
    process.stderr.write(`make-corpus: --${issueLine(parsed.error)}\n`);
    process.exitCode = 2;
    return;
  }
  const { articles, out, seed, languages } = parsed.data;
  const written = writeCorpus(out, makeCorpus({ articles, seed, languages }));
  process.stderr.write(`make-corpus: wrote ${written.length} articles to ${out}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main(hideBin(process.argv));

/**
 * YAML data files read through a JSON cache that the build writes into dist/: parsing the YAML
 * took most of the time spent loading the knowledge. The YAML files stay the source: a cached
 * entry is used only while its file's content hash matches, so an edited file is parsed anew.
 * A lexicon's entry is also marked as checked by its schema at build time, so an unchanged lexicon
 * is not validated again on every run (that was a third of loading the knowledge).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, parseDocument } from 'yaml';
import { LexiconSchema } from '../../model/lexicon.js';
import { dataDir, lexiconDir, packageRoot } from '../../paths.js';

export const YAML_CACHE_FILE = path.join(packageRoot, 'dist', 'yaml-cache.json');

/**
 * Per file (relative to the package root): the hash of its text, its data as JSON text, and
 * whether its schema took that data as it is (no default filled in, nothing changed) at build time.
 */
type Cache = Record<string, { sha256: string; json: string; checked?: true }>;

/** A file's schema: its data in, the validated data out (throws on invalid data). */
export type Validate = (data: unknown) => unknown;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const keyOf = (file: string) => path.relative(packageRoot, file).split(path.sep).join('/');

/** Caches read so far, by file. */
const caches = new Map<string, Cache>();

function readCache(cacheFile: string): Cache {
  let cache = caches.get(cacheFile);
  if (cache) return cache;
  try {
    cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as Cache;
  } catch {
    cache = {};
  }
  caches.set(cacheFile, cache);
  return cache;
}

/** The cache entry of a file when it matches the file's text, else null; and the text. */
function currentEntry(file: string, cacheFile: string): { text: string; entry: Cache[string] | null } {
  const text = fs.readFileSync(file, 'utf8');
  const entry = readCache(cacheFile)[keyOf(file)];
  return { text, entry: entry?.sha256 === sha256(text) ? entry : null };
}

/** The data of a YAML file, as `yaml`'s parse gives it: from the cache when the file is unchanged. */
export function readYamlFile(file: string, cacheFile = YAML_CACHE_FILE): unknown {
  const { text, entry } = currentEntry(file, cacheFile);
  return entry ? JSON.parse(entry.json) : parse(text);
}

/**
 * The validated data of a YAML file: its cached data when its schema took it as it is at build
 * time and the file is unchanged since, else `validate` run now on its data (so an edited file's
 * errors are reported).
 */
export function readValidYamlFile<T>(file: string, validate: (data: unknown) => T, cacheFile = YAML_CACHE_FILE): T {
  const { text, entry } = currentEntry(file, cacheFile);
  if (entry?.checked) return JSON.parse(entry.json) as T;
  return validate(entry ? JSON.parse(entry.json) : parse(text));
}

/** The schemas of the knowledge files that have one checked at build time: the lexicons. */
export function knowledgeValidators(): Map<string, Validate> {
  return new Map(
    fs
      .readdirSync(lexiconDir)
      .filter((f) => /^[a-z]{2}\.yaml$/.test(f))
      .map((f) => [path.join(lexiconDir, f), (data: unknown) => LexiconSchema.parse(data)] as const),
  );
}

/** The YAML files the extractor reads: every lexicon and data file. */
export function knowledgeYamlFiles(): string[] {
  return [lexiconDir, dataDir].flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => path.join(dir, f)),
  );
}

/** `{ checked: true }` when the schema takes the data and gives it back unchanged; else nothing (the file is validated at run time). */
function checkedBy(validate: Validate | undefined, data: unknown): { checked?: true } {
  if (!validate) return {};
  try {
    return isDeepStrictEqual(validate(data), data) ? { checked: true } : {};
  } catch {
    return {};
  }
}

/**
 * Write the cache for these files. A file is left out (and parsed at run time) when parsing it
 * warns or fails, or when JSON cannot hold its data exactly; it is not marked checked (and is
 * validated at run time, where its errors are reported) when its schema refuses or changes it.
 */
export function writeYamlCache(files: string[] = knowledgeYamlFiles(), out = YAML_CACHE_FILE, validators: Map<string, Validate> = knowledgeValidators()): Cache {
  const entries: Cache = {};
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const doc = parseDocument(text);
    if (doc.errors.length > 0 || doc.warnings.length > 0) continue;
    const data = parse(text);
    const json = JSON.stringify(data);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), data)) continue;
    entries[keyOf(file)] = { sha256: sha256(text), json, ...checkedBy(validators.get(file), data) };
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(entries));
  fs.renameSync(tmp, out);
  caches.delete(out);
  return entries;
}

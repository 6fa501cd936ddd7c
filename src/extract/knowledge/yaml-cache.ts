/**
 * YAML data files read through a JSON cache that the build writes into dist/: parsing the YAML
 * took most of the time spent loading the knowledge. The YAML files stay the source: a cached
 * entry is used only while its file's content hash matches, so an edited file is parsed anew.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, parseDocument } from 'yaml';
import { dataDir, lexiconDir, packageRoot } from '../../paths.js';

export const YAML_CACHE_FILE = path.join(packageRoot, 'dist', 'yaml-cache.json');

/** Per file (relative to the package root): the hash of its text and its data as JSON text. */
type Cache = Record<string, { sha256: string; json: string }>;

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

/** The data of a YAML file, as `yaml`'s parse gives it: from the cache when the file is unchanged. */
export function readYamlFile(file: string, cacheFile = YAML_CACHE_FILE): unknown {
  const text = fs.readFileSync(file, 'utf8');
  const entry = readCache(cacheFile)[keyOf(file)];
  if (entry?.sha256 === sha256(text)) return JSON.parse(entry.json);
  return parse(text);
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

/**
 * Write the cache for these files. A file is left out (and parsed at run time) when parsing it
 * warns or fails, or when JSON cannot hold its data exactly.
 */
export function writeYamlCache(files: string[] = knowledgeYamlFiles(), out = YAML_CACHE_FILE): Cache {
  const entries: Cache = {};
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const doc = parseDocument(text);
    if (doc.errors.length > 0 || doc.warnings.length > 0) continue;
    const data = parse(text);
    const json = JSON.stringify(data);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), data)) continue;
    entries[keyOf(file)] = { sha256: sha256(text), json };
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(entries));
  fs.renameSync(tmp, out);
  caches.delete(out);
  return entries;
}

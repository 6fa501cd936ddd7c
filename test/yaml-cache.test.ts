/** The YAML cache gives what parsing gives, and parses a file anew once it has changed. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { knowledgeValidators, knowledgeYamlFiles, readValidYamlFile, readYamlFile, writeYamlCache } from '../src/extract/knowledge/yaml-cache.js';
import { LexiconSchema } from '../src/model/lexicon.js';

describe('yaml cache', () => {
  it('holds every lexicon and data file, parsed as yaml parses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-cache-'));
    const cacheFile = path.join(dir, 'cache.json');
    const files = knowledgeYamlFiles();
    const entries = writeYamlCache(files, cacheFile);
    expect(Object.keys(entries)).toHaveLength(files.length);
    for (const f of files) expect(readYamlFile(f, cacheFile)).toEqual(parse(fs.readFileSync(f, 'utf8')));
  });

  it('parses a file whose text no longer matches its entry, and leaves out what JSON cannot hold', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-cache-'));
    const cacheFile = path.join(dir, 'cache.json');
    const a = path.join(dir, 'a.yaml');
    const b = path.join(dir, 'b.yaml');
    fs.writeFileSync(a, 'words: [one, two]\n');
    fs.writeFileSync(b, 'n: .nan\n');
    const entries = writeYamlCache([a, b], cacheFile);
    expect(Object.keys(entries)).toHaveLength(1);
    expect(readYamlFile(a, cacheFile)).toEqual({ words: ['one', 'two'] });
    fs.writeFileSync(a, 'words: [three]\n');
    expect(readYamlFile(a, cacheFile)).toEqual({ words: ['three'] });
    expect(readYamlFile(b, cacheFile)).toEqual({ n: NaN });
  });

  it('marks each lexicon as checked by its schema at build time, and validates an edited or changed-by-schema file anew', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-cache-'));
    const cacheFile = path.join(dir, 'cache.json');
    const lexicons = [...knowledgeValidators().keys()];
    expect(lexicons.length).toBeGreaterThanOrEqual(9);
    const entries = writeYamlCache(lexicons, cacheFile);
    const refuse = () => {
      throw new Error('validated again');
    };
    expect(Object.values(entries).every((e) => e.checked === true)).toBe(true);
    for (const f of lexicons) expect(readValidYamlFile(f, refuse, cacheFile)).toEqual(LexiconSchema.parse(parse(fs.readFileSync(f, 'utf8'))));
    const a = path.join(dir, 'a.yaml');
    fs.writeFileSync(a, 'words: [one]\n');
    writeYamlCache([a], cacheFile, new Map([[a, (data: unknown) => data]]));
    expect(readValidYamlFile(a, refuse, cacheFile)).toEqual({ words: ['one'] });
    fs.writeFileSync(a, 'words: 3\n');
    expect(() => readValidYamlFile(a, refuse, cacheFile)).toThrow('validated again');
    // A schema that fills in defaults gives other data than the file's: it runs at read time.
    fs.writeFileSync(a, 'words: [one]\n');
    const withDefaults = (data: unknown) => ({ ...(data as object), extra: [] });
    writeYamlCache([a], cacheFile, new Map([[a, withDefaults]]));
    expect(readValidYamlFile(a, withDefaults, cacheFile)).toEqual({ words: ['one'], extra: [] });
    expect(() => readValidYamlFile(a, refuse, cacheFile)).toThrow('validated again');
  });
});

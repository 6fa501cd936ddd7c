/** Knowledge: everything the extractor knows, loaded once from data files (lexicons, gazetteer, themes). */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { dataDir, lexiconDir } from '../../paths.js';
import { foldPhrase } from '../../text/fold.js';
import { phraseRegex } from '../../text/phrases.js';
import { buildGazetteer, placeKey, type Gazetteer } from './gazetteer.js';
import { readLexicons, type CompiledLexicon } from './lexicon.js';

const ThemesSchema = z.object({
  themes: z.record(
    z.string(),
    z.object({ label: z.record(z.string(), z.string()), cues: z.record(z.string(), z.array(z.string())) }),
  ),
});
const PlaceWordsSchema = z.object({
  province: z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
  district: z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
  township: z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
  lowWeight: z.array(z.string()),
  skip: z.array(z.string()),
  capital: z.array(z.string()),
});
const SurnamesSchema = z.object({
  surnames: z.array(z.string()),
  han: z.array(z.string()).default([]),
  katakana: z.array(z.string()).default([]),
  hangul: z.array(z.string()).default([]),
  cyrillic: z.array(z.string()).default([]),
});

export interface Theme {
  id: string;
  labels: Record<string, string>;
  re: RegExp | null;
  /** The cues of one language only: an article is matched against its own language's cues (much faster). */
  byLanguage: Map<string, RegExp | null>;
}

/** Every theme's cues in one regex, one capturing group per theme, so an item is scanned once. */
export interface ThemeMatcher {
  re: RegExp;
  /** Theme id and the index of its capturing group in a match. */
  groups: Array<{ id: string; index: number }>;
}

/** Capturing groups inside a regex source (so the theme groups around them can be numbered). */
const innerGroups = (source: string) => (new RegExp(`${source}|`, 'u').exec('') as RegExpExecArray).length - 1;

/** One matcher per language: that language's cues, or every language's for a theme that has none in it. */
function themeMatchers(themes: Theme[], languages: Iterable<string>): Map<string, ThemeMatcher> {
  const out = new Map<string, ThemeMatcher>();
  for (const lang of languages) {
    const parts: string[] = [];
    const groups: ThemeMatcher['groups'] = [];
    let index = 1;
    for (const t of themes) {
      const re = t.byLanguage.has(lang) ? t.byLanguage.get(lang) : t.re;
      if (!re) continue;
      parts.push(`(${re.source})`);
      groups.push({ id: t.id, index });
      index += 1 + innerGroups(re.source);
    }
    if (parts.length) out.set(lang, { re: new RegExp(parts.join('|'), 'gu'), groups });
  }
  return out;
}

export interface PlaceWords {
  provinceBefore: Set<string>;
  provinceAfter: Set<string>;
  districtBefore: Set<string>;
  districtAfter: Set<string>;
  townshipBefore: Set<string>;
  townshipAfter: Set<string>;
  lowWeight: Set<string>;
  skip: Set<string>;
  capital: Set<string>;
}

/** All the data the extractor needs, compiled. */
export interface Knowledge {
  lexicons: Map<string, CompiledLexicon>;
  gazetteer: Gazetteer;
  themes: Theme[];
  themeMatchers: Map<string, ThemeMatcher>;
  placeWords: PlaceWords;
  surnames: Set<string>;
}

function readYaml(file: string): unknown {
  return parse(fs.readFileSync(file, 'utf8'));
}

function readOptionalYaml(file: string): unknown {
  return fs.existsSync(file) ? readYaml(file) : undefined;
}

const toSet = (list: string[]) => new Set(list.map(placeKey));

let cached: Knowledge | null = null;

/** Load (once) and compile the extractor's knowledge from the package's data files. */
export function loadKnowledge(): Knowledge {
  if (cached) return cached;
  const lexicons = new Map(readLexicons(lexiconDir).map((l) => [l.language, l] as const));
  const gazetteer = buildGazetteer(
    JSON.parse(fs.readFileSync(path.join(dataDir, 'vn-admin-units.json'), 'utf8')),
    readOptionalYaml(path.join(dataDir, 'province-exonyms.yaml')),
  );
  const themesFile = ThemesSchema.parse(readOptionalYaml(path.join(lexiconDir, 'themes.yaml')) ?? { themes: {} });
  const themes = Object.entries(themesFile.themes).map(([id, t]) => ({
    id,
    labels: t.label,
    re: phraseRegex(Object.values(t.cues).flat()),
    byLanguage: new Map(Object.entries(t.cues).map(([lang, cues]) => [lang, phraseRegex(cues)] as const)),
  }));
  const pw = PlaceWordsSchema.parse(readYaml(path.join(dataDir, 'place-words.yaml')));
  const placeWords: PlaceWords = {
    provinceBefore: toSet(pw.province.before),
    provinceAfter: toSet(pw.province.after),
    districtBefore: toSet(pw.district.before),
    districtAfter: toSet(pw.district.after),
    townshipBefore: toSet(pw.township.before),
    townshipAfter: toSet(pw.township.after),
    lowWeight: toSet(pw.lowWeight),
    skip: toSet(pw.skip),
    capital: toSet(pw.capital),
  };
  const sn = SurnamesSchema.parse(readYaml(path.join(dataDir, 'vietnamese-surnames.yaml')));
  const surnames = new Set([...sn.surnames, ...sn.han, ...sn.katakana, ...sn.hangul, ...sn.cyrillic].map(foldPhrase));
  cached = { lexicons, gazetteer, themes, themeMatchers: themeMatchers(themes, lexicons.keys()), placeWords, surnames };
  return cached;
}

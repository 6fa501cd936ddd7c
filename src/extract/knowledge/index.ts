/** Knowledge: everything the extractor knows, loaded once from data files (lexicons, gazetteer, themes). */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { dataDir, lexiconDir } from '../../paths.js';
import { foldPhrase } from '../../text/fold.js';
import { alternativesSource, phraseAlternatives, phraseRegex, wordEnd, wordStart } from '../../text/phrases.js';
import { capturingGroups } from '../../text/regex-source.js';
import { buildGazetteer, placeKey, type Gazetteer } from './gazetteer.js';
import { lazyKind } from './lazy.js';
import { readLexicons, type CompiledLexicon } from './lexicon.js';
import { readYamlFile } from './yaml-cache.js';

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

type Cues = Record<string, string[]>;

/** The cues a theme brings to a language's matcher: that language's, or every language's for a theme that has none in it. */
const cuesFor = (cues: Cues, lang: string): string[] => (Object.hasOwn(cues, lang) ? (cues[lang] as string[]) : Object.values(cues).flat());

/**
 * The matcher of one language, compiled on first use. Consecutive themes whose every alternative
 * starts at a word start share one word-start check, ahead of their groups: the same matches
 * (an assertion at the start holds or fails for all of them alike), found several times faster
 * than with a check per theme at every position of the text. Likewise, consecutive themes whose
 * cues all end at a word end share one word-end check after their groups: `(?:(a)|(b))E` finds
 * what `(a)E|(b)E` finds (an alternative whose continuation fails is backtracked into the next),
 * and each check left out is one large Unicode class less to compile.
 */
const makeThemeMatcher = lazyKind<object, ThemeMatcher>();

function themeMatcher(themes: Array<{ id: string; cues: Cues }>, lang: string): ThemeMatcher {
  let built: ThemeMatcher | null = null;
  const build = (): ThemeMatcher => {
    if (built) return built;
    const parts: string[] = [];
    let run: string[] = [];
    let ending: string[] = [];
    const endEnding = () => {
      if (ending.length) run.push(`(?:${ending.join('|')})${wordEnd()}`);
      ending = [];
    };
    const endRun = () => {
      endEnding();
      if (run.length) parts.push(`${wordStart()}(?:${run.join('|')})`);
      run = [];
    };
    const groups: ThemeMatcher['groups'] = [];
    let index = 1;
    for (const t of themes) {
      const alternatives = phraseAlternatives(cuesFor(t.cues, lang));
      if (alternatives.length === 0) continue;
      const atWordStart = alternatives.every((a) => a.wordStart);
      const source = atWordStart ? alternatives.map((a) => a.body).join('|') : alternativesSource(alternatives);
      const only = alternatives.length === 1 ? alternatives[0] : undefined;
      if (atWordStart && only?.wordEnd) ending.push(`(${only.body.slice(0, -wordEnd().length)})`);
      else if (atWordStart) {
        endEnding();
        run.push(`(${source})`);
      } else {
        endRun();
        parts.push(`(${source})`);
      }
      groups.push({ id: t.id, index });
      // Capturing groups inside a theme's cues shift the numbers of the theme groups after it.
      index += 1 + capturingGroups(source);
    }
    endRun();
    built = { re: new RegExp(parts.join('|'), 'gu'), groups };
    return built;
  };
  return makeThemeMatcher({}, { re: () => build().re, groups: () => build().groups });
}

/** One matcher per language that has any cue: that language's cues, or every language's for a theme that has none in it. */
function themeMatchers(themes: Array<{ id: string; cues: Cues }>, languages: Iterable<string>): Map<string, ThemeMatcher> {
  const out = new Map<string, ThemeMatcher>();
  for (const lang of languages) {
    if (themes.some((t) => cuesFor(t.cues, lang).some((p) => p.trim() !== ''))) out.set(lang, themeMatcher(themes, lang));
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
  /** Family names, folded (any script). */
  surnames: Set<string>;
  /** Vietnamese family names as written, lower case: "trương" is a name where its folded form is also a title ("trưởng"). */
  surnamesAsWritten: Set<string>;
}

function readOptionalYaml(file: string): unknown {
  return fs.existsSync(file) ? readYamlFile(file) : undefined;
}

const toSet = (list: string[]) => new Set(list.map(placeKey));

const makeTheme = lazyKind<Pick<Theme, 'id' | 'labels'>, Pick<Theme, 're' | 'byLanguage'>>();

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
  const themeCues = Object.entries(themesFile.themes).map(([id, t]) => ({ id, cues: t.cues }));
  const themes: Theme[] = Object.entries(themesFile.themes).map(([id, t]) =>
    makeTheme(
      { id, labels: t.label },
      {
        re: () => phraseRegex(Object.values(t.cues).flat()),
        byLanguage: () => new Map(Object.entries(t.cues).map(([lang, cues]) => [lang, phraseRegex(cues)] as const)),
      },
    ),
  );
  const pw = PlaceWordsSchema.parse(readYamlFile(path.join(dataDir, 'place-words.yaml')));
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
  const sn = SurnamesSchema.parse(readYamlFile(path.join(dataDir, 'vietnamese-surnames.yaml')));
  const surnames = new Set([...sn.surnames, ...sn.han, ...sn.katakana, ...sn.hangul, ...sn.cyrillic].map(foldPhrase));
  const surnamesAsWritten = new Set(sn.surnames.map((name) => name.normalize('NFC').toLowerCase()));
  cached = { lexicons, gazetteer, themes, themeMatchers: themeMatchers(themeCues, lexicons.keys()), placeWords, surnames, surnamesAsWritten };
  return cached;
}

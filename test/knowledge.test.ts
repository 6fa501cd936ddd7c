/** Knowledge: lazily compiled regexes all compile, and the theme matchers find what one group per theme finds. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { compileAllRegexes } from '../src/extract/knowledge/lexicon.js';
import { lexiconDir } from '../src/paths.js';
import { fold } from '../src/text/fold.js';
import { phraseRegex, phraseSource } from '../src/text/phrases.js';

describe('knowledge', () => {
  const k = loadKnowledge();

  it('compiles every regex of every lexicon', () => {
    for (const lex of k.lexicons.values()) expect(() => compileAllRegexes(lex)).not.toThrow();
    for (const t of k.themes) expect(t.byLanguage.size).toBeGreaterThan(0);
  });

  it('compiles phrases that fold alike into one alternative, matching both spellings', () => {
    expect(phraseSource(['ma túy', 'ma tuy', 'Ma Tuý'])).toBe(phraseSource(['ma tuy']));
    const re = phraseRegex(['ma túy', 'buôn lậu']) as RegExp;
    expect(fold('Tội phạm ma túy và buon lau').match(re)).toEqual(['ma tuy', 'buon lau']);
  });

  it('theme matchers match as one plain group per theme does', () => {
    const themes = (parse(fs.readFileSync(path.join(lexiconDir, 'themes.yaml'), 'utf8')) as { themes: Record<string, { cues: Record<string, string[]> }> }).themes;
    const cues = Object.values(themes).flatMap((t) => Object.values(t.cues).flat());
    // Cues run into letters before and after them, where the shared word-start and word-end checks decide.
    const texts = cues.map(
      (c, i) =>
        `${fold(c)} ${i % 3 ? 'x' : ''}${fold(cues[(i * 7) % cues.length] as string)}, ${fold(cues[(i * 13) % cues.length] as string)}${i % 2 ? 's' : 'x'} ${fold(c)}${fold(cues[(i * 5) % cues.length] as string)}`,
    );
    for (const [lang, matcher] of k.themeMatchers) {
      const sources = Object.entries(themes).map(([id, t]) => [id, phraseSource(Object.hasOwn(t.cues, lang) ? (t.cues[lang] as string[]) : Object.values(t.cues).flat())] as const);
      const present = sources.filter(([, s]) => s !== null) as Array<readonly [string, string]>;
      const plain = new RegExp(present.map(([, s]) => `(${s})`).join('|'), 'gu');
      const ids = (re: RegExp, text: string, idOf: (m: RegExpExecArray) => string | undefined) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${idOf(m)}`);
      let group = 1;
      const plainGroups = present.map(([id, s]) => {
        const g = { id, index: group };
        group += 1 + ((new RegExp(`${s}|`, 'u').exec('') as RegExpExecArray).length - 1);
        return g;
      });
      for (const text of texts) {
        expect(ids(matcher.re, text, (m) => matcher.groups.find((g) => m[g.index] !== undefined)?.id)).toEqual(ids(plain, text, (m) => plainGroups.find((g) => m[g.index] !== undefined)?.id));
      }
    }
  });
});

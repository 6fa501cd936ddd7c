/** capturingGroups counts a regex source's groups without compiling it, as compiling would. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lexiconDir } from '../src/paths.js';
import { phraseSource } from '../src/text/phrases.js';
import { capturingGroups } from '../src/text/regex-source.js';

/** The count a compiled regex gives: the length of a match of the source or nothing. */
const compiled = (source: string) => (new RegExp(`${source}|`, 'u').exec('') as RegExpExecArray).length - 1;

describe('capturingGroups', () => {
  it('counts groups, named groups and nothing else', () => {
    const sources = ['', 'a', '(a)', '(?:a)', '(?<y>\\d{4})', '(?<=a)b', '(?<!a)b', '(?=a)', '(?!a)', '\\(a\\)', '[(]', '[\\]()]', '[^)](b)', '((a)|(?:b))', '\\\\(a)', '(?<a>x)(?<b>y)\\k<a>', '[\\p{L}(]+(x)'];
    for (const s of sources) expect(capturingGroups(s), s).toBe(compiled(s));
  });

  it('counts the groups of every theme cue list', () => {
    const themes = parse(fs.readFileSync(path.join(lexiconDir, 'themes.yaml'), 'utf8')) as { themes: Record<string, { cues: Record<string, string[]> }> };
    for (const t of Object.values(themes.themes)) {
      for (const cues of Object.values(t.cues)) {
        const source = phraseSource(cues);
        if (source) expect(capturingGroups(source)).toBe(compiled(source));
      }
    }
  });
});

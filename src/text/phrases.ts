/** Compile lexicon phrase lists into regexes over folded text, with word boundaries where the script has them. */
import { escapeRegExp, foldPhrase, isWordChar } from './fold.js';

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * One regex matching any of the phrases, longest first; null when the list is empty. A phrase
 * holding a backslash is a regex source; anything else is literal text, folded. Literal phrases
 * share their word-boundary checks (one lookaround per group, not per phrase), which keeps the
 * regex small: a Unicode property class per phrase made compiling take seconds.
 */
export function phraseRegex(phrases: readonly string[], flags = 'gu'): RegExp | null {
  const list = [...new Set(phrases)].filter((p) => p.trim() !== '');
  if (list.length === 0) return null;
  list.sort((a, b) => b.length - a.length || a.localeCompare(b));
  const groups = new Map<string, string[]>();
  const sources: string[] = [];
  for (const phrase of list) {
    if (phrase.includes('\\')) {
      sources.push(`(?:${phrase})`);
      continue;
    }
    const folded = foldPhrase(phrase);
    const key = `${isWordChar(folded[0]) ? 's' : ''}${isWordChar(folded[folded.length - 1]) ? 'e' : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), escapeRegExp(folded).replace(/ /g, '\\s+')]);
  }
  const literal = ['se', 's', 'e', ''].flatMap((key) => {
    const bodies = groups.get(key);
    if (!bodies) return [];
    return [`${key.includes('s') ? WORD_START : ''}(?:${bodies.join('|')})${key.includes('e') ? WORD_END : ''}`];
  });
  return new RegExp([...literal, ...sources].join('|'), flags);
}

/** All matches of a global regex in a text, as [start, end, match]. */
export function allMatches(re: RegExp | null, text: string): RegExpExecArray[] {
  if (!re) return [];
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The first match of a global regex in a text, or undefined (without collecting the others). */
export function firstMatch(re: RegExp | null, text: string): RegExpExecArray | undefined {
  if (!re) return undefined;
  re.lastIndex = 0;
  return re.exec(text) ?? undefined;
}

/** True when the regex matches anywhere in the text. */
export function matches(re: RegExp | null, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

/** Compile lexicon phrase lists into regexes over folded text, with word boundaries where the script has them. */
import { escapeRegExp, foldPhrase, isWordChar } from './fold.js';

/** A phrase holding a backslash is a regex source; anything else is literal text. */
function phraseSource(phrase: string): string {
  if (phrase.includes('\\')) return phrase;
  const folded = foldPhrase(phrase);
  const body = escapeRegExp(folded).replace(/ /g, '\\s+');
  const start = isWordChar(folded[0]) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = isWordChar(folded[folded.length - 1]) ? '(?![\\p{L}\\p{N}])' : '';
  return `${start}${body}${end}`;
}

/** One regex matching any of the phrases, longest first; null when the list is empty. */
export function phraseRegex(phrases: readonly string[], flags = 'gu'): RegExp | null {
  const list = [...new Set(phrases)].filter((p) => p.trim() !== '');
  if (list.length === 0) return null;
  list.sort((a, b) => b.length - a.length);
  return new RegExp(list.map((p) => `(?:${phraseSource(p)})`).join('|'), flags);
}

/** A regex that never matches, for empty lists. */
export const NEVER = /(?!)/gu;

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

/** True when the regex matches anywhere in the text. */
export function matches(re: RegExp | null, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

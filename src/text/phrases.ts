/** Compile lexicon phrase lists into regexes over folded text, with word boundaries where the script has them. */
import { escapeRegExp, foldPhrase, isWordChar } from './fold.js';
import { compactClasses, wordChars } from './word-class.js';

/** Not after a letter or digit: where a word starts (in scripts that put spaces between words). */
export const wordStart = (): string => `(?<![${wordChars()}])`;
/** Not before a letter or digit: where a word ends. */
export const wordEnd = (): string => `(?![${wordChars()}])`;

/** Orders as String.prototype.localeCompare does (same locale, same options) without making a collator per call. */
const collator = new Intl.Collator();

/** One top-level alternative of a phrase regex: its source, and whether it holds only at a word start. */
export interface PhraseAlternative {
  /** The alternative begins with wordStart() (left out of `body`). */
  wordStart: boolean;
  /** `body` ends with wordEnd(). */
  wordEnd: boolean;
  body: string;
}

/**
 * The alternatives of one regex matching any of the phrases, longest first; none when the list
 * is empty. A phrase holding a backslash is a regex source; anything else is literal text,
 * folded. Literal phrases share their word-boundary checks (one lookaround per group, not per
 * phrase), which keeps the regex small: a Unicode property class per phrase made compiling take seconds.
 */
export function phraseAlternatives(phrases: readonly string[]): PhraseAlternative[] {
  const list = [...new Set(phrases)].filter((p) => p.trim() !== '');
  list.sort((a, b) => b.length - a.length || collator.compare(a, b));
  const groups = new Map<string, string[]>();
  const sources: PhraseAlternative[] = [];
  for (const phrase of list) {
    if (phrase.includes('\\')) {
      sources.push({ wordStart: false, wordEnd: false, body: `(?:${compactClasses(phrase)})` });
      continue;
    }
    const folded = foldPhrase(phrase);
    const key = `${isWordChar(folded[0]) ? 's' : ''}${isWordChar(folded[folded.length - 1]) ? 'e' : ''}`;
    const body = escapeRegExp(folded).replace(/ /g, '\\s+');
    const group = groups.get(key) ?? [];
    // Phrases that fold alike ("ma túy", "ma tuy") are one alternative: a second could never match where the first did not.
    if (!group.includes(body)) groups.set(key, [...group, body]);
  }
  const literal = ['se', 's', 'e', ''].flatMap((key) => {
    const bodies = groups.get(key);
    if (!bodies) return [];
    return [{ wordStart: key.includes('s'), wordEnd: key.includes('e'), body: `(?:${bodies.join('|')})${key.includes('e') ? wordEnd() : ''}` }];
  });
  return [...literal, ...sources];
}

/** The regex source of phrase alternatives. */
export const alternativesSource = (alternatives: readonly PhraseAlternative[]): string =>
  alternatives.map((a) => (a.wordStart ? wordStart() : '') + a.body).join('|');

/** The source of one regex matching any of the phrases (see phraseAlternatives); null when the list is empty. */
export function phraseSource(phrases: readonly string[]): string | null {
  const alternatives = phraseAlternatives(phrases);
  return alternatives.length === 0 ? null : alternativesSource(alternatives);
}

/** The regex of phraseSource, or null when the list is empty. */
export function phraseRegex(phrases: readonly string[], flags = 'gu'): RegExp | null {
  const source = phraseSource(phrases);
  return source === null ? null : new RegExp(source, flags);
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

/** Themes: tag each item with the themes whose cues it mentions, for aligning provinces. */
import type { Item } from '../model/review.js';
import { matches } from '../text/phrases.js';
import { fold } from '../text/fold.js';
import type { Theme } from './knowledge/index.js';

/** The item with its themes filled in, in theme-file order: the article language's cues, or all cues when a theme has none in it. */
export function withThemes(item: Item, themes: Theme[], language: string): Item {
  const folded = fold(item.text);
  return { ...item, themes: themes.filter((t) => matches(t.byLanguage.has(language) ? (t.byLanguage.get(language) ?? null) : t.re, folded)).map((t) => t.id) };
}

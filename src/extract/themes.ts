/** Themes: tag each item with the themes whose cues it mentions, for aligning provinces. */
import type { Item } from '../model/review.js';
import { matches } from '../text/phrases.js';
import { fold } from '../text/fold.js';
import type { Theme } from './knowledge/index.js';

/** The item with its themes filled in, in theme-file order. */
export function withThemes(item: Item, themes: Theme[]): Item {
  const folded = fold(item.text);
  return { ...item, themes: themes.filter((t) => matches(t.re, folded)).map((t) => t.id) };
}

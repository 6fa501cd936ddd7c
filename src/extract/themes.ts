/** Themes: tag each item with the themes whose cues it mentions, for aligning provinces. */
import type { Item } from '../model/review.js';
import { fold } from '../text/fold.js';
import type { Theme, ThemeMatcher } from './knowledge/index.js';

/**
 * The item with its themes filled in, in theme-file order, scanning the item once with the
 * language's matcher; `folded` is the item's text folded, when already at hand.
 */
export function withThemes(item: Item, themes: Theme[], matcher: ThemeMatcher | undefined, folded = fold(item.text)): Item {
  if (!matcher) return { ...item, themes: [] };
  const found = new Set<string>();
  matcher.re.lastIndex = 0;
  for (let m = matcher.re.exec(folded); m; m = matcher.re.exec(folded)) {
    if (m[0].length === 0) matcher.re.lastIndex++;
    const hit = matcher.groups.find((g) => m![g.index] !== undefined);
    if (hit) found.add(hit.id);
  }
  return { ...item, themes: themes.filter((t) => found.has(t.id)).map((t) => t.id) };
}

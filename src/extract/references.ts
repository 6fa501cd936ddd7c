/** References: legal and Party documents (Decree No. 03/2019/ND-CP), normalized to English types and deduplicated. */
import { hasDigit } from '../text/char-classes.js';
import { fold } from '../text/fold.js';
import { allMatches } from '../text/phrases.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';
import type { Sentence } from './sentences.js';

const NUMBER_AFTER = /^\s*(?:No\.?\s*|Nos\.?\s*|số\s*|so\s*|n°\s*|nº\s*|N°\s*|№\s*|第\s*)?(\d[\p{L}\p{N}/.-]*[\p{L}\p{N}])?/u;

const keyOf = (type: string, num: string) => `${type}|${fold(num).replace(/[^a-z0-9]/g, '')}`;

/** Document references in the sentences, as "Type No. number", shorter duplicates ("decree 03") folded into longer ones. */
export function findReferences(sentences: Sentence[], lex: CompiledLexicon): string[] {
  const found: Array<{ type: string; number: string }> = [];
  for (const s of sentences) {
    // A reference is kept only with its number, which starts with a digit.
    if (!hasDigit(s.folded)) continue;
    for (const { type, re } of lex.references) {
      for (const m of allMatches(re, s.folded)) {
        const rest = s.text.slice(m.index + m[0].length);
        const n = NUMBER_AFTER.exec(rest)?.[1];
        if (!n || /^(19|20)\d\d$/.test(n)) continue;
        found.push({ type, number: n.replace(/[.]$/, '') });
      }
    }
  }
  const unique = new Map<string, { type: string; number: string }>();
  for (const r of found) unique.set(keyOf(r.type, r.number), r);
  const list = [...unique.values()];
  const kept = list.filter(
    (r) => !list.some((o) => o !== r && o.type === r.type && o.number.length > r.number.length && /^[/\-]/.test(o.number.slice(r.number.length)) && o.number.startsWith(r.number)),
  );
  return kept.map((r) => `${r.type} No. ${r.number}`);
}

/** References: legal and Party documents (Decree No. 03/2019/ND-CP), normalized to English types and deduplicated. */
import { hasDigit } from '../text/char-classes.js';
import { fold } from '../text/fold.js';
import { allMatches } from '../text/phrases.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';
import type { Sentence } from './sentences.js';

/** A document number: digits first, then letters, digits and separators ("03/2019/NĐ-CP", "44-KL/TW"). */
const NUMBER = String.raw`\d[\p{L}\p{N}/.-]*[\p{L}\p{N}]`;
/** The words that announce a number: No., Nr., núm., n°, số, №, 第 ... */
const NUMBER_MARK = String.raw`(?:Nos?\.?|Nr\.?|núm\.?|n\.?º|n°|nº|N°|số|so|№|第)`;
/** The number right after the type word, with or without its mark ("Decree No. 03/2019/ND-CP", "Directive 36"). */
const NUMBER_AFTER = new RegExp(String.raw`^\s*(?:${NUMBER_MARK}\s*)?(${NUMBER})?`, 'u');
/** The number after the document's name ("the Law on Militia and Self-Defence Forces No. 48/2019/QH14"): a marked number with a slash, before any comma or stop. */
const NUMBER_AFTER_NAME = new RegExp(String.raw`^[^,;:.()，。；]{1,80}?\s${NUMBER_MARK}\s*(\d[\p{L}\p{N}.-]*/[\p{L}\p{N}/.-]*[\p{L}\p{N}])`, 'u');
/** The number before the type word, as Chinese and Japanese write it: 第03/2019/NĐ-CP号议定. */
const NUMBER_BEFORE = new RegExp(String.raw`第\s*(${NUMBER})\s*号\s*$`, 'u');

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
        const n = NUMBER_AFTER.exec(rest)?.[1] ?? NUMBER_BEFORE.exec(s.text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? NUMBER_AFTER_NAME.exec(rest)?.[1];
        if (!n || /^(19|20)\d\d$/.test(n)) continue;
        // "NĐ-CP" (Nghị định, Chính phủ) is written "ND-CP" in the English types the list uses.
        found.push({ type, number: n.replace(/[.]$/, '').replace(/Đ/g, 'D').replace(/đ/g, 'd') });
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

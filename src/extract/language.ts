/** Language detection: script first (Han, kana, Hangul, Cyrillic), then the lexicons' stopwords; Vietnamese letters decide vi. */
import { fold } from '../text/fold.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';

const VIETNAMESE = new Set('ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ');
const LETTER = /\p{L}/u;

/** Letters per script in one pass over the sample (ranges of the Unicode blocks). */
function scriptCounts(sample: string) {
  let letters = 0, kana = 0, hangul = 0, han = 0, cyrillic = 0, vietnamese = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x41) continue;
    if (c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) : LETTER.test(ch)) letters++;
    else continue;
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (VIETNAMESE.has(ch)) vietnamese++;
  }
  return { letters: letters || 1, kana, hangul, han, cyrillic, vietnamese };
}

/**
 * The ISO 639-1 code of the text's language among the known lexicons, or 'en' when nothing
 * is known about it (the caller warns). Works on Vietnamese without diacritics through stopwords.
 */
export function detectLanguage(text: string, lexicons: Map<string, CompiledLexicon>): { language: string; confident: boolean } {
  const sample = text.slice(0, 1500);
  const { letters, kana, hangul, han, cyrillic, vietnamese: vietnameseLetters } = scriptCounts(sample);
  if (hangul / letters > 0.2) return { language: 'ko', confident: true };
  if (kana / letters > 0.05) return { language: 'ja', confident: true };
  if (han / letters > 0.2) return { language: 'zh', confident: true };
  if (cyrillic / letters > 0.3) return { language: 'ru', confident: true };
  if (vietnameseLetters / letters > 0.03) return { language: 'vi', confident: true };
  const words = fold(sample).match(/\p{L}+/gu) ?? [];
  let best = 'en';
  let bestScore = 0;
  for (const [lang, lex] of lexicons) {
    if (['zh', 'ja', 'ko', 'ru'].includes(lang)) continue;
    let score = 0;
    for (const w of words) if (lex.stopwords.has(w)) score++;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return { language: best, confident: words.length > 0 && bestScore / words.length > 0.08 };
}

/** Language detection: script first (Han, kana, Hangul, Cyrillic), then the lexicons' stopwords; Vietnamese letters decide vi. */
import { fold } from '../text/fold.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/**
 * The ISO 639-1 code of the text's language among the known lexicons, or 'en' when nothing
 * is known about it (the caller warns). Works on Vietnamese without diacritics through stopwords.
 */
export function detectLanguage(text: string, lexicons: Map<string, CompiledLexicon>): { language: string; confident: boolean } {
  const sample = text.slice(0, 1500);
  const letters = count(sample, /\p{L}/gu) || 1;
  const kana = count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(sample, /\p{Script=Hangul}/gu);
  const han = count(sample, /\p{Script=Han}/gu);
  const cyrillic = count(sample, /\p{Script=Cyrillic}/gu);
  if (hangul / letters > 0.2) return { language: 'ko', confident: true };
  if (kana / letters > 0.05) return { language: 'ja', confident: true };
  if (han / letters > 0.2) return { language: 'zh', confident: true };
  if (cyrillic / letters > 0.3) return { language: 'ru', confident: true };
  const vietnameseLetters = count(sample, /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ]/gu);
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

/** Language detection: script first (Han, kana, Hangul, Cyrillic), then the lexicons' stopwords; Vietnamese letters decide vi. */
import { mapPacked } from '../text/packed.js';
import type { ArticleParagraph } from '../model/article.js';
import { fold } from '../text/fold.js';
import { isLetter, letterRuns } from '../text/char-classes.js';
import type { CompiledLexicon } from './knowledge/lexicon.js';

/** Characters read: the start of the text is enough. */
const SAMPLE_LENGTH = 1500;

const VIETNAMESE = new Set(Array.from('ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ', (ch) => ch.codePointAt(0) as number));
/** The lowest of them: plain Latin letters below it need no look-up. */
const VIETNAMESE_MIN = Math.min(...VIETNAMESE);
/** Letters per script in one pass over the sample's code points (ranges of the Unicode blocks). */
function scriptCounts(sample: string) {
  let letters = 0, kana = 0, hangul = 0, han = 0, cyrillic = 0, vietnamese = 0;
  for (let i = 0; i < sample.length; i++) {
    let c = sample.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) {
      const low = sample.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (c < 0x41) continue;
    if (isLetter(c)) letters++;
    else continue;
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (c >= VIETNAMESE_MIN && VIETNAMESE.has(c)) vietnamese++;
  }
  return { letters: letters || 1, kana, hangul, han, cyrillic, vietnamese };
}

/** Languages told apart by stopwords (those with scripts of their own are told by script), and each stopword's languages. */
interface StopwordIndex {
  languages: string[];
  /** Stopword to the indexes (in `languages`) of the languages that list it. */
  index: Map<string, number[]>;
}

/** Built once per set of lexicons (knowledge does not change once loaded). */
const stopwordIndexes = new WeakMap<Map<string, CompiledLexicon>, StopwordIndex>();

function stopwordIndex(lexicons: Map<string, CompiledLexicon>): StopwordIndex {
  let built = stopwordIndexes.get(lexicons);
  if (built) return built;
  built = { languages: [], index: new Map() };
  for (const [lang, lex] of lexicons) {
    if (['zh', 'ja', 'ko', 'ru'].includes(lang)) continue;
    const at = built.languages.push(lang) - 1;
    for (const w of lex.stopwords) {
      const list = built.index.get(w);
      if (list) list.push(at);
      else built.index.set(w, [at]);
    }
  }
  stopwordIndexes.set(lexicons, built);
  return built;
}

/**
 * The ISO 639-1 code of the text's language among the known lexicons, or 'en' when nothing
 * is known about it (the caller warns). Works on Vietnamese without diacritics through stopwords.
 */
export function detectLanguage(text: string, lexicons: Map<string, CompiledLexicon>, folded?: string): { language: string; confident: boolean } {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const { letters, kana, hangul, han, cyrillic, vietnamese: vietnameseLetters } = scriptCounts(sample);
  if (hangul / letters > 0.2) return { language: 'ko', confident: true };
  if (kana / letters > 0.05) return { language: 'ja', confident: true };
  if (han / letters > 0.2) return { language: 'zh', confident: true };
  if (cyrillic / letters > 0.3) return { language: 'ru', confident: true };
  if (vietnameseLetters / letters > 0.03) return { language: 'vi', confident: true };
  const words = letterRuns(folded === undefined ? fold(sample) : folded.slice(0, SAMPLE_LENGTH));
  const { languages, index } = stopwordIndex(lexicons);
  const scores = mapPacked(languages, () => 0);
  for (const w of words) for (const at of index.get(w) ?? []) scores[at]!++;
  let best = 'en';
  let bestScore = 0;
  languages.forEach((lang, at) => {
    if (scores[at]! > bestScore) {
      best = lang;
      bestScore = scores[at]!;
    }
  });
  return { language: best, confident: words.length > 0 && bestScore / words.length > 0.08 };
}

/**
 * detectLanguage over an article's paragraphs, joined by newlines, without joining more than it
 * reads; `folded` (foldParagraphs of the same paragraphs) saves folding them again.
 */
export function detectArticleLanguage(
  paragraphs: readonly ArticleParagraph[],
  lexicons: Map<string, CompiledLexicon>,
  folded?: ReadonlyArray<string | null>,
): { language: string; confident: boolean } {
  let text = '';
  let foldedText: string | undefined = '';
  for (let i = 0; i < paragraphs.length && text.length < SAMPLE_LENGTH; i++) {
    text += (i > 0 ? '\n' : '') + paragraphs[i]!.text;
    const f = folded?.[i];
    foldedText = f == null || foldedText === undefined ? undefined : foldedText + (i > 0 ? '\n' : '') + f;
  }
  return detectLanguage(text, lexicons, foldedText);
}

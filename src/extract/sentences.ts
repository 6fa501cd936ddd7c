/** Sentences: split each paragraph with Intl.Segmenter, guarded by the lexicon's abbreviations; offsets kept. */
import type { ArticleParagraph } from '../model/article.js';
import { fold } from '../text/fold.js';

/** One sentence with its place in the cleaned text. */
export interface Sentence {
  paragraph: number;
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
  text: string;
  /** Same length as `text`: lower case, no diacritics (offsets line up). */
  folded: string;
  role: ArticleParagraph['role'];
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/** True when the piece ends with an abbreviation ("No.", "Mr.") or a lone initial, so the sentence goes on. */
function endsWithAbbreviation(piece: string, abbreviations: Set<string>): boolean {
  const m = /(\S+)\.\s*$/.exec(piece);
  if (!m || !m[1]) return false;
  const token = m[1].replace(/^[("“'‘]+/, '');
  return abbreviations.has(token) || /^\p{Lu}$/u.test(token);
}

/** Split paragraphs into sentences. */
export function splitSentences(paragraphs: ArticleParagraph[], language: string, abbreviations: Set<string>): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    let pending: { start: number; end: number } | null = null;
    const push = (start: number, end: number) => {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(p.text[s] as string)) s++;
      while (e > s && /\s/.test(p.text[e - 1] as string)) e--;
      if (e > s) {
        const text = p.text.slice(s, e);
        out.push({ paragraph: index, start: s, end: e, text, folded: fold(text), role: p.role });
      }
    };
    for (const seg of segmenter(language).segment(p.text)) {
      const start: number = pending ? pending.start : seg.index;
      const end = seg.index + seg.segment.length;
      if (endsWithAbbreviation(seg.segment, abbreviations) && end < p.text.length) {
        pending = { start, end };
        continue;
      }
      pending = null;
      push(start, end);
    }
    if (pending) push(pending.start, pending.end);
  });
  return out;
}

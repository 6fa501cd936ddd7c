/** makeCorpus: N synthetic review-conference articles over the 63 provinces, in rotating languages and formats. Deterministic. */
import { LANGS, type Lang } from './corpus-banks.js';
import { articleFacts } from './corpus-facts.js';
import { toHtml, toMd, toTxt } from './corpus-formats.js';
import { articleText, ascii, type Wording } from './corpus-text.js';
import { mulberry32, seedFor } from './prng.js';
import { english } from './wording-en.js';
import { french } from './wording-fr.js';
import { vietnamese } from './wording-vi.js';

export interface CorpusOptions {
  articles: number;
  /** PRNG seed; the same seed gives byte-identical files (default 1). */
  seed?: number;
  /** Languages in rotation (default en, vi, fr). */
  languages?: readonly Lang[];
}

export interface CorpusFile {
  name: string;
  content: string;
}

const WORDINGS: Record<Lang, Wording> = { en: english, vi: vietnamese, fr: french };

/** The corpus as file names and contents; article i is the same whatever N is. */
export function makeCorpus(options: CorpusOptions): CorpusFile[] {
  const seed = options.seed ?? 1;
  const langs = options.languages?.length ? options.languages : LANGS;
  const out: CorpusFile[] = [];
  for (let i = 0; i < options.articles; i++) {
    const rng = mulberry32(seedFor(seed, i));
    const facts = articleFacts(i, langs, rng);
    const text = articleText(facts, WORDINGS[facts.lang], rng);
    const content = facts.format === 'txt' ? toTxt(text, facts) : facts.format === 'md' ? toMd(text) : toHtml(text);
    const place = ascii(facts.province.name).toLowerCase().replace(/[^a-z0-9]+/g, '-');
    out.push({ name: `${String(i).padStart(5, '0')}-${facts.province.code}-${place}.${facts.lang}.${facts.format}`, content: content.normalize('NFC') });
  }
  return out;
}

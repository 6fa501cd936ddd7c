/** Language knowledge is data: every lexicon file has every key, its regexes compile, and its dates parse. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/extract/dates.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { LexiconSchema } from '../src/model/lexicon.js';
import { lexiconDir } from '../src/paths.js';
import { fold } from '../src/text/fold.js';

const files = fs.readdirSync(lexiconDir).filter((f) => /^[a-z]{2}\.yaml$/.test(f)).sort();
const english = parse(fs.readFileSync(path.join(lexiconDir, 'en.yaml'), 'utf8')) as Record<string, unknown>;

describe('lexicons', () => {
  it('cover en, fr, vi and at least es, de, ru, zh, ja, ko', () => {
    expect(files.map((f) => f.slice(0, 2))).toEqual(expect.arrayContaining(['en', 'fr', 'vi', 'es', 'de', 'ru', 'zh', 'ja', 'ko']));
  });

  for (const f of files) {
    it(`${f} has every key of en.yaml and passes the schema`, () => {
      const lex = parse(fs.readFileSync(path.join(lexiconDir, f), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(lex).sort()).toEqual(Object.keys(english).sort());
      expect(LexiconSchema.safeParse(lex).success).toBe(true);
    });
  }

  const samples: Record<string, [string, { month: number; day: number; year: number | null }]> = {
    en: ['The conference was held on January 26, 2024.', { month: 1, day: 26, year: 2024 }],
    fr: ['La conférence a eu lieu le 19 janvier 2024.', { month: 1, day: 19, year: 2024 }],
    vi: ['Hội nghị diễn ra ngày 15 tháng 3 năm 2024.', { month: 3, day: 15, year: 2024 }],
    es: ['La conferencia se celebró el 15 de marzo de 2024.', { month: 3, day: 15, year: 2024 }],
    de: ['Die Konferenz fand am 15. März 2024 statt.', { month: 3, day: 15, year: 2024 }],
    ru: ['Конференция прошла 15 марта 2024 года.', { month: 3, day: 15, year: 2024 }],
    zh: ['会议于2024年3月15日举行。', { month: 3, day: 15, year: 2024 }],
    ja: ['会議は２０２４年３月１５日に開かれた。', { month: 3, day: 15, year: 2024 }],
    ko: ['회의는 2024년 3월 15일 열렸다.', { month: 3, day: 15, year: 2024 }],
  };
  for (const [lang, [text, expected]] of Object.entries(samples)) {
    it(`reads a ${lang} date`, () => {
      const lex = loadKnowledge().lexicons.get(lang)!;
      const sentence = { paragraph: 0, start: 0, end: text.length, text, folded: fold(text), role: 'body' as const };
      expect(findDates([sentence], [lex])[0]).toMatchObject(expected);
    });
  }
});

/** People: chair names survive titles, family names that look like organisation words, and French articles. */
import { describe, expect, it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';

const chairOf = (text: string, file: string) => {
  const r = parseArticle(new TextEncoder().encode(text), file);
  if (r.kind !== 'article') throw new Error('not an article');
  return articleToReview(r.article, loadKnowledge()).conference.chair;
};

describe('chair names', () => {
  it('a family name that folds like an organisation word (Đặng, Công) stays in the name', () => {
    const body = '\nNăm 2023, lực lượng công an đã điều tra làm rõ 265 vụ phạm pháp hình sự, bắt giữ 390 đối tượng.\n';
    expect(chairOf(`Sáng 15/3, tỉnh Quảng Trị tổ chức hội nghị tổng kết năm 2023. Chủ tịch UBND tỉnh Đặng Văn Hùng chủ trì hội nghị.${body}`, 'a.txt')).toEqual({ name: 'Đặng Văn Hùng', title: 'Chủ tịch UBND tỉnh' });
    expect(chairOf(`Sáng 15/3, tỉnh Quảng Trị tổ chức hội nghị tổng kết năm 2023. Phó Chủ tịch UBND tỉnh Nguyễn Công Hùng chủ trì hội nghị.${body}`, 'b.txt')?.name).toBe('Nguyễn Công Hùng');
  });

  it('"présidée par Le Van Dung" keeps the family name Lê', () => {
    const text = 'Le 19 janvier 2024, le Comité populaire de la province de Quang Nam a tenu une conférence présidée par Le Van Dung, président du Comité populaire provincial.\nLes forces ont organisé 611 mobilisations de masse en 2023.\n';
    expect(chairOf(text, 'c.txt')?.name).toBe('Le Van Dung');
  });
});

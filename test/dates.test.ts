/** Conference date and periods as a reader sees them in the Review: small articles of our own, one trap each. */
import { describe, expect, it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';
import type { Review } from '../src/model/review.js';

const k = loadKnowledge();

/** The Review of a small article; `published` goes into Markdown front matter. */
function review(language: string, paragraphs: string[], published?: string): Review {
  const front = ['---', `language: ${language}`, ...(published ? [`published: ${published}`] : []), '---', ''];
  const ingested = parseArticle(Buffer.from([...front, ...paragraphs.flatMap((p) => [p, ''])].join('\n')), 'article.md');
  if (ingested.kind !== 'article') throw new Error('read as a Review');
  return articleToReview(ingested.article, k);
}

const seen = (r: Review) => ({ date: r.conference.date, dateInferred: r.conference.dateInferred, period: r.period, kind: r.kind });

describe('conference date', () => {
  it('takes the full date, not a year-less dateline, from the same sentence (fr)', () => {
    const r = review('fr', [
      "Dien Bien Phu, 12 janvier (VNA) – Le Comité populaire provincial a organisé le 11 janvier 2024 une conférence pour dresser le bilan de la défense nationale en 2023 et fixer les tâches pour 2024.",
      "Le président du Comité populaire provincial a présidé la conférence. Les forces armées ont atteint leurs objectifs.",
    ]);
    expect(seen(r)).toEqual({ date: '2024-01-11', dateInferred: false, period: { reviewed: '2023', next: '2024' }, kind: 'annual-review' });
  });

  it('takes the full date, not a year-less dateline, from the same sentence (ru)', () => {
    const r = review('ru', [
      'Ханой, 20 января (ВИА) – 19 января 2024 года народный комитет провинции провёл конференцию по подведению итогов работы в 2023 году и определению задач на 2024 год.',
    ]);
    expect(seen(r)).toMatchObject({ date: '2024-01-19', dateInferred: false, period: { reviewed: '2023', next: '2024' } });
  });

});


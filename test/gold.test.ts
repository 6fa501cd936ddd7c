/** `brief extract --json` on the seeds, scored against the careful reader's gold file: every check must hold. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReviewSchema, type Review } from '../src/model/review.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { scoreReview, type Expected } from './helpers/gold.js';

const goldFile = path.join(repoRoot, '..', 'shared', 'corpus', 'seeds.gold.json');
const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { articles: Expected[] };

describe('seeds against seeds.gold.json', () => {
  const run = runCli(['extract', 'input', '--json']);
  const reviews = JSON.parse(run.stdout) as Review[];

  it('prints one valid Review per seed and exits 0', () => {
    expect(run.status).toBe(0);
    expect(reviews).toHaveLength(gold.articles.length);
    for (const r of reviews) expect(ReviewSchema.safeParse(r).success).toBe(true);
  });

  for (const g of gold.articles) {
    it(`${g.file}: every gold check holds`, () => {
      const review = reviews.find((r) => r.source.file.endsWith(g.file));
      expect(review, `no review for ${g.file}`).toBeDefined();
      expect(scoreReview(review as Review, g)).toEqual([]);
    });
  }
});

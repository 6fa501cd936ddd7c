/** Golden files: the Review of each seed and the IR of each built-in template, changed only on purpose (UPDATE_GOLDEN=1). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../src/model/ir.js';
import { irOf, matchGolden, reviewsOf } from './helpers/pipeline.js';

const dir = path.join(import.meta.dirname, 'golden');
const reviews = reviewsOf();

describe('golden Reviews of the seeds', () => {
  for (const r of reviews) {
    it(r.id, () => {
      const { ok, message } = matchGolden(path.join(dir, 'reviews', `${r.id}.review.json`), r);
      expect(ok, message).toBe(true);
    });
  }
});

describe('golden IR of the built-in templates for the seeds', () => {
  for (const template of ['executive', 'analyst', 'press']) {
    it(template, () => {
      const ir = irOf(reviews, template);
      expect(DocumentSchema.parse(JSON.parse(JSON.stringify(ir)))).toEqual(ir); // IR → JSON → IR is the identity
      const { ok, message } = matchGolden(path.join(dir, 'ir', `${template}.ir.json`), ir);
      expect(ok, message).toBe(true);
    });
  }
});

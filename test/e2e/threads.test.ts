/** Worker threads change how fast a run is, never what it gives: the same Reviews, the same bytes, the same problems. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../src/bench/make-corpus.js';
import { runCli } from '../helpers/cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-threads-'));
const corpus = path.join(dir, 'corpus');

beforeAll(() => {
  fs.mkdirSync(corpus);
  // Enough articles for the run to start worker threads, plus a bad file and a duplicate among them.
  for (const f of makeCorpus({ articles: 70, seed: 3 })) fs.writeFileSync(path.join(corpus, f.name), f.content);
  fs.writeFileSync(path.join(corpus, '00030-bad.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
  const first = fs.readdirSync(corpus).sort()[0]!;
  fs.copyFileSync(path.join(corpus, first), path.join(corpus, `zz-copy-of-${first}`));
});

describe('brief with worker threads', () => {
  it('extracts the same Reviews and reports the same problems as one thread', () => {
    const one = runCli(['extract', corpus, '--json', '--jobs', '1']);
    const two = runCli(['extract', corpus, '--json', '--jobs', '2']);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/00030-bad\.txt: /);
    expect(one.stderr).toMatch(/duplicate of /);
    expect((JSON.parse(one.stdout) as unknown[]).length).toBe(70);
  });

  it('writes byte-identical briefs with one thread and with two', () => {
    const outputs = [1, 2].map((jobs) => {
      const out = path.join(dir, `out-${jobs}`);
      const run = runCli(['build', corpus, '-o', out, '--audience', 'executive', '--jobs', String(jobs), '--quiet']);
      expect(run.status).toBe(1);
      return out;
    });
    const names = fs.readdirSync(outputs[0]!).sort();
    expect(names).toHaveLength(3);
    expect(fs.readdirSync(outputs[1]!).sort()).toEqual(names);
    for (const name of names) {
      expect(fs.readFileSync(path.join(outputs[1]!, name)).equals(fs.readFileSync(path.join(outputs[0]!, name))), name).toBe(true);
    }
  });

  it('stops at --max-articles the same way', () => {
    const one = runCli(['extract', corpus, '--json', '--jobs', '1', '--max-articles', '50']);
    const two = runCli(['extract', corpus, '--json', '--jobs', '2', '--max-articles', '50']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect((JSON.parse(one.stdout) as unknown[]).length).toBe(50);
  });

  it('refuses a --jobs that is not a whole number of at least 1', () => {
    const run = runCli(['extract', corpus, '--json', '--jobs', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--jobs/);
  });
});

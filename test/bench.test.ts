/** The bench and the corpus CLI, run from dist/ on a tiny corpus: every figure and target is there (times are not judged). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, judgeTargets, type BenchReport } from '../src/bench/bench-report.js';
import { STAGES } from '../src/bench/stage-names.js';
import { repoRoot } from './helpers/cli.js';

const dist = (...p: string[]) => path.join(repoRoot, 'dist', 'bench', ...p);
const node = (args: string[], timeout = 600_000) =>
  spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });

const temps: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-corpus-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => {
  // The build as `npm test` runs it (tsc, then the stored help), in case vitest was started on its own.
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
  expect(build.status, build.stdout + build.stderr).toBe(0);
}, 300_000);

describe('bench --sizes 20 --skip-external --json', () => {
  let report: BenchReport;
  beforeAll(() => {
    const run = node([dist('bench.js'), '--sizes', '20', '--skip-external', '--json']);
    expect(run.status, run.stderr).toBe(0);
    report = JSON.parse(run.stdout) as BenchReport;
  }, 600_000);

  it('reports every stage of the one size, with its wall time and peak RSS', () => {
    expect(report.schema).toBe('brief.bench/1');
    expect(report.sizes).toHaveLength(1);
    const size = report.sizes[0]!;
    expect(size).toMatchObject({ articles: 20, complete: true, error: null, files: 20, reviews: 20, problems: 0 });
    expect(Object.keys(size.stages).sort()).toEqual([...STAGES].sort());
    for (const s of STAGES) {
      expect(size.stages[s].ms).toBeGreaterThanOrEqual(0);
      expect(size.stages[s].perSecond).toBeGreaterThanOrEqual(0);
    }
    expect(size.pipelineMs).toBeGreaterThan(0);
    expect(size.wallMs).toBeGreaterThan(0);
    expect(size.peakRssKb).toBeGreaterThan(0);
    expect(size.analyst).toEqual({ docx: expect.any(Number), pdf: expect.any(Number), html: expect.any(Number) });
    // The extract stage's CPU: the whole process's is known everywhere, the thread's on Linux.
    expect(size.extractCpu!.processMs).toBeGreaterThan(0);
    if (process.platform === 'linux') expect(size.extractCpu!.threadMs).toBeGreaterThan(0);
    expect(report.targets.find((t) => t.id === 'extract')!.value).toMatch(/CPU .* with V8's compiler and GC threads/);
    expect(report.scaling).toBeNull();
  });

  it('reports start-up, the CLI run and the skipped external row', () => {
    expect(report.startup).toEqual({ helpMs: expect.any(Number), nodeMs: expect.any(Number), ratio: expect.any(Number), error: null });
    expect(report.cli).toMatchObject({ articles: 20, error: null });
    expect(report.cli.wallMs).toBeGreaterThan(0);
    expect(report.cli.peakRssKb).toBeGreaterThan(0);
    expect(report.external).toMatchObject({ skipped: ['--skip-external'], pandocMs: null, sofficeMs: null, ratio: null });
    expect(report.environment.cpus).toBeGreaterThan(0);
    expect(report.totalMs).toBeGreaterThan(0);
  });

  it("judges extraction on the extracting thread's CPU time, or on wall time where that is unknown", () => {
    const size = report.sizes[0]!;
    const extract = (threadMs: number | null, wallMs: number) =>
      judgeTargets({
        ...report,
        sizes: [{ ...size, reviews: 1000, stages: { ...size.stages, extract: { ms: wallMs, perSecond: (1000 / wallMs) * 1000 } }, extractCpu: { threadMs, processMs: 2000 } }],
      }).find((t) => t.id === 'extract')!;
    expect(extract(900, 1200).ok).toBe(true);
    expect(extract(1100, 900).ok).toBe(false);
    expect(extract(null, 900).ok).toBe(true);
    expect(extract(null, 1100).ok).toBe(false);
    expect(extract(900, 1200).value).toContain('1.20 s wall, 833 articles/s; CPU 900 ms on that thread (1,111/s), 2.00 s with V8');
    const withLarger = judgeTargets({
      ...report,
      sizes: [
        { ...size, reviews: 1000, extractCpu: { threadMs: 900, processMs: 2000 } },
        { ...size, articles: 10000, reviews: 10000, extractCpu: { threadMs: 8000, processMs: 9000 } },
      ],
    }).find((t) => t.id === 'extract')!;
    expect(withLarger.value).toContain('at 10,000 articles, 9.00 s with those threads (1,111/s)');
  });

  it('judges every target, and prints each with ok, MISSED or skipped', () => {
    expect(report.targets.map((t) => t.id)).toEqual(['extract', 'startup', 'external', 'cli-wall', 'cli-rss']);
    for (const t of report.targets) expect([true, false, null]).toContain(t.ok);
    expect(report.targets.find((t) => t.id === 'external')!.ok).toBeNull();
    const text = formatReport(report);
    for (const stage of STAGES) expect(text).toMatch(new RegExp(`^${stage}\\s`, 'm'));
    for (const t of report.targets) expect(text).toMatch(new RegExp(`^  ${t.id}\\s.*(ok|MISSED|skipped)$`, 'm'));
  });
});

describe('make-corpus from dist', () => {
  it('writes the same bytes for the same arguments', () => {
    const dirs = [0, 1].map(tempDir);
    for (const dir of dirs) {
      const run = node([dist('make-corpus.js'), '--articles', '30', '--out', dir, '--seed', '5', '--languages', 'vi,fr']);
      expect(run.status, run.stderr).toBe(0);
    }
    const [a, b] = dirs.map((d) => fs.readdirSync(d).sort());
    expect(a).toHaveLength(30);
    expect(b).toEqual(a);
    for (const name of a!) expect(fs.readFileSync(path.join(dirs[1]!, name)).equals(fs.readFileSync(path.join(dirs[0]!, name)))).toBe(true);
    expect(a!.every((n) => /\.(vi|fr)\.(txt|md|html)$/.test(n))).toBe(true);
  });

  it('refuses bad arguments with exit 2', () => {
    const out = tempDir();
    const run = node([dist('make-corpus.js'), '--articles', '10', '--out', out, '--languages', 'en,de']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--languages/);
  });
});

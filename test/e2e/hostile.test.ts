/** Hostile input: one clear line per bad file, the good articles still built, nothing half-written, no markup injection. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cliPath, repoRoot, runCli } from '../helpers/cli.js';
import { docxXml, xmlText } from '../helpers/docx-text.js';
import { collapse, pdfPages } from '../helpers/pdf-text.js';

const seed = fs.readFileSync(path.join(repoRoot, 'input', '002_381617bf63de5110.txt'), 'utf8');
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `brief-${prefix}-`));

/** Build `files` (name → content) plus one good article, return the run and the output folder. */
function buildWith(files: Record<string, string | Uint8Array>, extra: string[] = []) {
  const dir = tmp('in');
  fs.writeFileSync(path.join(dir, 'good.txt'), seed);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  const out = tmp('out');
  const run = runCli(['build', dir, '-o', out, '--format', 'html', '--audience', 'analyst', ...extra]);
  return { run, out, dir };
}

describe('a bad input gets one line and the rest is built (exit 1)', () => {
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['empty.txt', '', /empty\.txt: empty file$/m],
    ['blank.md', '  \n\t\n ', /blank\.md: empty file \(whitespace only\)$/m],
    ['random.txt', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), /random\.txt: not a text file: it holds binary data$/m],
    ['report.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj', /report\.pdf: unsupported format: save the article as text, Markdown or HTML$/m],
    ['saved.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /saved\.docx: unsupported format/m],
    ['renamed.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /renamed\.txt: unsupported format: save the article as text, Markdown or HTML \(this is a ZIP archive/m],
    ['bad-front.md', '---\ntitle: [unclosed\n---\nText of the article that is long enough to count.\n', /bad-front\.md:2: front matter: /m],
    ['bad-review.json', JSON.stringify({ schema: 'brief.review/1', id: 'x' }), /bad-review\.json: not a valid brief\.review\/1 Review: source: /m],
    ['not-json.json', '{ nope', /not-json\.json: invalid JSON/m],
  ];
  for (const [name, content, line] of cases) {
    it(name, () => {
      const { run, out } = buildWith({ [name]: content });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(line);
      expect(run.stderr.trim().split('\n').filter((l) => !l.startsWith('wrote '))).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(fs.readFileSync(path.join(out, 'analyst.html'), 'utf8')).toContain('Hoang Nam');
    });
  }

  it('a file over --max-input-size is refused with its size', () => {
    const { run } = buildWith({ 'huge.txt': 'word '.repeat(1_100_000) }, ['--max-input-size', '5']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/huge\.txt: file is 5\.5 MB, over the 5\.0 MB limit \(--max-input-size\)/);
  });

  it('a 5 MB single-line file within the limit is read in bounded time, cut with a warning', () => {
    const dir = tmp('long');
    fs.writeFileSync(path.join(dir, 'long.txt'), 'The provincial police reported results. '.repeat(130_000));
    const run = runCli(['extract', dir, '--json', '--max-input-size', '6'], { timeoutMs: 120_000 });
    expect(run.status).toBe(0);
    const [review] = JSON.parse(run.stdout) as Array<{ warnings: Array<{ ruleId: string; message: string }> }>;
    expect(review?.warnings.find((w) => w.ruleId === 'ingest/truncated')?.message).toMatch(/cut at 200,000 characters/);
  });

  it('the same article twice gives one review and a line naming the duplicate', () => {
    const { run } = buildWith({ 'copy of good.txt': seed }, ['--emit', 'review']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/(copy of good|good)\.txt: duplicate of .*good\.txt: skipped/);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(1);
  });
});

describe('an unreadable file', () => {
  // root reads every file whatever its mode, so this case can only be seen as another user.
  it.skipIf(process.getuid?.() === 0)('is named with the reason and skipped', () => {
    const dir = tmp('unreadable');
    fs.writeFileSync(path.join(dir, 'good.txt'), seed);
    fs.writeFileSync(path.join(dir, 'locked.txt'), seed.replace('265 cases', '999 cases'));
    fs.chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const r = runCli(['build', dir, '-o', tmp('unreadable-out'), '--format', 'html', '-q']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/locked\.txt: .*(EACCES|permission denied)/i);
  });
});

describe('encodings and line ends', () => {
  const vi = [
    'Sáng 15/3, Ban Chỉ đạo 138 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2023. Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.',
    'Năm 2023, lực lượng công an đã điều tra làm rõ 265 vụ phạm pháp hình sự, bắt giữ 390 đối tượng.',
    'Hội nghị cũng chỉ ra một số hạn chế như sự phối hợp giữa các ngành chưa chặt chẽ.',
  ].join('\n') + '\n';
  const decode = (bytes: Uint8Array) => {
    const dir = tmp('enc');
    fs.writeFileSync(path.join(dir, 'a.txt'), bytes);
    const r = runCli(['extract', dir, '--json']);
    return { r, reviews: JSON.parse(r.stdout || '[]') as Array<{ province: { nameVi: string } | null; conference: { chair: { name: string } | null } }> };
  };
  it('UTF-16 with BOM', () => {
    const { reviews } = decode(new Uint8Array([0xff, 0xfe, ...Buffer.from(vi, 'utf16le')]));
    expect(reviews[0]?.province?.nameVi).toBe('Quảng Trị');
  });
  it('UTF-8 with BOM and CRLF', () => {
    const { reviews } = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(vi.replace(/\n/g, '\r\n'), 'utf8')]));
    expect(reviews[0]?.conference.chair?.name).toBe('Hoàng Nam');
  });
  it('Windows-1252 text (French)', async () => {
    const iconv = (await import('iconv-lite')).default;
    const fr = "Le 19 janvier 2024, le Comité populaire de la province de Quang Nam a tenu une conférence présidée par M. Tran Van Tan, président. Les forces ont réalisé 611 mobilisations.\n";
    const { reviews } = decode(iconv.encode(fr, 'windows-1252'));
    expect(reviews[0]?.province?.nameVi).toBe('Quảng Nam');
  });
  it('Windows-1258 text (Vietnamese)', async () => {
    const iconv = (await import('iconv-lite')).default;
    // Windows-1258 writes tone marks as combining characters after the (possibly hatted) letter.
    const legacy = vi.normalize('NFD').replace(/(\P{M})(\p{M}*)/gu, (_, b: string, marks: string) => {
      const shape = [...marks].filter((m) => '\u0302\u0306\u031B'.includes(m)).join('');
      return (b + shape).normalize('NFC') + [...marks].filter((m) => !'\u0302\u0306\u031B'.includes(m)).join('');
    });
    const bytes = iconv.encode(legacy, 'windows-1258');
    expect(iconv.decode(bytes, 'windows-1258').normalize('NFC')).toBe(vi);
    const { reviews } = decode(bytes);
    expect(reviews[0]?.province?.nameVi).toBe('Quảng Trị');
  });
});

describe('file system traps', () => {
  it('deep nesting, a symlink loop and odd file names', () => {
    const dir = tmp('fs');
    let deep = dir;
    for (let i = 0; i < 40; i++) deep = path.join(deep, `d${i}`);
    fs.mkdirSync(deep, { recursive: true });
    fs.writeFileSync(path.join(deep, 'deep.txt'), seed);
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    ['with space.txt', 'quote"s.txt', 'Quảng Trị 广治.txt', '-leading-dash.txt'].forEach((name, i) => fs.writeFileSync(path.join(dir, name), seed.replace('265 cases', `${300 + i} cases`)));
    const r = runCli(['build', dir, '--emit', 'review']);
    expect([0, 1]).toContain(r.status);
    const reviews = JSON.parse(r.stdout) as Array<{ id: string; source: { file: string } }>;
    expect(reviews.map((x) => path.basename(x.source.file)).sort()).toEqual(expect.arrayContaining(['-leading-dash.txt', 'Quảng Trị 广治.txt', 'quote"s.txt', 'with space.txt']));
    expect(new Set(reviews.map((x) => x.id)).size).toBe(reviews.length);
    expect(r.stderr).toMatch(/nested deeper than 32 levels/);
  });

  it('an output folder that cannot be written is a usage error (exit 2)', () => {
    const file = path.join(tmp('ro'), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const r = runCli(['build', 'input', '-o', path.join(file, 'sub')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/output folder is not writable|EEXIST|ENOTDIR/);
  });
});

describe('article text is never markup', () => {
  const payloads = ['<script>alert(1)</script>', '<h1>injected</h1>', '{{constructor.constructor}}', '__proto__', '<p onclick="x">', '</td></tr></table>'];
  const lines = seed.split('\n');
  const article = [lines[0], `In 2023, the police reported that ${payloads.join(' and ')} appeared in 12 cases.`, ...lines.slice(1)].join('\n');

  it('every payload shows as literal text in HTML, DOCX and PDF', async () => {
    const dir = tmp('inj');
    fs.writeFileSync(path.join(dir, 'inj.txt'), article);
    const out = tmp('inj-out');
    const r = runCli(['build', dir, '-o', out, '--audience', 'analyst']);
    expect(r.status).toBe(0);
    const html = fs.readFileSync(path.join(out, 'analyst.html'), 'utf8');
    expect(html).not.toMatch(/<script|<h1>injected|<p onclick/i);
    expect(html).toContain('&lt;p onclick=&quot;x&quot;&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const docx = xmlText(await docxXml(fs.readFileSync(path.join(out, 'analyst.docx'))));
    const pdf = collapse((await pdfPages(fs.readFileSync(path.join(out, 'analyst.pdf')))).join(' '));
    for (const p of payloads) {
      expect(docx, p).toContain(p);
      expect(pdf.replace(/\s+/g, ''), p).toContain(p.replace(/\s+/g, ''));
    }
  });
});

describe('atomic writes', () => {
  it('a build killed at random moments never leaves a truncated brief', async () => {
    const out = tmp('kill');
    expect(runCli(['build', 'input', '-o', out, '-q']).status).toBe(0);
    const complete = async (file: string) => {
      const bytes = fs.readFileSync(file);
      if (file.endsWith('.pdf')) return bytes.subarray(-8).toString('latin1').includes('%%EOF');
      if (file.endsWith('.html')) return bytes.toString('utf8').trimEnd().endsWith('</html>');
      await JSZip.loadAsync(bytes);
      return true;
    };
    for (let i = 0; i < 20; i++) {
      const child = spawn(process.execPath, [cliPath, 'build', 'input', '-o', out, '-q'], { cwd: repoRoot, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, 150 + ((i * 137) % 1500)));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('close', r));
      for (const f of fs.readdirSync(out).filter((f) => !f.startsWith('.'))) expect(await complete(path.join(out, f)), `${f} after kill ${i}`).toBe(true);
    }
  }, 180_000);
});

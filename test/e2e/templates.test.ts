/** Templates as a user edits them: init-template, edit, build; a broken template stops the build with its line. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const input = path.join(repoRoot, 'input');

describe('user templates', () => {
  it('init-template, remove a section and change the title: the brief is built as edited', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-tpl-'));
    expect(runCli(['init-template', 'board', '--from', 'executive'], { cwd: dir }).status).toBe(0);
    const file = path.join(dir, 'my-templates', 'board.hbs');
    const edited = fs
      .readFileSync(file, 'utf8')
      .replace(/^title: .*$/m, 'title: "Board brief"')
      .split('\n')
      .filter((l) => !l.includes('t "shortcomings"'))
      .join('\n');
    fs.writeFileSync(file, edited);
    const r = runCli(['build', input, '--template', file, '--format', 'html', '-o', path.join(dir, 'out'), '-q']);
    expect(r.status).toBe(0);
    const html = fs.readFileSync(path.join(dir, 'out', 'board.html'), 'utf8');
    expect(html).toContain('<title>Board brief</title>');
    expect(html).not.toContain('Shortcomings');
    expect(html).toContain('Quảng Trị');
  });

  it('an unknown tag: template:line: message, exit 2, nothing written', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-badtpl-'));
    fs.writeFileSync(path.join(dir, 'bad.hbs'), '---\ntitle: x\naudience: analyst\n---\n<h1>{{title}}</h1>\n<blink>no</blink>\n');
    const r = runCli(['build', input, '--template', path.join(dir, 'bad.hbs'), '-o', path.join(dir, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.hbs:6: unknown tag <blink>; allowed: h1/);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('bad front matter: the line of the field, exit 2; templates --check says the same', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-badfm-'));
    const file = path.join(dir, 'bad.hbs');
    fs.writeFileSync(file, '---\ntitle: x\naudience: analyst\nprovincesPerTable: 40\n---\n<p>x</p>\n');
    const r = runCli(['build', input, '--template', file, '-o', path.join(dir, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.hbs:4: front matter: provincesPerTable/);
    expect(runCli(['templates', '--check', file]).stderr).toMatch(/bad\.hbs:4: front matter: provincesPerTable/);
  });

  it('misspelt variables: templates --check prints every one with file:line and exits 2; build stops the same way, writing nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-badvar-'));
    const file = path.join(dir, 'bad.hbs');
    fs.writeFileSync(file, '---\ntitle: x\naudience: analyst\n---\n<h1>{{title}}</h1>\n{{#if show.reslts}}<p>{{coverage}}</p>{{/if}}\n{{#each columns}}\n<p>{{t "moreItems" count=resutlsMore}}</p>\n{{/each}}\n');
    const check = runCli(['templates', '--check', file]);
    expect(check.status).toBe(2);
    expect(check.stdout).toBe('');
    expect(check.stderr.trim().split('\n')).toEqual([
      `brief: ${file}:6: unknown variable "show.reslts" (did you mean "show.results"?)`,
      `brief: ${file}:8: unknown variable "resutlsMore" (inside {{#each columns}}; did you mean "resultsMore"?)`,
    ]);
    const build = runCli(['build', input, '--template', file, '-o', path.join(dir, 'out')]);
    expect(build.status).toBe(2);
    expect(build.stderr).toBe(check.stderr);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('--emit comparison and --emit ir print those stages as JSON', () => {
    const c = JSON.parse(runCli(['build', input, '--emit', 'comparison']).stdout) as { schema: string; columns: unknown[] };
    expect(c.schema).toBe('brief.comparison/1');
    expect(c.columns).toHaveLength(4);
    const ir = JSON.parse(runCli(['build', input, '--emit', 'ir', '--audience', 'press']).stdout) as { schema: string };
    expect(ir.schema).toBe('brief.ir/1');
  });
});

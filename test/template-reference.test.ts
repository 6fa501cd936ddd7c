/**
 * templates/README.md, the reference for template writers, against the code: every variable of the view model,
 * front matter field, markup tag, attribute, helper and parameterised label is documented, every documented one
 * exists, and the quoted snippets and error messages are the real ones.
 *
 * The doc marks each checked table with `<!-- checked: NAME -->` and each quoted snippet with
 * `<!-- quoted from FILE -->`; the names in backticks in a table's first column are what it documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareReviews } from '../src/compare/compare.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { TemplateFrontMatterSchema } from '../src/model/template.js';
import { templatesDir } from '../src/paths.js';
import { readLocale } from '../src/render/locale.js';
import { ALLOWED_TAGS } from '../src/render/markup-to-ir.js';
import { parseTemplate, readTemplate, renderTemplate } from '../src/render/template.js';
import { buildViewModel, type ViewModel } from '../src/render/view-model.js';
import { repoRoot } from './helpers/cli.js';
import { FIXED_DATE, reviewsOf } from './helpers/pipeline.js';

const DOC_PATH = path.join(templatesDir, 'README.md');
/** The doc as messages name it. */
const DOC_FILE = path.relative(repoRoot, DOC_PATH);
const doc = fs.readFileSync(DOC_PATH, 'utf8');
const source = (file: string) => fs.readFileSync(path.join(repoRoot, 'src', file), 'utf8');

// ---------------------------------------------------------------- the doc

/** The tables marked `<!-- checked: NAME -->`: NAME → rows (header and rule lines dropped), each row its cells. */
function checkedTables(md: string): Map<string, string[][]> {
  const tables = new Map<string, string[][]>();
  for (const m of md.matchAll(/<!-- checked: (\S+) -->\r?\n((?:\|.*(?:\r?\n|$))+)/g)) {
    const rows = (m[2] as string)
      .trim()
      .split(/\r?\n/)
      .slice(2)
      .map((line) => line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim()));
    tables.set(m[1] as string, rows);
  }
  return tables;
}

const tables = checkedTables(doc);
const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

/** The names a table documents: the backticked names of its first column. */
function documented(table: string): string[] {
  const rows = tables.get(table);
  if (!rows) throw new Error(`${DOC_FILE}: no table marked <!-- checked: ${table} -->`);
  return rows.flatMap((r) => backticked(r[0] ?? ''));
}

/** The row of a table whose first column documents `name`, as one text. */
function rowOf(table: string, name: string): string {
  return (tables.get(table) ?? []).find((r) => backticked(r[0] ?? '').includes(name))?.join(' | ') ?? '';
}

/** What is in `actual` and not documented, and what is documented and not in `actual`. */
function drift(actual: Iterable<string>, doc: Iterable<string>): { undocumented: string[]; stale: string[] } {
  const a = new Set(actual);
  const d = new Set(doc);
  return { undocumented: [...a].filter((x) => !d.has(x)).sort(), stale: [...d].filter((x) => !a.has(x)).sort() };
}

function expectNoDrift(what: string, actual: Iterable<string>, doc: Iterable<string>): void {
  const { undocumented, stale } = drift(actual, doc);
  const problems = [
    ...(undocumented.length ? [`in the code, missing from ${DOC_FILE}: ${undocumented.join(', ')}`] : []),
    ...(stale.length ? [`in ${DOC_FILE}, no longer in the code: ${stale.join(', ')}`] : []),
  ];
  expect(problems, `${what}: ${problems.join('; ')}`).toEqual([]);
}

// ---------------------------------------------------------------- the view model of the seeds

const k = loadKnowledge();
const reviews = reviewsOf();
const comparison = compareReviews(reviews, { sort: 'name', order: new Map(k.gazetteer.provinces.map((p) => [p.code, p.order])) });
const themeLabels = new Map(k.themes.map((x) => [x.id, x.labels]));
const builtIns = ['executive', 'analyst', 'press'].map((name) => readTemplate(path.join(templatesDir, `${name}.hbs`)));
const localeOf = (id: string) => readLocale(path.join(templatesDir, 'locales'), id);

/** The view model of each built-in template, with its own locale, as `brief build` makes it. */
const views: ViewModel[] = builtIns.map((t) =>
  buildViewModel(comparison, t.frontMatter, localeOf(t.frontMatter.locale), { generated: FIXED_DATE, themeLabels }),
);

/** Levels that hold the same objects under another path: a chunk's columns are columns, matrix cells are items. */
const SAME_AS: Record<string, string> = {
  'chunks[].columns[]': 'columns[]',
  'chunks[].themes[]': 'themes[]',
  'columns[].results[]': 'item',
  'columns[].shortcomings[]': 'item',
  'columns[].tasks[]': 'item',
  'columns[].matrix.results[]': 'item',
  'columns[].matrix.shortcomings[]': 'item',
  'columns[].matrix.tasks[]': 'item',
};
const levelOf = (p: string) => SAME_AS[p] ?? p;

/** Every key a template can reach, by level (`top`, `columns[]`, `columns[].conferences[]`, `show`, …). */
function keysByLevel(value: unknown, level: string, out: Map<string, Set<string>>): Map<string, Set<string>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  const keys = out.get(level) ?? new Set<string>();
  out.set(level, keys);
  for (const [key, child] of Object.entries(value)) {
    keys.add(key);
    // `labels` is the locale's free-form map of labels, documented as a group (and checked below against the locale files).
    if (level === 'top' && key === 'labels') continue;
    const at = level === 'top' ? key : `${level}.${key}`;
    if (Array.isArray(child)) for (const element of child) keysByLevel(element, levelOf(`${at}[]`), out);
    else keysByLevel(child, levelOf(at), out);
  }
  return out;
}

const levels = new Map<string, Set<string>>();
for (const v of views) keysByLevel(v, 'top', levels);

// ---------------------------------------------------------------- the tests

describe('templates/README.md documents the view model', () => {
  it('the seeds reach every level of the view model (else the checks below would see nothing there)', () => {
    const documentedLevels = [...tables.keys()].filter((t) => t.startsWith('vm:')).map((t) => t.slice(3));
    const unseen = documentedLevels.filter((l) => !levels.has(l));
    expect(unseen, `levels documented in ${DOC_FILE} but absent from the view model of the seeds (renamed, removed, or an empty list in every column): ${unseen.join(', ')}`).toEqual([]);
    expect(levels.size).toBeGreaterThanOrEqual(13);
  });

  it('every key a template can reach appears in backticks', () => {
    const missing: string[] = [];
    for (const [level, keys] of levels) {
      for (const key of keys) if (!new RegExp(`\`(?:[\\w@.\\[\\]]*\\.)?${key}\``).test(doc)) missing.push(level === 'top' ? key : `${level}.${key}`);
    }
    expect(missing, `view model keys missing from ${DOC_FILE} (write them in backticks): ${missing.join(', ')}`).toEqual([]);
  });

  it('each view model table lists exactly the keys of its level', () => {
    for (const [level, keys] of levels) {
      expect(tables.has(`vm:${level}`), `${DOC_FILE}: no table <!-- checked: vm:${level} --> for the keys ${[...keys].join(', ')}`).toBe(true);
      // `matrix.results` and `show.figures` document the keys `results` and `figures` of their level.
      expectNoDrift(`view model, ${level}`, keys, documented(`vm:${level}`).map((n) => n.split('.').pop() as string));
    }
  });
});

describe('templates/README.md documents the front matter', () => {
  interface Schema {
    def: { type: string; innerType?: Schema; element?: Schema };
    shape?: Record<string, Schema>;
    options?: readonly unknown[];
  }
  const unwrap = (s: Schema): Schema => (s.def.innerType && ['default', 'optional', 'nullable'].includes(s.def.type) ? unwrap(s.def.innerType) : s);
  /** Every field, nested ones as `page.margins.top`, with its schema. */
  const fields = (s: Schema, prefix = ''): Array<{ path: string; schema: Schema }> =>
    Object.entries(unwrap(s).shape ?? {}).flatMap(([key, child]) => {
      const at = prefix ? `${prefix}.${key}` : key;
      return [{ path: at, schema: child }, ...(unwrap(child).def.type === 'object' ? fields(child, at) : [])];
    });
  const all = fields(TemplateFrontMatterSchema as unknown as Schema);

  it('every field of the schema has a row, and every row is a field', () => {
    expect(all.map((f) => f.path)).toContain('page.margins.top');
    expectNoDrift('front matter fields', all.map((f) => f.path), documented('front-matter'));
  });

  it("each field's row names its allowed values and its default", () => {
    const problems: string[] = [];
    for (const { path: at, schema } of all) {
      const row = rowOf('front-matter', at);
      const inner = unwrap(schema);
      const values = inner.def.type === 'enum' ? inner.options : inner.def.type === 'array' && inner.def.element ? unwrap(inner.def.element).options : undefined;
      for (const v of values ?? []) if (!row.includes(`\`${String(v)}\``)) problems.push(`${at}: allowed value \`${String(v)}\``);
    }
    const required = { title: 'x', audience: 'press' };
    const defaults = TemplateFrontMatterSchema.parse(required) as Record<string, unknown>;
    const valueAt = (at: string) => at.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], defaults);
    for (const { path: at } of all) {
      const value = valueAt(at);
      if (at in required || value === undefined || (value !== null && typeof value === 'object')) continue;
      const shown = typeof value === 'string' ? (value === '' ? '""' : value) : String(value);
      if (!rowOf('front-matter', at).includes(`\`${shown}\``)) problems.push(`${at}: default \`${shown}\``);
    }
    expect(problems, `front matter rows in ${DOC_FILE} that miss or misstate: ${problems.join(', ')}`).toEqual([]);
  });
});

describe('templates/README.md documents the markup', () => {
  it('every allowed tag has a row, and every row is an allowed tag', () => {
    const tags = documented('tags').flatMap((n) => /^<([\w-]+)>$/.exec(n)?.[1] ?? []);
    expectNoDrift('markup tags', ALLOWED_TAGS, tags);
  });

  it('every attribute the markup parser reads is named in the tags table', () => {
    const attributes = new Set([...source('render/markup-to-ir.ts').matchAll(/attrs(?:\.(\w+)|\[['"]([\w-]+)['"]\])/g)].map((m) => (m[1] ?? m[2]) as string));
    expect([...attributes]).toEqual(expect.arrayContaining(['orientation', 'data-widths', 'caption', 'colspan', 'href', 'title', 'depth', 'unit', 'label', 'value']));
    const table = (tables.get('tags') ?? []).map((r) => r.join(' | ')).join('\n');
    const missing = [...attributes].filter((a) => !table.includes(`\`${a}\``));
    expect(missing, `attributes missing from the tags table of ${DOC_FILE}: ${missing.join(', ')}`).toEqual([]);
  });
});

describe('templates/README.md documents the helpers', () => {
  it("every helper the template environment registers has a row, and every row is one", () => {
    const registered = [...source('render/template.ts').matchAll(/registerHelper\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
    expect(registered).toContain('t');
    expectNoDrift('helpers', registered, documented('helpers'));
  });

  it("Handlebars' own helpers have a row (not its internal helperMissing and blockHelperMissing, nor those we replace)", () => {
    const replaced = new Set([...source('render/template.ts').matchAll(/registerHelper\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string));
    const builtIn = Object.keys(Handlebars.create().helpers).filter((h) => !/Missing$/.test(h) && !replaced.has(h));
    expectNoDrift("Handlebars' helpers", builtIn, documented('builtin-helpers'));
  });
});

describe('templates/README.md documents the labels', () => {
  const locales = ['en', 'fr', 'vi'].map(localeOf);

  it('the three locale files have the same labels, as the doc says', () => {
    const [en, ...others] = locales;
    for (const l of others) expectNoDrift(`labels of ${l.locale}.yaml against en.yaml`, Object.keys(l.labels), Object.keys(en!.labels));
  });

  it('every label with parameters has a row naming its parameters', () => {
    const en = locales[0]!.labels;
    const withParams = Object.keys(en).filter((key) => /\{\w+\}/.test(en[key] as string));
    expectNoDrift('labels with parameters', withParams, documented('label-params'));
    const missing = withParams.flatMap((key) => [...(en[key] as string).matchAll(/\{\w+\}/g)].map((m) => m[0]).filter((p) => !rowOf('label-params', key).includes(`\`${p}\``)).map((p) => `${key} ${p}`));
    expect(missing, `label parameters missing from ${DOC_FILE}: ${missing.join(', ')}`).toEqual([]);
  });

  it('every label the program uses itself is named', () => {
    const used = new Set<string>();
    for (const f of ['render/view-model.ts', 'render/render-brief.ts', 'render/template.ts']) for (const m of source(f).matchAll(/label\(locale,\s*'([\w-]+)'/g)) used.add(m[1] as string);
    // Labels whose name is made from a value: `kind-${kind}`, `title-${audience}`.
    for (const key of Object.keys(locales[0]!.labels)) if (/^(kind|title)-/.test(key)) used.add(key);
    const missing = [...used].filter((key) => !doc.includes(`\`${key}\``));
    expect(missing, `labels used by the code, missing from ${DOC_FILE}: ${missing.join(', ')}`).toEqual([]);
  });

  it('the fields of a locale file are named (locale, dateFormat, monthYearFormat, labels)', () => {
    const raw = parse(fs.readFileSync(path.join(templatesDir, 'locales', 'en.yaml'), 'utf8')) as Record<string, unknown>;
    const missing = Object.keys(raw).filter((key) => !doc.includes(`\`${key}\``));
    expect(missing, `locale file fields missing from ${DOC_FILE}: ${missing.join(', ')}`).toEqual([]);
  });
});

describe('templates/README.md quotes real text', () => {
  it('every snippet marked <!-- quoted from FILE --> is in FILE, word for word', () => {
    const quotes = [...doc.matchAll(/<!-- quoted from (\S+) -->\r?\n```\w*\r?\n([\s\S]*?)\r?\n```/g)];
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    const stale = quotes.filter((m) => !fs.readFileSync(path.join(repoRoot, m[1] as string), 'utf8').includes(m[2] as string)).map((m) => `${m[1]}: ${(m[2] as string).split('\n')[0]}…`);
    expect(stale, `snippets of ${DOC_FILE} no longer in their file: ${stale.join('; ')}`).toEqual([]);
  });

  it('the error messages it shows are the ones a template author gets', () => {
    const file = 'my-templates/board.hbs';
    const head = '---\ntitle: x\naudience: press\n---\n<h1>{{title}}</h1>\n';
    const messageOf = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('expected an error');
    };
    const locale = localeOf('en');
    const render = (body: string) => renderTemplate({ ...parseTemplate(head + body, file), partials: new Map() }, views[0], locale);
    const messages = [
      messageOf(() => parseTemplate(`${head}<div>x</div>\n`, file)),
      messageOf(() => parseTemplate(`${head}<p>{{{coverage}}}</p>\n`, file)),
      messageOf(() => parseTemplate('---\ntitle: x\naudience: press\nitemMaxChars: 10\n---\n<p>x</p>\n', file)),
      messageOf(() => render('<p>{{coverge}}</p>\n')),
      messageOf(() => render('<p>{{upper coverage}}</p>\n')),
      messageOf(() => render('<p>{{t "nolabel"}}</p>\n')),
    ];
    const missing = messages.filter((m) => !doc.includes(m));
    expect(missing, `error messages shown in ${DOC_FILE} differ from the real ones; the real ones are:\n${missing.join('\n')}`).toEqual([]);
  });
});

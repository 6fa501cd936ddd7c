/** Templates: read a Handlebars file with YAML front matter, validate it, check its tags, render it to brief markup. */
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { parse, YAMLParseError } from 'yaml';
import { TemplateFrontMatterSchema, type Locale, type TemplateFrontMatter } from '../model/template.js';
import { formatDate, formatNumber, label } from './locale.js';
import { ALLOWED_TAGS } from './markup-to-ir.js';
import { issueLine } from '../model/zod-issue.js';
import { sampleViewModel } from './sample-view.js';
import { findUnknownNames, handlebarsProblem, mergeShapes, shapeOf, type Shape } from './template-check.js';

/** A template problem, printed as `template:line: message`. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'TemplateError';
  }
}

/** Several template problems found at once (the variable check): one `template:line: message` line each. */
export class TemplateErrors extends TemplateError {
  constructor(readonly problems: readonly TemplateError[]) {
    const first = problems[0] as TemplateError;
    super(first.file, first.line, '');
    this.message = problems.map((p) => p.message).join('\n');
    this.name = 'TemplateErrors';
  }
}

export interface LoadedTemplate {
  file: string;
  name: string;
  frontMatter: TemplateFrontMatter;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  partials: Map<string, string>;
}

/** Split and validate the front matter of a template's text. */
export function parseTemplate(text: string, file: string): Omit<LoadedTemplate, 'partials'> {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/.exec(text);
  if (!m) throw new TemplateError(file, 1, 'missing YAML front matter (--- title, audience, ... ---)');
  let data: unknown;
  try {
    data = parse(m[1] ?? '');
  } catch (e) {
    if (e instanceof YAMLParseError) throw new TemplateError(file, (e.linePos?.[0]?.line ?? 0) + 1, `front matter: ${e.message.split('\n')[0]}`);
    throw e;
  }
  const result = TemplateFrontMatterSchema.safeParse(data ?? {});
  if (!result.success) {
    const key = String(result.error.issues[0]?.path[0] ?? '');
    const lines = (m[1] ?? '').split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${key}:`));
    throw new TemplateError(file, at >= 0 ? at + 2 : 2, `front matter: ${issueLine(result.error)}`);
  }
  const bodyLine = m[0].split('\n').length;
  checkTags(text.slice(m[0].length), file, bodyLine);
  return { file, name: path.basename(file).replace(/\.hbs$/, ''), frontMatter: result.data, body: text.slice(m[0].length), bodyLine };
}

/** Every tag written in the template must be an allowed brief-markup tag; the error names the line. */
export function checkTags(body: string, file: string, firstLine: number): void {
  const raw = /\{\{\{|\{\{~?&/.exec(body);
  if (raw) {
    const line = firstLine + body.slice(0, raw.index).split('\n').length - 1;
    throw new TemplateError(file, line, 'unescaped output ({{{ }}} or {{& }}) is not allowed: article text must stay text; use {{ }}');
  }
  const withoutHbs = body.replace(/\{\{!--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}/g, (s) => s.replace(/[^\n]/g, ' '));
  const re = /<\/?([a-zA-Z][\w-]*)/g;
  for (let m = re.exec(withoutHbs); m; m = re.exec(withoutHbs)) {
    const tag = (m[1] as string).toLowerCase();
    if (!(ALLOWED_TAGS as readonly string[]).includes(tag)) {
      const line = firstLine + withoutHbs.slice(0, m.index).split('\n').length - 1;
      throw new TemplateError(file, line, `unknown tag <${tag}>; allowed: ${ALLOWED_TAGS.join(', ')}`);
    }
  }
}

/** Read a template and the partials of its folder's `partials/` (by name, inside that folder only). */
export function readTemplate(file: string): LoadedTemplate {
  if (!fs.existsSync(file)) throw new TemplateError(file, null, 'template not found');
  const parsed = parseTemplate(fs.readFileSync(file, 'utf8'), file);
  const partials = new Map<string, string>();
  const dir = path.join(path.dirname(file), 'partials');
  if (fs.existsSync(dir)) {
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort()) {
      const p = path.join(dir, f);
      const text = fs.readFileSync(p, 'utf8');
      checkTags(text, p, 1);
      partials.set(f.replace(/\.hbs$/, ''), text);
    }
  }
  return { ...parsed, partials };
}

/** A sandboxed Handlebars environment: our helpers only, no prototype access, strict lookups. */
function environment(locale: Locale, partials: Map<string, string>): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('t', (key: string, options: Handlebars.HelperOptions) => label(locale, key, options.hash as Record<string, string>));
  hb.registerHelper('date', (iso: string | null) => (iso ? formatDate(locale, iso) : label(locale, 'unknown')));
  hb.registerHelper('number', (n: number | null) => (typeof n === 'number' ? formatNumber(locale, n) : label(locale, 'unknown')));
  hb.registerHelper('plural', (n: number, one: string, many: string) => (n === 1 ? one : many));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('inc', (n: number) => n + 1);
  // Handlebars' own `log` writes to standard output, where --json and --emit print their JSON.
  hb.registerHelper('log', (...args: unknown[]) => {
    process.stderr.write(`${args.slice(0, -1).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`);
  });
  for (const [name, text] of partials) hb.registerPartial(name, text);
  return hb;
}

/** The shape of the view model in a locale (its `labels` are the locale's), from the built-in sample. */
const sampleShapes = new WeakMap<Locale, Shape>();
function viewShape(locale: Locale): Shape {
  let shape = sampleShapes.get(locale);
  if (!shape) {
    shape = shapeOf(sampleViewModel(locale));
    sampleShapes.set(locale, shape);
  }
  return shape;
}

/**
 * Check every name the template and the partials it inserts read, wherever it is read (`{{x}}`, `{{#if x}}`,
 * `{{#each x}}`, helper arguments), against the view model. Throws a TemplateErrors listing every problem.
 * `view`, when given, is the view model about to be rendered: its names count too.
 */
export function checkTemplate(t: LoadedTemplate, locale: Locale, view?: unknown): void {
  const helpers = Object.keys(environment(locale, new Map()).helpers).filter((h) => !/Missing$/.test(h));
  const shape = view === undefined ? viewShape(locale) : mergeShapes(viewShape(locale), shapeOf(view));
  const problems = findUnknownNames({ file: t.file, body: t.body, bodyLine: t.bodyLine, partials: t.partials, helpers, labels: new Set(Object.keys(locale.labels)) }, shape);
  if (problems.length) throw new TemplateErrors(problems.map((p) => new TemplateError(p.file, p.line, p.message)));
}

/** Render a template with a view model into brief markup, after the variable check. Handlebars errors become TemplateErrors with the line. */
export function renderTemplate(t: LoadedTemplate, view: unknown, locale: Locale): string {
  checkTemplate(t, locale, view);
  const hb = environment(locale, t.partials);
  try {
    const compiled = hb.compile(t.body, { strict: true, noEscape: false });
    return compiled(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (e) {
    const p = handlebarsProblem(e, t.file, t.bodyLine);
    throw new TemplateError(p.file, p.line, p.message);
  }
}

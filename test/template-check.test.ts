/** The variable check of templates: every name a template reads, wherever it reads it, against the view model. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ComparisonSchema } from '../src/model/comparison.js';
import { templatesDir } from '../src/paths.js';
import { readLocale } from '../src/render/locale.js';
import { SAMPLE_COMPARISON, sampleViewModel } from '../src/render/sample-view.js';
import { checkTemplate, parseTemplate, readTemplate, renderTemplate, TemplateError, TemplateErrors } from '../src/render/template.js';
import { closest } from '../src/render/template-check.js';

const locales = ['en', 'fr', 'vi'].map((id) => readLocale(path.join(templatesDir, 'locales'), id));
const en = locales[0]!;
const FILE = 'my-templates/board.hbs';
/** Four lines of front matter: the body starts on line 5 of the file. */
const HEAD = '---\ntitle: x\naudience: press\n---\n';
const template = (body: string, partials: Record<string, string> = {}) => ({ ...parseTemplate(HEAD + body, FILE), partials: new Map(Object.entries(partials)) });

/** The lines of the check's error, or [] when the template passes. */
function problems(body: string, partials: Record<string, string> = {}): string[] {
  try {
    checkTemplate(template(body, partials), en);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateErrors);
    return (e as Error).message.split('\n');
  }
}

describe('the variable check finds a misspelt name', () => {
  it('at the top level, with the line counted in the file (front matter included)', () => {
    expect(problems('<h1>{{title}}</h1>\n<p>{{coverge}}</p>\n')).toEqual([`${FILE}:6: unknown variable "coverge" (did you mean "coverage"?)`]);
  });

  it('inside {{#each columns}}', () => {
    expect(problems('{{#each columns}}\n<h2>{{nmae}}</h2>\n{{/each}}\n')).toEqual([`${FILE}:6: unknown variable "nmae" (inside {{#each columns}}; did you mean "name"?)`]);
  });

  it('in {{#if}}, {{#unless}} and {{#each}}, where strict mode reads it as empty', () => {
    expect(problems('{{#if mergedNote}}x{{/if}}\n{{#unless tranpose}}y{{/unless}}\n{{#each colums}}z{{/each}}\n')).toEqual([
      `${FILE}:5: unknown variable "mergedNote"`,
      `${FILE}:6: unknown variable "tranpose" (did you mean "transpose"?)`,
      `${FILE}:7: unknown variable "colums" (did you mean "columns"?)`,
    ]);
    expect(problems('{{#if show.figurs}}<p>x</p>{{/if}}\n')).toEqual([`${FILE}:5: unknown variable "show.figurs" (did you mean "show.figures"?)`]);
  });

  it('as a helper argument: hash and positional, and in a sub-expression', () => {
    expect(problems('{{#each columns}}\n{{#if resultsMore}}<p>{{t "moreItems" count=resutlsMore}}</p>{{/if}}\n{{/each}}\n')).toEqual([
      `${FILE}:6: unknown variable "resutlsMore" (inside {{#each columns}}; did you mean "resultsMore"?)`,
    ]);
    expect(problems('<p>{{plural totalAward "award" "awards"}}</p>\n{{#if (eq audiense "press")}}x{{/if}}\n')).toEqual([
      `${FILE}:5: unknown variable "totalAward"`,
      `${FILE}:6: unknown variable "audiense" (did you mean "audience"?)`,
    ]);
  });

  it('in a partial: the partial file and its own line, and where it was inserted', () => {
    const partial = '<table>\n{{#each chunks}}<tr><td>{{widht}}</td></tr>{{/each}}\n</table>\n';
    expect(problems('<h1>{{title}}</h1>\n{{#each columns}}{{> cell}}{{/each}}\n{{> matrix}}\n', { matrix: partial, cell: '<p>{{nam}}</p>' })).toEqual([
      `my-templates/partials/cell.hbs:1: unknown variable "nam" (inside {{#each columns}}; in {{> cell}} at ${FILE}:6; did you mean "name"?)`,
      `my-templates/partials/matrix.hbs:2: unknown variable "widht" (inside {{#each chunks}}; in {{> matrix}} at ${FILE}:7; did you mean "widths"?)`,
    ]);
  });

  it('a top-level name inside a loop: reported with its line, and how to reach it (no "Cannot read properties of undefined")', () => {
    expect(problems('{{#each columns}}\n{{#if show.results}}<p>x</p>{{/if}}\n<p>{{title}}</p>\n{{#each conferences}}<p>{{name}}</p>{{/each}}\n{{/each}}\n')).toEqual([
      `${FILE}:6: unknown variable "show.results" (inside {{#each columns}}; did you mean "@root.show.results"?)`,
      `${FILE}:7: unknown variable "title" (inside {{#each columns}}; did you mean "@root.title"?)`,
      `${FILE}:8: unknown variable "name" (inside {{#each conferences}}; did you mean "../name"?)`,
    ]);
  });

  it('every problem at once; unknown helpers, data variables and partials too', () => {
    expect(problems('<p>{{upper coverage}}</p>\n<p>{{@index}}</p>\n{{> nothere}}\n{{#each columns as |c|}}<p>{{c.nmae}}</p>{{/each}}\n<p>{{../title}}</p>\n')).toEqual([
      `${FILE}:5: unknown helper "upper"`,
      `${FILE}:6: unknown variable "@index" (only inside {{#each}})`,
      `${FILE}:7: The partial nothere could not be found`,
      `${FILE}:8: unknown variable "c.nmae" (inside {{#each columns}}; did you mean "c.name"?)`,
      `${FILE}:9: unknown variable "../title" (../ goes above the top level)`,
    ]);
  });

  it('renderTemplate checks first: the same error, before anything is filled', () => {
    expect(() => renderTemplate(template('<p>{{#if coverge}}x{{/if}}</p>\n'), sampleViewModel(en), en)).toThrow(`${FILE}:5: unknown variable "coverge" (did you mean "coverage"?)`);
  });

});

describe('the variable check passes what Handlebars reads', () => {
  const valid = [
    '{{#each columns}}{{#if @root.show.results}}<p>{{name}}</p>{{/if}}{{/each}}',
    '{{#each columns}}<p>{{../title}}: {{name}}</p>{{/each}}',
    '{{#each chunks}}{{#each columns}}<p>{{../widths}} {{@root.title}} {{@index}} {{@../index}}</p>{{/each}}{{/each}}',
    '{{#each references}}<p>{{this}}{{#unless @last}};{{/unless}}{{#if @first}}!{{/if}}</p>{{/each}}',
    '{{#each show}}<p>{{@key}}: {{this}}</p>{{/each}}',
    '{{#each columns as |column i|}}<p>{{column.name}} {{i}} {{inc i}}</p>{{/each}}',
    '{{#with (lookup columns 0)}}<p>{{name}} {{#each conferences}}{{dateText}}{{/each}}</p>{{/with}}',
    '{{#with show}}<p>{{#if results}}r{{/if}} {{@root.title}} {{../title}}</p>{{/with}}',
    '<p>{{lookup labels "kind-commentary"}} {{labels.results}} {{this.title}} {{number columns.length}}</p>',
    '{{#each columns}}{{#each matrix.results}}<p>{{text}} {{#each themes}}{{this}}{{/each}}</p>{{/each}}{{/each}}',
    '{{#if (eq audience "press")}}<p>{{t "tasks" year=2025}} {{date "2024-01-26"}} {{plural chart.length "bar" "bars"}}</p>{{else if transpose}}<p>t</p>{{else}}<p>{{coverage}}</p>{{/if}}',
    '{{#each columns}}{{> cell}}{{/each}}{{> cell (lookup columns 0)}}',
  ];

  it.each(valid)('%s', (body) => {
    const t = template(`${body}\n`, { cell: '<p>{{name}} {{@root.title}}</p>' });
    expect(() => checkTemplate(t, en)).not.toThrow();
    // And Handlebars renders it from a real view model: the check does not let through what strict mode refuses.
    expect(() => renderTemplate(t, sampleViewModel(en), en)).not.toThrow();
  });

  it('every built-in template passes, in every locale', () => {
    for (const name of ['executive', 'analyst', 'press']) {
      const t = readTemplate(path.join(templatesDir, `${name}.hbs`));
      for (const locale of locales) expect(() => checkTemplate(t, locale), `${name}, ${locale.locale}`).not.toThrow();
    }
  });
});

describe('the sample the check reads the view model from', () => {
  it('is a valid Comparison', () => {
    expect(ComparisonSchema.safeParse(SAMPLE_COMPARISON).success).toBe(true);
  });

  it('fills every list of the view model in some column (else the names under it would not be checked)', () => {
    const empty: string[] = [];
    /** Every list under `at`, with its elements of all columns together. */
    const lists = new Map<string, unknown[]>();
    const visit = (value: unknown, at: string) => {
      if (Array.isArray(value)) {
        lists.set(at, [...(lists.get(at) ?? []), ...value]);
        for (const v of value) visit(v, `${at}[]`);
      } else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) visit(v, at ? `${at}.${k}` : k);
      }
    };
    visit(sampleViewModel(en), '');
    for (const [at, values] of lists) if (values.length === 0) empty.push(at);
    expect(lists.size).toBeGreaterThanOrEqual(20);
    expect(empty).toEqual([]);
  });
});

describe('suggestions', () => {
  it('by edit distance, with transpositions; none when nothing is close', () => {
    expect(closest('resutlsMore', ['resultsMore', 'results'])).toBe('resultsMore');
    expect(closest('Title', ['title'])).toBe('title');
    expect(closest('zzz', ['title', 'coverage'])).toBeNull();
  });

  it('a TemplateErrors is a TemplateError (exit code 2 in the CLI)', () => {
    expect(new TemplateErrors([new TemplateError('a.hbs', 3, 'x'), new TemplateError('a.hbs', 4, 'y')])).toBeInstanceOf(TemplateError);
  });
});

describe('Handlebars syntax errors', () => {
  /** The one-line error a syntax error in the body gives. */
  function syntaxError(body: string): string {
    try {
      checkTemplate(template(body), en);
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      return (e as Error).message;
    }
    return '';
  }

  it('say what is wrong in an author\'s words, where, and near what', () => {
    expect(syntaxError('<h1>{{title}}</h1>\n<p>{{#if coverage}}x</p>\n')).toBe(`${FILE}:7: Handlebars syntax: a block opened with {{#...}} is not closed with {{/...}}, near "...#if coverage}}x</p>"`);
    expect(syntaxError('<p>a</p>\n<h1>{{title}</h1>\n')).toBe(`${FILE}:6: Handlebars syntax: a {{...}} that is not closed or holds something that is not a name, text or number, near "<p>a</p><h1>{{title}</h1>"`);
    expect(syntaxError('{{#if title}}x{{else}}y{{else}}z{{/if}}')).toMatch(/:5: Handlebars syntax: a second \{\{else\}\} in one block, near /);
  });
});

describe('labels', () => {
  it('an unknown label in {{t}} is reported with its line and the closest label; known ones pass', () => {
    expect(problems('<p>{{t "results"}}</p>\n<p>{{t "resluts"}}</p>\n')).toEqual([`${FILE}:6: unknown label "resluts" (did you mean "results"?)`]);
  });
});

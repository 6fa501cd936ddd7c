/** renderBrief: Comparison + template + locale → validated Document IR. Pure apart from the template already read. */
import path from 'node:path';
import { DocumentSchema, IR_SCHEMA_ID, type BriefDocument } from '../model/ir.js';
import { templatesDir } from '../paths.js';
import type { Comparison } from '../model/comparison.js';
import type { Locale } from '../model/template.js';
import { parseMarkup, MarkupError } from './markup-to-ir.js';
import { renderTemplate, TemplateError, type LoadedTemplate } from './template.js';
import { buildViewModel } from './view-model.js';
import { label } from './locale.js';

export interface RenderOptions {
  /** ISO timestamp stamped into the documents (from SOURCE_DATE_EPOCH). */
  date: string;
  provincesPerTable?: number;
  transpose?: boolean;
  themeLabels: Map<string, Record<string, string>>;
}

/** Render one template for a comparison into a Document IR, validated once. */
export function renderBrief(comparison: Comparison, template: LoadedTemplate, locale: Locale, options: RenderOptions): BriefDocument {
  const fm = template.frontMatter;
  const view = buildViewModel(comparison, fm, locale, {
    translateTitle: path.resolve(path.dirname(template.file)) === path.resolve(templatesDir),
    generated: options.date,
    themeLabels: options.themeLabels,
    transpose: options.transpose ?? false,
    ...(options.provincesPerTable ? { provincesPerTable: options.provincesPerTable } : {}),
  });
  const markup = renderTemplate(template, view, locale);
  let parsed;
  try {
    parsed = parseMarkup(markup, `${template.file} (rendered)`, fm.page.orientation);
  } catch (e) {
    if (e instanceof MarkupError) throw new TemplateError(template.file, null, `rendered markup line ${e.line}: ${e.message.replace(/^.*?:\d+: /, '')}`);
    throw e;
  }
  const doc: BriefDocument = {
    schema: IR_SCHEMA_ID,
    meta: {
      title: view.title,
      subject: fm.description || fm.title,
      author: 'provincial-briefs',
      keywords: ['defence', 'security', ...comparison.columns.map((c) => c.name)],
      language: locale.locale,
      date: options.date,
    },
    page: { size: fm.page.size, orientation: fm.page.orientation, margins: fm.page.margins },
    header: parsed.header ?? view.title,
    footer: parsed.footer ?? label(locale, 'page', { page: '{page}', pages: '{pages}' }),
    sections: parsed.sections,
    footnotes: parsed.footnotes,
  };
  return DocumentSchema.parse(doc);
}

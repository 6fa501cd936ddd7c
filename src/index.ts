/**
 * The library: the same pipeline as the CLI, as pure functions (I/O only where a name says `read`).
 *
 *   parseArticle(bytes, file) → Article → articleToReview(article, loadKnowledge()) → Review
 *   compareReviews(reviews, options) → Comparison → renderBrief(comparison, template, locale, options) → BriefDocument
 *   renderDocx / renderPdf / renderHtml(document) → bytes
 */
export { parseArticle, type Ingested } from './ingest/parse-article.js';
export { InputError } from './ingest/errors.js';
export { articleToReview } from './extract/article-to-review.js';
export { loadKnowledge, type Knowledge } from './extract/knowledge/index.js';
export { compareReviews, sameReportInTwoLanguages, type CompareOptions, type SortOrder } from './compare/compare.js';
export { selectReviews, normalizePeriod, periodsOf, type Selection, type Selected } from './compare/select.js';
export { renderBrief, type RenderOptions } from './render/render-brief.js';
export { readTemplate, parseTemplate, checkTemplate, TemplateError, type LoadedTemplate } from './render/template.js';
export { readLocale } from './render/locale.js';
export { renderDocx } from './render/writers/docx.js';
export { renderPdf, type PdfOptions } from './render/writers/pdf.js';
export { renderHtml } from './render/writers/html.js';
export { WRITERS, FORMAT_NAMES, type Writer, type WriterOptions } from './render/writers/registry.js';
export { templatesDir } from './paths.js';
export { ArticleSchema, type Article } from './model/article.js';
export { ReviewSchema, REVIEW_SCHEMA_ID, type Review, type Item, type Person, type ProvinceRef, type Commendation } from './model/review.js';
export { ComparisonSchema, type Comparison } from './model/comparison.js';
export { DocumentSchema, type BriefDocument } from './model/ir.js';

/** The model: every zod schema and inferred type of the pipeline. */
export * from './span.js';
export * from './warning.js';
export * from './article.js';
export * from './review.js';
export * from './ir.js';
export * from './lexicon.js';
export * from './comparison.js';
export * from './template.js';
export * from './zod-issue.js';

/** The stages the bench times, in pipeline order (kept apart so reports need not load the pipeline). */
export const STAGES = ['ingest', 'extract', 'compare', 'render', 'docx', 'pdf', 'html'] as const;
export type Stage = (typeof STAGES)[number];

/** The writer table: one entry per output format; it drives --format choices, help text and extensions. */
import type { BriefDocument } from '../../model/ir.js';

export interface WriterOptions {
  pdfA?: boolean;
  tagged?: boolean;
}

export interface Writer {
  format: 'docx' | 'pdf' | 'html';
  extension: string;
  description: string;
  /** Loaded lazily so `brief --help` does not pay for pdfkit or docx. */
  render(doc: BriefDocument, options: WriterOptions): Promise<Uint8Array>;
}

export const WRITERS: readonly Writer[] = [
  {
    format: 'docx',
    extension: '.docx',
    description: 'Word document to edit (docx)',
    render: async (doc) => (await import('./docx.js')).renderDocx(doc),
  },
  {
    format: 'pdf',
    extension: '.pdf',
    description: 'PDF to print (pdfkit, DejaVu fonts embedded)',
    render: async (doc, o) => (await import('./pdf.js')).renderPdf(doc, { pdfA: o.pdfA ?? false, tagged: o.tagged ?? false }),
  },
  {
    format: 'html',
    extension: '.html',
    description: 'standalone HTML preview',
    render: async (doc) => (await import('./html.js')).renderHtml(doc),
  },
];

export const FORMAT_NAMES = WRITERS.map((w) => w.format);

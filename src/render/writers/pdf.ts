/** PDF writer: Document IR in, PDF bytes out (PDFKit with embedded DejaVu Sans; layout by the modules in ./pdf/). */
export { renderPdf, type PdfOptions } from './pdf/document.js';

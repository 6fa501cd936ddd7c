/** Text extraction for tests: the text of each page of a PDF, as pdf.js (what browsers use) reads it back. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of every page of `bytes`, one string per page: items are joined in content order, a line end
 * (`hasEOL`) becomes a newline. Nothing is trimmed or normalised.
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      pages.push(text);
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** The same text with every run of white space collapsed to one space (for "is this text anywhere" checks). */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A text item with its position in PDF user space (origin bottom-left). */
export interface PlacedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** One page: its size and its text items with positions. */
export interface PageLayout {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PlacedText[];
}

/** Page sizes and positioned text items of every page of `bytes` (for "nothing outside the page" checks). */
export async function pdfLayout(bytes: Uint8Array): Promise<PageLayout[]> {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: PageLayout[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const items: PlacedText[] = [];
      for (const item of (await page.getTextContent()).items) {
        if ('str' in item && item.str.trim() !== '') {
          items.push({ str: item.str, x: Number(item.transform[4]), y: Number(item.transform[5]), width: item.width });
        }
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

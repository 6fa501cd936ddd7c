/** The running header and footer shared by every section; `{page}` and `{pages}` become PAGE and NUMPAGES fields. */
import { Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { STYLE } from './styles.js';
import { xmlSafe } from './text.js';

/** The header of every page, or undefined for none. */
export function renderHeader(text: string | null): Header | undefined {
  if (text === null || text.trim() === '') return undefined;
  return new Header({ children: [new Paragraph({ style: STYLE.header, children: furnitureRuns(text) })] });
}

/** The footer of every page, with live page number and page count, or undefined for none. */
export function renderFooter(text: string | null): Footer | undefined {
  if (text === null || text.trim() === '') return undefined;
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, children: furnitureRuns(text) })] });
}

/** One run per line of the text, with `{page}` and `{pages}` as PAGE and NUMPAGES fields. */
function furnitureRuns(text: string): TextRun[] {
  return xmlSafe(text).split(/\r\n|\r|\n/).map((line, i) => new TextRun({
    break: i > 0 ? 1 : undefined,
    children: line
      .split(/(\{pages\}|\{page\})/)
      .filter((part) => part !== '')
      .map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part)),
  }));
}

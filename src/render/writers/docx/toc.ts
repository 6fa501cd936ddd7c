/**
 * The table of contents: a real TOC field whose cached result is already filled in with the headings, each linked to
 * its heading's bookmark, so Word and LibreOffice show the entries before any update.
 *
 * The cached entries carry no page numbers. Pages can't be known without laying the document out, and docx's layout
 * estimate (`docx/layout`) follows Word's metrics: in LibreOffice its numbers drifted by up to three pages on a
 * 15-page brief, and a wrong number is worse than none. Word fills the numbers in when it opens the file, as the
 * document asks it to update its fields (`updateFields`); LibreOffice does on Tools > Update.
 */
import { InternalHyperlink, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Toc } from '../../../model/ir.js';
import type { HeadingEntry } from './context.js';
import { fieldBegin, fieldEnd } from './fields.js';
import { STYLE } from './styles.js';
import { xmlSafe } from './text.js';

/** A table of contents met during the walk; filled in once every heading is known. */
export interface TocSlot {
  readonly kind: 'tocSlot';
  readonly toc: Toc;
  readonly pageBreakBefore: boolean;
}

/** The field instruction: headings 1 to `maxLevel`, hyperlinked, no page numbers on the web, outline levels too. */
function instruction(maxLevel: number): string {
  return `TOC \\o "1-${maxLevel}" \\h \\z \\u`;
}

/** The paragraphs of a table of contents listing `headings` (those deeper than its `maxLevel` are left out). */
export function renderToc(slot: TocSlot, headings: readonly HeadingEntry[]): Paragraph[] {
  const { toc } = slot;
  const maxLevel = Math.min(3, Math.max(1, toc.maxLevel));
  // Word leaves headings without text out of a table of contents; so does its cached copy.
  const listed = headings.filter((h) => h.level <= maxLevel && h.text.trim() !== '');
  const title = xmlSafe(toc.title).trim();
  const paragraphs: Paragraph[] = [];
  if (title !== '') {
    paragraphs.push(new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: slot.pageBreakBefore || undefined, children: [new TextRun(title)] }));
  }
  const breakOnEntries = slot.pageBreakBefore && title === '';
  if (listed.length === 0) {
    paragraphs.push(new Paragraph({ style: STYLE.toc[0], pageBreakBefore: breakOnEntries || undefined, children: [fieldBegin(instruction(maxLevel)), fieldEnd()] }));
    return paragraphs;
  }
  listed.forEach((heading, i) => {
    const children: ParagraphChild[] = [
      ...(i === 0 ? [fieldBegin(instruction(maxLevel))] : []),
      entryLink(heading),
      ...(i === listed.length - 1 ? [fieldEnd()] : []),
    ];
    paragraphs.push(new Paragraph({
      style: STYLE.toc[heading.level - 1],
      pageBreakBefore: (i === 0 && breakOnEntries) || undefined,
      children,
    }));
  });
  return paragraphs;
}

/** One entry: the heading's text, a link to its bookmark. */
function entryLink(heading: HeadingEntry): InternalHyperlink {
  return new InternalHyperlink({ anchor: heading.bookmark, children: [new TextRun(heading.text)] });
}

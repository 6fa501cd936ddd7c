/** Inline IR nodes (text, link, footnote reference) to docx paragraph children. */
import {
  ExternalHyperlink, FootnoteReferenceRun, InternalHyperlink, TextRun, type ParagraphChild,
} from 'docx';
import { assertNever, type Inline, type TextRun as IrTextRun } from '../../../model/ir.js';
import type { RenderContext } from './context.js';
import { STYLE } from './styles.js';
import { bookmarkName, xmlSafe } from './text.js';

/** Where inlines are written: footnote bodies can't hold footnote references of their own. */
export type InlinePlace = 'body' | 'footnote';

/** The paragraph children of a run of inlines. */
export function renderInlines(inlines: readonly Inline[], ctx: RenderContext, place: InlinePlace = 'body'): ParagraphChild[] {
  return inlines.flatMap((inline) => renderInline(inline, ctx, place));
}

function renderInline(inline: Inline, ctx: RenderContext, place: InlinePlace): ParagraphChild[] {
  switch (inline.type) {
    case 'text':
      return textRuns(inline);
    case 'link':
      return hyperlink(inline.href, inline.children.flatMap((child) => textRuns(child, STYLE.hyperlink)));
    case 'footnoteRef':
      return [footnoteReference(inline.footnote, ctx, place)];
    default:
      return assertNever(inline);
  }
}

/** Runs of a text node; its line breaks become Word line breaks. Bold and italic are the only direct formatting. */
export function textRuns(run: IrTextRun, style?: string): TextRun[] {
  const bold = run.marks.includes('bold') || undefined;
  const italics = run.marks.includes('italic') || undefined;
  return xmlSafe(run.value)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold, italics, style }));
}

/** A link: to a heading's bookmark for `#id`, else to the outside address; no address leaves the bare text. */
function hyperlink(href: string, children: TextRun[]): ParagraphChild[] {
  const target = xmlSafe(href).trim();
  if (children.length === 0) return [];
  if (target.startsWith('#') && target.length > 1) {
    return [new InternalHyperlink({ anchor: bookmarkName(target.slice(1)), children })];
  }
  if (target === '') return children;
  return [new ExternalHyperlink({ link: target, children })];
}

/** A real Word footnote reference, or the bare number when there is no such footnote (or it is inside one). */
function footnoteReference(n: number, ctx: RenderContext, place: InlinePlace): ParagraphChild {
  if (place === 'body' && ctx.doc.footnotes[n - 1] !== undefined) return new FootnoteReferenceRun(n);
  return new TextRun({ text: String(n), superScript: true });
}

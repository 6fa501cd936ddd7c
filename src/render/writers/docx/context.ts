/** The state one DOCX rendering carries while it walks the IR: counters, headings seen, and the section's geometry. */
import type { BriefDocument } from '../../../model/ir.js';
import type { SectionGeometry } from './page-geometry.js';
import { bookmarkName, uniqueName } from './text.js';

/** A heading as the table of contents lists it. */
export interface HeadingEntry {
  readonly level: 1 | 2 | 3;
  readonly text: string;
  /** Name of the bookmark around the heading. */
  readonly bookmark: string;
}

/** Mutable state of one `renderDocx` call; nothing in it outlives the call, so two calls can't differ. */
export interface RenderContext {
  readonly doc: BriefDocument;
  /** Geometry of the section being walked. */
  geometry: SectionGeometry;
  /** Every heading so far, in document order. */
  readonly headings: HeadingEntry[];
  /** A page break waiting to be put on the next paragraph (`pageBreakBefore`), so no empty paragraph is left. */
  pendingPageBreak: boolean;
  readonly bookmarkNames: Set<string>;
  /** Last bookmark id (`w:id`) handed out; docx's own counter is global to the process, so this one is used. */
  lastBookmarkId: number;
  /** Last numbering instance handed out: one per ordered list, so every ordered list restarts at 1. */
  lastListInstance: number;
  /** Last drawing id (`wp:docPr`) handed out, for the same reason as `lastBookmarkId`. */
  lastDrawingId: number;
}

/** A fresh context for `doc`, starting in `geometry`. */
export function createContext(doc: BriefDocument, geometry: SectionGeometry): RenderContext {
  return {
    doc,
    geometry,
    headings: [],
    pendingPageBreak: false,
    bookmarkNames: new Set(),
    lastBookmarkId: 0,
    lastListInstance: 0,
    lastDrawingId: 0,
  };
}

/** Registers a heading and returns the bookmark name and id to put around it. */
export function addHeading(ctx: RenderContext, level: 1 | 2 | 3, id: string, text: string): { name: string; id: number } {
  const name = uniqueName(bookmarkName(id), ctx.bookmarkNames);
  ctx.headings.push({ level, text, bookmark: name });
  ctx.lastBookmarkId += 1;
  return { name, id: ctx.lastBookmarkId };
}

/** Takes the pending page break, if any, for the paragraph about to be made. */
export function takePageBreak(ctx: RenderContext): boolean {
  const pending = ctx.pendingPageBreak;
  ctx.pendingPageBreak = false;
  return pending;
}

/** A new numbering instance for an ordered list. */
export function nextListInstance(ctx: RenderContext): number {
  ctx.lastListInstance += 1;
  return ctx.lastListInstance;
}

/** A new drawing id, unique in the document. */
export function nextDrawingId(ctx: RenderContext): number {
  ctx.lastDrawingId += 1;
  return ctx.lastDrawingId;
}

/** The page cursor: which page we are on, where on it, and when a new page must be opened (never leaving an empty one). */
import type { PageSetup, Section } from '../../../model/ir.js';

type Orientation = Section['orientation'];

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

/** Page sizes in points, portrait (the values PDFKit uses). */
const PAGE_SIZES: Record<'A4' | 'LETTER', readonly [number, number]> = { A4: [595.28, 841.89], LETTER: [612, 792] };

/** Page margins in points. */
export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Margins of `page` in points (negative values count as 0). */
export function marginsInPoints(page: PageSetup): Margins {
  const pt = (mm: number) => Math.max(0, Number.isFinite(mm) ? mm * PT_PER_MM : 0);
  return { top: pt(page.margins.top), right: pt(page.margins.right), bottom: pt(page.margins.bottom), left: pt(page.margins.left) };
}

/**
 * Vertical layout state. Pages are opened lazily, only when something is placed, so a page break followed by a
 * section start (or a section with nothing in it) never leaves a blank page.
 */
export class PageFlow {
  /** Number of pages opened so far. */
  pageCount = 0;
  /** Top of the free space on the current page. */
  y = 0;
  private orientation: Orientation;
  private pending: Orientation | null = null;
  private hasContent = false;
  private pendingSpace = 0;
  private pageHeight = 0;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly size: 'A4' | 'LETTER',
    readonly margins: Margins,
    orientation: Orientation,
  ) {
    this.orientation = orientation;
  }

  /** Left edge of the text area. */
  get left(): number {
    return this.margins.left;
  }

  /** Width of the text area of the page the next content goes on. */
  get width(): number {
    return Math.max(1, this.dimensions()[0] - this.margins.left - this.margins.right);
  }

  /** Bottom limit of the text area. */
  get bottom(): number {
    return this.pageHeight - this.margins.bottom;
  }

  /** Height of the text area of a fresh page like the one the next content goes on. */
  get pageContentHeight(): number {
    return Math.max(1, this.dimensions()[1] - this.margins.top - this.margins.bottom);
  }

  /** Whether anything has been placed on the current page. */
  get pageHasContent(): boolean {
    return this.hasContent;
  }

  /** The next content goes on a new page in `orientation`. */
  startSection(orientation: Orientation): void {
    this.pending = orientation;
  }

  /** The next content goes on a new page, unless the current page is still empty. */
  breakPage(): void {
    if (this.pending === null && this.pageCount > 0 && this.hasContent) this.pending = this.orientation;
  }

  /** Asks for at least `height` of vertical space before the next placed item (collapses with other requests). */
  space(height: number): void {
    this.pendingSpace = Math.max(this.pendingSpace, height);
  }

  /**
   * Reserves `height` on the page, plus `keep` that must follow it on the same page, opening a new page if it
   * doesn't fit (unless the page is empty: then it goes here regardless). Returns the top of the reserved box.
   */
  place(height: number, keep = 0): number {
    this.materialize();
    let gap = this.hasContent ? this.pendingSpace : 0;
    if (this.hasContent && this.y + gap + height + keep > this.bottom) {
      this.openPage(this.orientation);
      gap = 0;
    }
    this.pendingSpace = 0;
    const top = this.y + gap;
    this.y = top + height;
    this.hasContent = true;
    return top;
  }

  /** Space left on the current page below the cursor (after any pending space). */
  remaining(): number {
    this.materialize();
    return this.bottom - this.y - (this.hasContent ? this.pendingSpace : 0);
  }

  /** Opens a new page of the current orientation now. */
  newPage(): void {
    this.openPage(this.orientation);
  }

  /** Opens a page if none exists yet: a document has at least one page, even when it has no content. */
  ensureOnePage(): void {
    if (this.pageCount === 0) this.openPage(this.pending ?? this.orientation);
  }

  /** Makes sure the page the next content goes on exists. */
  private materialize(): void {
    if (this.pending !== null || this.pageCount === 0) this.openPage(this.pending ?? this.orientation);
  }

  /** Width and height of the page the next content goes on. */
  private dimensions(): readonly [number, number] {
    const [w, h] = PAGE_SIZES[this.size];
    return (this.pending ?? this.orientation) === 'landscape' ? [h, w] : [w, h];
  }

  private openPage(orientation: Orientation): void {
    const { top, right, bottom, left } = this.margins;
    this.pdf.addPage({ size: this.size, layout: orientation, margins: { top, right, bottom, left } });
    this.orientation = orientation;
    this.pending = null;
    this.pageCount += 1;
    this.pageHeight = this.pdf.page.height;
    this.y = top;
    this.hasContent = false;
    this.pendingSpace = 0;
  }
}

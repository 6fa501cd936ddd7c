/** Page geometry of the DOCX writer: paper sizes, margins and usable text width, in twips (DXA). */
import type { PageSetup, Section } from '../../../model/ir.js';

/** Twips (twentieths of a point, Word's "dxa") per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Portrait paper sizes in twips. */
const PAPER: Record<PageSetup['size'], { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};

/** Page size and margins of one section, in twips, with the width left for text. */
export interface SectionGeometry {
  readonly orientation: Section['orientation'];
  /** Portrait width and height: docx swaps them itself for a landscape section. */
  readonly paper: { readonly width: number; readonly height: number };
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** Width between the left and right margins of the oriented page. */
  readonly textWidth: number;
  /** Height between the top and bottom margins of the oriented page. */
  readonly textHeight: number;
}

/** Converts millimetres to whole twips. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Twips to the pixels (96 per inch) docx's drawings are sized in. */
export function twipsToPixels(twips: number): number {
  return Math.round(twips / 15);
}

/**
 * Geometry of a section of `orientation` on the document's paper and margins. Margins that would leave less than
 * 2 cm of text are shrunk, so a broken page setup still gives a usable page.
 */
export function sectionGeometry(page: PageSetup, orientation: Section['orientation']): SectionGeometry {
  const paper = PAPER[page.size];
  const landscape = orientation === 'landscape';
  const [left, right] = clampMargins(page.margins.left, page.margins.right, landscape ? paper.height : paper.width);
  const [top, bottom] = clampMargins(page.margins.top, page.margins.bottom, landscape ? paper.width : paper.height);
  return {
    orientation,
    paper,
    margins: { top, right, bottom, left },
    textWidth: (landscape ? paper.height : paper.width) - left - right,
    textHeight: (landscape ? paper.width : paper.height) - top - bottom,
  };
}

/** Two opposite margins in twips, shrunk if they would leave less than 2 cm of the page between them. */
function clampMargins(aMm: number, bMm: number, extent: number): [number, number] {
  const side = (mm: number) => (Number.isFinite(mm) ? Math.max(0, mmToTwips(mm)) : 0);
  const minText = mmToTwips(20);
  const a = side(aMm);
  const b = side(bMm);
  if (extent - a - b >= minText) return [a, b];
  const each = Math.floor((extent - minText) / 2);
  return [Math.min(a, each), Math.min(b, each)];
}

/**
 * Splits `total` twips into columns proportional to `relative`, as whole numbers summing exactly to `total`
 * (the rounding remainder goes to the last column).
 */
export function proportionalWidths(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((r) => Math.floor((r / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1]! += rest;
  return widths;
}

/** The DejaVu Sans faces the PDF writer embeds: read once per process, registered on every document. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Mark } from '../../../model/ir.js';

/** Names under which the four faces are registered on a PDFKit document. */
export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FONT_FILES: Record<FontKey, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
  boldItalic: 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf',
};

/** Ascender of every DejaVu Sans face, as a fraction of the font size (hhea 1901 / 2048). */
export const FONT_ASCENT = 1901 / 2048;
/** Descender depth of every DejaVu Sans face, as a fraction of the font size (hhea 483 / 2048). */
export const FONT_DESCENT = 483 / 2048;

let cache: Record<FontKey, Buffer> | null = null;

/** The font files' bytes, read on first use and kept for the life of the process. */
export function fontBuffers(): Record<FontKey, Buffer> {
  if (cache === null) {
    const require = createRequire(import.meta.url);
    const read = (key: FontKey): Buffer => readFileSync(require.resolve(FONT_FILES[key]));
    cache = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
  }
  return cache;
}

/** Registers the four faces on `doc` under their {@link FontKey} names and selects the regular face. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const buffers = fontBuffers();
  for (const key of Object.keys(buffers) as FontKey[]) doc.registerFont(key, buffers[key]);
  doc.font('regular');
}

/** The face for a run that is `bold`/`italic` on top of a base style that may itself be bold or italic. */
export function faceFor(marks: readonly Mark[], base: { bold: boolean; italic: boolean }): FontKey {
  const bold = base.bold || marks.includes('bold');
  const italic = base.italic || marks.includes('italic');
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  return italic ? 'italic' : 'regular';
}

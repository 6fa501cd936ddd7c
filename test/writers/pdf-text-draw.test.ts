/** The PDF writer's fast text drawing writes exactly the operators PDFKit's own `text()` writes. */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { registerFonts, type FontKey } from '../../src/render/writers/pdf/fonts.js';
import { drawText, selectFace } from '../../src/render/writers/pdf/text-draw.js';

const SAMPLES = [
  'Quảng Trị province',
  // Kerning pairs (AV, To, Ty, Wa) cut the glyph runs with adjustments.
  'AVATAR To Tyre Wave WAVE',
  // Decomposed marks are positioned by the font (GPOS offsets): the glyph-by-glyph path.
  'Quang Tri\u0323 cafe\u0301 a\u0300\u0301 Ðăk Lăk',
  '  leading and  double  spaces ',
  'tab\tseparated\ttext',
  '18 tập thể và 28 cá nhân; 88,5%; 3 106; “quotes” — dash',
  'ǅ ﬁ ﬂ ligature candidates office',
];

/** The content stream of a one-page document on which `draw` ran (uncompressed, so it can be compared). */
async function contentOf(draw: (pdf: PDFKit.PDFDocument) => void): Promise<string> {
  const pdf = new PDFDocument({ autoFirstPage: false, compress: false, font: '' });
  registerFonts(pdf);
  pdf.addPage({ size: 'A4', margin: 0 });
  draw(pdf);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => pdf.on('end', () => resolve()));
  pdf.end();
  await done;
  const bytes = Buffer.concat(chunks).toString('latin1');
  // Drop the parts that differ from run to run on their own (the ID, the date).
  return bytes.replace(/\/ID \[[^\]]*\]/, '').replace(/\/CreationDate \([^)]*\)/, '');
}

describe('drawText', () => {
  for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as FontKey[]) {
    it(`gives PDFKit's own output in the ${face} face`, async () => {
      const ours = await contentOf((pdf) => {
        SAMPLES.forEach((s, i) => {
          selectFace(pdf, face).fontSize(9 + i).fillColor('#334455');
          drawText(pdf, s, 40 + i, 60 + 30 * i);
        });
      });
      const theirs = await contentOf((pdf) => {
        SAMPLES.forEach((s, i) => {
          pdf.font(face).fontSize(9 + i).fillColor('#334455');
          pdf.text(s, 40 + i, 60 + 30 * i, { lineBreak: false });
        });
      });
      expect(ours).toBe(theirs);
    });
  }

  it('uses the glyph-by-glyph path for marks the font positions', async () => {
    const stream = await contentOf((pdf) => {
      selectFace(pdf, 'regular').fontSize(10);
      drawText(pdf, 'Tri\u0323', 10, 10);
    });
    // A mark offset moves the text matrix inside the text object.
    expect(stream.match(/ Tm\n/g)?.length ?? 0).toBeGreaterThan(1);
  });

  it('draws nothing for empty text', async () => {
    const empty = await contentOf(() => {});
    const blank = await contentOf((pdf) => drawText(pdf, '\n', 10, 10));
    expect(blank).toBe(empty);
  });
});

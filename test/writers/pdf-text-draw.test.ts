/** The PDF writer's fast text drawing: PDFKit's own operators for each word, drawn as wide as the line breaker measures. */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { createMeasure } from '../../src/render/writers/pdf/context.js';
import { registerFonts, type FontKey } from '../../src/render/writers/pdf/fonts.js';
import { drawText, selectFace } from '../../src/render/writers/pdf/text-draw.js';
import { pdfLayout } from '../helpers/pdf-text.js';

const WORDS = [
  'Quảng',
  // Kerning pairs (AV, To, Ty, Wa) cut the glyph runs with adjustments.
  'AVATAR', 'Tyre', 'WAVE', 'To.',
  // Decomposed marks are positioned by the font (GPOS offsets): the glyph-by-glyph path.
  'Tri\u0323', 'cafe\u0301', 'a\u0300\u0301', 'Ðăk',
  '88,5%;', '“quotes”', '—', 'ǅ', 'ﬁﬂ', 'office',
];

const LINES = [
  'Quảng Trị province',
  'AVATAR To Tyre Wave WAVE',
  'Quang Tri\u0323 cafe\u0301 Ðăk Lăk',
  '18 tập thể và 28 cá nhân; 88,5%; 3 106; “quotes” — dash',
];

/** The text objects (BT … ET) of a content stream. */
const textObjects = (stream: string) => stream.match(/^BT\n[\s\S]*?\nET$/gm) ?? [];

/** The content stream of a one-page document on which `draw` ran (uncompressed, so it can be compared). */
async function contentOf(draw: (pdf: PDFKit.PDFDocument) => void): Promise<string> {
  const pdf = new PDFDocument({ autoFirstPage: false, compress: false, font: '', info: { CreationDate: new Date(0) } });
  registerFonts(pdf);
  pdf.addPage({ size: 'A4', margin: 0 });
  draw(pdf);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => pdf.on('end', () => resolve()));
  pdf.end();
  await done;
  return Buffer.concat(chunks).toString('latin1');
}

describe('drawText', () => {
  for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as FontKey[]) {
    it(`writes PDFKit's own text objects for single words in the ${face} face`, async () => {
      const ours = await contentOf((pdf) => {
        WORDS.forEach((s, i) => {
          selectFace(pdf, face).fontSize(9 + i);
          drawText(pdf, s, 40 + i, 60 + 30 * i, '#334455');
        });
      });
      const theirs = await contentOf((pdf) => {
        WORDS.forEach((s, i) => {
          pdf.font(face).fontSize(9 + i).fillColor('#334455');
          pdf.text(s, 40 + i, 60 + 30 * i, { lineBreak: false });
        });
      });
      expect(textObjects(ours)).toHaveLength(WORDS.length);
      expect(textObjects(ours)).toEqual(textObjects(theirs));
    });
  }

  it('sets the colour inside its own graphics state', async () => {
    const stream = await contentOf((pdf) => {
      selectFace(pdf, 'regular').fontSize(10);
      drawText(pdf, 'Hà Nội', 10, 10, '#1a55a0');
    });
    expect(stream).toMatch(/\nq\n0\.102 0\.3333 0\.6275 rg\n1 0 0 -1 0 841\.89 cm\nBT\n[\s\S]*?\nET\nQ\n/);
  });

  it('draws a line of words and spaces as wide as its words and spaces measure, and it reads back', async () => {
    const pdf = new PDFDocument({ autoFirstPage: false, compress: false, font: '' });
    registerFonts(pdf);
    const measure = createMeasure(pdf);
    pdf.addPage({ size: 'A4', margin: 0 });
    LINES.forEach((line, i) => {
      selectFace(pdf, 'regular').fontSize(12);
      drawText(pdf, line, 20, 40 + 40 * i, '#000000');
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve) => pdf.on('end', () => resolve()));
    pdf.end();
    await done;
    const [page] = await pdfLayout(new Uint8Array(Buffer.concat(chunks)));
    const items = page!.items;
    expect(items.map((item) => item.str.normalize('NFC'))).toEqual(LINES.map((l) => l.normalize('NFC')));
    LINES.forEach((line, i) => {
      const words = line.split(' ');
      const measured = words.reduce((sum, w) => sum + measure(w, 'regular', 12), 0) + (words.length - 1) * measure(' ', 'regular', 12);
      expect(items[i]!.width).toBeCloseTo(measured, 1);
    });
  });

  it('uses the glyph-by-glyph path for marks the font positions', async () => {
    const stream = await contentOf((pdf) => {
      selectFace(pdf, 'regular').fontSize(10);
      drawText(pdf, 'Tri\u0323', 10, 10, '#000000');
    });
    // A mark offset moves the text matrix inside the text object.
    expect(stream.match(/ Tm\n/g)?.length ?? 0).toBeGreaterThan(1);
  });

  it('draws nothing for empty text', async () => {
    const empty = await contentOf(() => {});
    const blank = await contentOf((pdf) => drawText(pdf, '\n', 10, 10, '#000000'));
    expect(blank).toBe(empty);
  });
});

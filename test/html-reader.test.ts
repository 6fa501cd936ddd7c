/** Saved pages: the bare tree finds the blocks linkedom's DOM finds, and readHtml keeps its rules. */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bareBody, bareReader, parseBare } from '../src/ingest/bare-html.js';
import { blocksOf } from '../src/ingest/blocks.js';
import { domReader } from '../src/ingest/dom.js';
import { readHtml } from '../src/ingest/html-reader.js';

const tags = ['p', 'div', 'span', 'h2', 'li', 'ul', 'figure', 'figcaption', 'td', 'table', 'tr', 'template', 'blockquote', 'P', 'Figure', 'br', 'img', 'b', 'body', 'svg', 'textarea'];
const text = fc.constantFrom('Hội nghị', 'crime fell 7.1%', '&amp; &lt;', '  ', '\n', 'a</p>b', 'x');
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...tags), fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(([t, kids, close]) => `<${t}>${kids.join('')}${close ? `</${t}>` : ''}`),
  ),
})).node;

describe('html blocks', () => {
  it('are the same from the bare tree as from linkedom', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), (nodes) => {
        const page = `<!doctype html><html><body>${nodes.join('')}</body></html>`;
        const { document } = parseHTML(page);
        const body = bareBody(parseBare(page));
        expect(body ? blocksOf(body, bareReader) : []).toEqual(blocksOf<ParentNode>(document.body, domReader));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the words on either side of a line break apart', () => {
    const page = '<!doctype html><html><body><p class="signature"><strong>Lieutenant Colonel NONG VAN TUAN</strong><br>Bac Kan Provincial Police</p></body></html>';
    const expected = [{ text: 'Lieutenant Colonel NONG VAN TUAN Bac Kan Provincial Police' }];
    expect(blocksOf<ParentNode>(parseHTML(page).document.body, domReader)).toEqual(expected);
    expect(blocksOf(bareBody(parseBare(page))!, bareReader)).toEqual(expected);
  });

  it('reads metadata, captions and the main text of a page', () => {
    const body = 'The provincial police reported that crime fell by 7.1% in 2023 compared with the previous year.';
    const page = `<html lang="vi"><head><meta property="og:title" content="Conference"><link rel="CANONICAL" href="https://x.example/a"><meta name="author" content="Le Minh"></head><body><nav><a>Home</a></nav><article><h1>Conference</h1><p>${body}</p><figure><img src="x.jpg"><figcaption>Scene - Photo: X</figcaption></figure><template><p>hidden</p></template><p>${body} Again.</p></article></body></html>`;
    const read = readHtml(page);
    expect(read).toMatchObject({ title: 'Conference', url: 'https://x.example/a', author: 'Le Minh', language: 'vi' });
    expect(read.blocks).toEqual([{ text: body }, { text: 'Scene - Photo: X', role: 'caption' }, { text: `${body} Again.` }]);
  });
});

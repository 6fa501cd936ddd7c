/** Generated IR documents (fast-check) for the writers' property tests: any mix of blocks, hostile text included. */
import fc from 'fast-check';
import { barChart, cell, footnoteRef, heading, link, list, pageBreak, paragraph, row, section, table, toc } from '../../src/model/builders.js';
import { IR_SCHEMA_ID, type BriefDocument, type Cell, type FlowBlock, type Inline, type Row, type TextRun } from '../../src/model/ir.js';

export interface IrArbitraryOptions {
  /** Texts mixed into the random strings (names with diacritics, markup-looking text...). */
  texts: string[];
  hrefs: string[];
  idMaxLength: number;
  bodyRowsMax: number;
  margin: fc.Arbitrary<number>;
  /** Also vary language, keywords and the date string (including invalid ones). */
  variedMeta: boolean;
}

/** An arbitrary BriefDocument: sections of headings, paragraphs, lists, tables, page breaks, TOCs and charts. */
export function irDocumentArb(o: IrArbitraryOptions): fc.Arbitrary<BriefDocument> {
  const textArb = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...o.texts), fc.lorem({ maxCount: 30 }));
  const runArb: fc.Arbitrary<TextRun> = fc.record({
    type: fc.constant('text' as const),
    value: textArb,
    marks: fc.subarray(['bold', 'italic'] as const).map((m) => [...m]),
  });
  const inlineArb: fc.Arbitrary<Inline> = fc.oneof(
    { weight: 4, arbitrary: runArb },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...o.hrefs), fc.array(runArb, { maxLength: 2 })).map(([href, children]) => link(href, children)) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }).map((n) => footnoteRef(n)) },
  );
  const inlinesArb = fc.array(inlineArb, { maxLength: 5 });
  const cellBlockArb = fc.oneof(
    fc.tuple(inlinesArb, fc.constantFrom('body', 'lead', 'caption', 'note') as fc.Arbitrary<'body' | 'lead' | 'caption' | 'note'>).map(([i, s]) => paragraph(i, s)),
    fc.tuple(fc.boolean(), fc.array(inlinesArb, { maxLength: 3 })).map(([ordered, items]) => list(ordered, items)),
  );
  const cellArb: fc.Arbitrary<Cell> = fc.tuple(fc.array(cellBlockArb, { maxLength: 3 }), fc.integer({ min: 1, max: 3 })).map(([b, span]) => cell(b, span));
  const rowArb: fc.Arbitrary<Row> = fc.array(cellArb, { maxLength: 6 }).map((cells) => row(cells));
  const blockArb: fc.Arbitrary<FlowBlock> = fc.oneof(
    fc.tuple(fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>, fc.string({ maxLength: o.idMaxLength }), inlinesArb).map(([l, id, c]) => heading(l, id, c)),
    cellBlockArb,
    fc.tuple(fc.array(rowArb, { maxLength: 2 }), fc.array(rowArb, { maxLength: o.bodyRowsMax }), fc.option(fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { maxLength: 7 })), fc.option(textArb))
      .map(([h, b, w, c]) => table(h, b, w, c)),
    fc.constant(pageBreak()),
    fc.tuple(textArb, fc.integer({ min: 1, max: 3 })).map(([t, l]) => toc(t, l)),
    fc.tuple(textArb, fc.option(textArb), fc.array(fc.record({ label: textArb, value: fc.double({ noNaN: true, noDefaultInfinity: true }) }), { maxLength: 6 }))
      .map(([t, u, bars]) => barChart(t, u, bars)),
  );
  return fc
    .record({
      sections: fc.array(fc.tuple(fc.constantFrom('portrait', 'landscape') as fc.Arbitrary<'portrait' | 'landscape'>, fc.array(blockArb, { maxLength: 6 })).map(([or, c]) => section(or, c)), { maxLength: 3 }),
      footnotes: fc.array(inlinesArb, { maxLength: 3 }),
      header: fc.option(textArb),
      footer: fc.option(fc.oneof(textArb, fc.constant('Page {page} of {pages}'))),
      size: fc.constantFrom('A4', 'Letter') as fc.Arbitrary<'A4' | 'Letter'>,
      margin: o.margin,
      title: textArb,
      keywords: o.variedMeta ? fc.array(textArb, { maxLength: 3 }) : fc.constant<string[]>(['defence']),
      language: o.variedMeta ? fc.constantFrom<string>('vi', 'en', 'fr', 'en-GB', '', 'not a tag!') : fc.constant<string>('en'),
      date: o.variedMeta ? fc.constantFrom<string>('2024-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', 'garbage') : fc.constant<string>('2023-11-14T22:13:20.000Z'),
    })
    .map(({ sections, footnotes, header, footer, size, margin, title, keywords, language, date }) => ({
      schema: IR_SCHEMA_ID,
      meta: { title, subject: 'Generated', author: 'provincial-briefs', keywords, language, date },
      page: { size, orientation: 'portrait' as const, margins: { top: margin, right: margin, bottom: margin, left: margin } },
      header,
      footer,
      sections,
      footnotes,
    }));
}

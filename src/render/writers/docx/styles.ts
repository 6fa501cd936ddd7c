/** The DOCX writer's named styles, list numbering and table style: all formatting lives here, not on runs. */
import { AlignmentType, LevelFormat, type INumberingOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';

/** Style ids the writer refers to. Built-in ids (Heading1, Caption…) keep Word's built-in names so Word knows them. */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  headings: ['Heading1', 'Heading2', 'Heading3'],
  lead: 'Lead',
  caption: 'Caption',
  note: 'Note',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  figure: 'Figure',
  tocHeading: 'TOCHeading',
  toc: ['TOC1', 'TOC2', 'TOC3'],
  header: 'Header',
  footer: 'Footer',
  footnoteText: 'FootnoteText',
  listParagraph: 'ListParagraph',
  listBullet: 'ListBullet',
  tableBullet: 'TableBullet',
  tableHeadingBullet: 'TableHeadingBullet',
  hyperlink: 'Hyperlink',
  table: 'BriefTable',
} as const;

/** Numbering references of the two list kinds. */
export const LIST = { bullet: 'brief-bullet', ordered: 'brief-ordered' } as const;

/**
 * The numbering of a bullet style: its paragraph style puts a bulleted item in its list, as Word's List Bullet style
 * does, rather than each item naming it; bullets have no numbers to restart. Each style has a list instance of its
 * own, as LibreOffice gives a list's numbering to one paragraph style only.
 */
function bulleted(instance: 0 | 1 | 2) {
  return { reference: LIST.bullet, level: 0, instance };
}

/** The text font; Word falls back to a similar sans-serif where DejaVu Sans isn't installed. */
export const FONT = 'DejaVu Sans';

const INK = '1A1A1A';
const ACCENT = '1F3864';
const MUTED = '595959';
const RULE = '8EA0B8';
/** Fill of a table's header row. */
export const HEADER_FILL = 'DCE3EE';
/** Border colour of tables. */
export const TABLE_RULE = RULE;

/** Paragraph styles, by id. Sizes are in half-points, spacing in twips. */
function paragraphStyles(): IParagraphStyleOptions[] {
  const heading = (level: 1 | 2 | 3, size: number, before: number): IParagraphStyleOptions => ({
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    uiPriority: 9,
    paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true, spacing: { before, after: 120 } },
    run: { bold: true, size, color: ACCENT },
  });
  const toc = (level: 1 | 2 | 3): IParagraphStyleOptions => ({
    id: `TOC${level}`,
    name: `toc ${level}`,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 39,
    unhideWhenUsed: true,
    paragraph: { spacing: { before: level === 1 ? 80 : 0, after: 40 }, indent: { left: (level - 1) * 360 } },
    run: level === 1 ? { bold: true } : {},
  });
  return [
    {
      id: STYLE.normal, name: 'Normal', quickFormat: true,
      paragraph: { spacing: { after: 120, line: 276, lineRule: 'auto' } },
    },
    {
      id: STYLE.title, name: 'Title', basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true,
      paragraph: { spacing: { after: 240 } }, run: { size: 48, bold: true, color: ACCENT },
    },
    heading(1, 32, 360),
    heading(2, 26, 280),
    heading(3, 22, 200),
    {
      id: STYLE.lead, name: 'Lead', basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true,
      paragraph: { spacing: { after: 200 } }, run: { size: 23, color: '333333' },
    },
    {
      id: STYLE.caption, name: 'caption', basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true, uiPriority: 35,
      paragraph: { keepNext: true, spacing: { before: 200, after: 80 } }, run: { size: 18, bold: true, color: ACCENT },
    },
    {
      id: STYLE.note, name: 'Note', basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true,
      paragraph: { spacing: { after: 80 } }, run: { size: 17, color: MUTED },
    },
    {
      id: STYLE.tableText, name: 'Table Text', basedOn: STYLE.normal, quickFormat: true,
      paragraph: { spacing: { before: 0, after: 40, line: 240, lineRule: 'auto' } }, run: { size: 18 },
    },
    {
      id: STYLE.tableHeading, name: 'Table Heading', basedOn: STYLE.tableText, quickFormat: true,
      paragraph: { keepNext: true }, run: { bold: true, color: ACCENT },
    },
    {
      id: STYLE.figure, name: 'Figure', basedOn: STYLE.normal, next: STYLE.normal,
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 200 } },
    },
    {
      id: STYLE.tocHeading, name: 'TOC Heading', basedOn: STYLE.normal, next: STYLE.normal, uiPriority: 39,
      unhideWhenUsed: true, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } },
      run: { bold: true, size: 26, color: ACCENT },
    },
    toc(1),
    toc(2),
    toc(3),
    {
      id: STYLE.listParagraph, name: 'List Paragraph', basedOn: STYLE.normal, quickFormat: true,
      paragraph: { contextualSpacing: true, spacing: { after: 60 } },
    },
    {
      id: STYLE.listBullet, name: 'List Bullet', basedOn: STYLE.listParagraph, uiPriority: 99, unhideWhenUsed: true,
      paragraph: { numbering: bulleted(0) },
    },
    { id: STYLE.tableBullet, name: 'Table Bullet', basedOn: STYLE.tableText, paragraph: { numbering: bulleted(1) } },
    {
      id: STYLE.tableHeadingBullet, name: 'Table Heading Bullet', basedOn: STYLE.tableHeading,
      paragraph: { numbering: bulleted(2) },
    },
    {
      id: STYLE.header, name: 'header', basedOn: STYLE.normal, uiPriority: 99,
      paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } }, run: { size: 16, color: MUTED },
    },
    {
      id: STYLE.footer, name: 'footer', basedOn: STYLE.normal, uiPriority: 99,
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } }, run: { size: 16, color: MUTED },
    },
    {
      id: STYLE.footnoteText, name: 'footnote text', basedOn: STYLE.normal, uiPriority: 99,
      paragraph: { spacing: { after: 0, line: 240, lineRule: 'auto' } }, run: { size: 16 },
    },
  ];
}

/**
 * styles.xml holding the table style: thin rules, cell padding and a shaded, bold first row. docx has no option for
 * table styles, but takes external styles.xml content and merges its own defaults and our named styles into it.
 * The XML is a constant: no document text goes into it.
 */
export function tableStyleXml(): string {
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/>`)
    .join('');
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    + `<w:style w:type="table" w:styleId="${STYLE.table}"><w:name w:val="Brief Table"/><w:basedOn w:val="TableNormal"/>`
    + '<w:uiPriority w:val="59"/><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
    + `<w:tblPr><w:tblBorders>${sides}</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/>`
    + '<w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    + `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/></w:tcPr></w:tblStylePr>`
    + '</w:style></w:styles>';
}

/**
 * word/fontTable.xml declaring DejaVu Sans as a sans-serif (family, pitch, PANOSE from the font's OS/2 table) with
 * Verdana, of similar widths and with Vietnamese, as its alternative: what Word substitutes it by where it is missing.
 */
export function declareFont(fontTable: string): string {
  const font = `<w:font w:name="${FONT}"><w:altName w:val="Verdana"/><w:panose1 w:val="020B0603030804020204"/>`
    + '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>';
  if (fontTable.includes(`w:name="${FONT}"`)) return fontTable;
  return fontTable.includes('</w:fonts>')
    ? fontTable.replace('</w:fonts>', `${font}</w:fonts>`)
    : fontTable.replace(/<w:fonts\b([^>]*)\/>/, `<w:fonts$1>${font}</w:fonts>`);
}

/** The document's styles: defaults (font, size, language) and every named style the writer uses. */
export function briefStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 20, color: INK, language: { value: language } },
        paragraph: { spacing: { after: 120 } },
      },
      hyperlink: { run: { color: '1F5FAD', underline: { type: 'single' } } },
    },
    paragraphStyles: paragraphStyles(),
  };
}

/** Bullet and ordered list definitions; each ordered list uses its own instance so its numbers restart. */
export function briefNumbering(): INumberingOptions {
  const indent = { left: 360, hanging: 270 };
  return {
    config: [
      {
        reference: LIST.bullet,
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }],
      },
      {
        reference: LIST.ordered,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 310 } } } }],
      },
    ],
  };
}

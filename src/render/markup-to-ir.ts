/** Brief markup (a small, strict HTML subset) to Document IR: one handler per tag; anything else is an error with its line. */
import { Parser } from 'htmlparser2';
import { barChart, cell, heading, link, list, paragraph, row, section, table, text, toc, pageBreak, footnoteRef } from '../model/builders.js';
import type { Cell, FlowBlock, Inline, Mark, Row, Section, TextRun } from '../model/ir.js';

export const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'p', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'section', 'page-break', 'toc', 'figure', 'chart', 'bar', 'note', 'header', 'footer', 'br',
] as const;

/** The attributes each tag takes (the others take none), and the values of those with a fixed set. */
export const TAG_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, readonly string[] | null>>>> = {
  h1: { id: null },
  h2: { id: null },
  h3: { id: null },
  p: { class: ['lead', 'caption', 'note'] },
  a: { href: null },
  table: { 'data-widths': null, caption: null },
  th: { colspan: null },
  td: { colspan: null },
  section: { orientation: ['portrait', 'landscape'] },
  toc: { title: null, depth: ['1', '2', '3'] },
  chart: { title: null, unit: null },
  bar: { label: null, value: null },
};

/** A markup error: the template (or source), the line and what is wrong. */
export class MarkupError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    message: string,
  ) {
    super(`${source}:${line}: ${message}`);
    this.name = 'MarkupError';
  }
}

export interface ParsedMarkup {
  sections: Section[];
  footnotes: Inline[][];
  header: string | null;
  footer: string | null;
}

type Frame =
  | { tag: 'root' }
  | { tag: 'section'; section: Section }
  | { tag: 'inline-host'; kind: 'h1' | 'h2' | 'h3' | 'p' | 'li' | 'note' | 'cell' | 'header' | 'footer'; inlines: Inline[]; attrs: Record<string, string>; blocks?: Cell['blocks'] }
  | { tag: 'list'; ordered: boolean; items: Inline[][] }
  | { tag: 'table'; header: Row[]; body: Row[]; inHead: boolean; widths: number[] | null; caption: string | null }
  | { tag: 'tr'; cells: Cell[] }
  | { tag: 'mark'; mark: Mark }
  | { tag: 'a'; href: string; runs: TextRun[] }
  | { tag: 'chart'; title: string; unit: string | null; bars: Array<{ label: string; value: number }> }
  | { tag: 'transparent'; name: string };

const slug = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'section';

/** Parse brief markup into the pieces of a Document IR. Throws MarkupError naming the line. */
export function parseMarkup(markup: string, source: string, pageOrientation: Section['orientation'] = 'portrait'): ParsedMarkup {
  const sections: Section[] = [];
  const footnotes: Inline[][] = [];
  let header: string | null = null;
  let footer: string | null = null;
  const stack: Frame[] = [{ tag: 'root' }];
  const ids = new Map<string, number>();
  let lineAt = 0;
  let line = 1;
  let parser: Parser;
  const lineOf = (index: number) => {
    for (; lineAt < index && lineAt < markup.length; lineAt++) if (markup[lineAt] === '\n') line++;
    return line;
  };
  const fail = (message: string): never => {
    throw new MarkupError(source, lineOf(parser.startIndex), message);
  };
  const top = () => stack[stack.length - 1] as Frame;
  const marks = (): Mark[] => stack.filter((f): f is Extract<Frame, { tag: 'mark' }> => f.tag === 'mark').map((f) => f.mark);
  const host = () => [...stack].reverse().find((f) => f.tag === 'inline-host' || f.tag === 'a') as Extract<Frame, { tag: 'inline-host' } | { tag: 'a' }> | undefined;
  const currentSection = (): Section => {
    const s = [...stack].reverse().find((f): f is Extract<Frame, { tag: 'section' }> => f.tag === 'section');
    if (s) return s.section;
    let implicit = sections[sections.length - 1];
    if (!implicit || (implicit as Section & { explicit?: boolean }).explicit) {
      implicit = section(pageOrientation, []);
      sections.push(implicit);
    }
    return implicit;
  };
  const addBlock = (b: FlowBlock) => {
    const cellHost = [...stack].reverse().find((f) => f.tag === 'inline-host' && f.kind === 'cell');
    if (cellHost) fail(`<${b.type}> is not allowed inside a table cell`);
    currentSection().children.push(b);
  };
  const uniqueId = (base: string) => {
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };

  parser = new Parser(
    {
      onopentag(name, attrs) {
        if (!(ALLOWED_TAGS as readonly string[]).includes(name)) fail(`unknown tag <${name}>; allowed: ${ALLOWED_TAGS.join(', ')}`);
        const takes = TAG_ATTRIBUTES[name] ?? {};
        for (const [attribute, value] of Object.entries(attrs)) {
          if (!Object.hasOwn(takes, attribute)) {
            const names = Object.keys(takes);
            fail(`<${name}> has no attribute "${attribute}"; ${names.length ? `it takes ${names.join(', ')}` : 'it takes none'}`);
          }
          const values = takes[attribute];
          if (values && !values.includes(value.trim())) fail(`<${name} ${attribute}="${value}">: ${attribute} is ${values.join(', ')}`);
        }
        const parent = top();
        switch (name) {
          case 'section': {
            if (stack.some((f) => f.tag !== 'root')) fail('<section> must be at the top level');
            const s = section(attrs.orientation === 'landscape' || attrs.orientation === 'portrait' ? attrs.orientation : pageOrientation, []);
            (s as Section & { explicit?: boolean }).explicit = true;
            sections.push(s);
            stack.push({ tag: 'section', section: s });
            return;
          }
          case 'h1': case 'h2': case 'h3': case 'p': case 'header': case 'footer':
            if (host()) fail(`<${name}> cannot be inside another text block`);
            stack.push({ tag: 'inline-host', kind: name, inlines: [], attrs });
            return;
          case 'note':
            if (!host()) fail('<note> must be inside a text block');
            stack.push({ tag: 'inline-host', kind: 'note', inlines: [], attrs });
            return;
          case 'ul': case 'ol':
            if (host() && !(parent.tag === 'inline-host' && parent.kind === 'cell')) fail(`<${name}> cannot be inside a text block`);
            stack.push({ tag: 'list', ordered: name === 'ol', items: [] });
            return;
          case 'li':
            if (parent.tag !== 'list') fail('<li> must be inside <ul> or <ol>');
            stack.push({ tag: 'inline-host', kind: 'li', inlines: [], attrs });
            return;
          case 'table': {
            const widths = attrs['data-widths'] ? attrs['data-widths'].split(/[\s,]+/).map(Number).filter((n) => n > 0) : null;
            stack.push({ tag: 'table', header: [], body: [], inHead: false, widths, caption: attrs.caption ?? null });
            return;
          }
          case 'thead': case 'tbody':
            if (parent.tag !== 'table') fail(`<${name}> must be inside <table>`);
            (parent as Extract<Frame, { tag: 'table' }>).inHead = name === 'thead';
            stack.push({ tag: 'transparent', name });
            return;
          case 'tr':
            if (![...stack].reverse().find((f) => f.tag === 'table')) fail('<tr> must be inside <table>');
            stack.push({ tag: 'tr', cells: [] });
            return;
          case 'th': case 'td':
            if (parent.tag !== 'tr') fail(`<${name}> must be inside <tr>`);
            stack.push({ tag: 'inline-host', kind: 'cell', inlines: [], attrs: { ...attrs, th: name === 'th' ? '1' : '' }, blocks: [] });
            return;
          case 'strong': case 'em':
            if (!host()) fail(`<${name}> must be inside a text block`);
            stack.push({ tag: 'mark', mark: name === 'strong' ? 'bold' : 'italic' });
            return;
          case 'a':
            if (!host()) fail('<a> must be inside a text block');
            if (!attrs.href || !/^(https?:|mailto:|#)/i.test(attrs.href)) fail('<a> needs an href starting with http:, https:, mailto: or #');
            stack.push({ tag: 'a', href: attrs.href as string, runs: [] });
            return;
          case 'br': {
            const h = host();
            if (h?.tag === 'inline-host') h.inlines.push(text('\n', marks()));
            stack.push({ tag: 'transparent', name });
            return;
          }
          case 'page-break':
            addBlock(pageBreak());
            stack.push({ tag: 'transparent', name });
            return;
          case 'toc':
            addBlock(toc(attrs.title ?? 'Contents', Number(attrs.depth ?? 2) || 2));
            stack.push({ tag: 'transparent', name });
            return;
          case 'figure':
            stack.push({ tag: 'transparent', name });
            return;
          case 'chart':
            stack.push({ tag: 'chart', title: attrs.title ?? '', unit: attrs.unit ?? null, bars: [] });
            return;
          case 'bar': {
            if (parent.tag !== 'chart') fail('<bar> must be inside <chart>');
            const value = Number(attrs.value);
            if (!Number.isFinite(value)) fail(`<bar> value "${attrs.value ?? ''}" is not a number`);
            (parent as Extract<Frame, { tag: 'chart' }>).bars.push({ label: attrs.label ?? '', value });
            stack.push({ tag: 'transparent', name });
            return;
          }
        }
      },
      ontext(data) {
        const h = host();
        if (!h) {
          if (data.trim() !== '') fail(`text outside a block: "${data.trim().slice(0, 40)}"`);
          return;
        }
        const value = data.replace(/\s+/g, ' ');
        if (h.tag === 'a') h.runs.push(text(value, marks()));
        else h.inlines.push(text(value, marks()));
      },
      onclosetag(name, implied) {
        const frame = stack.pop() as Frame;
        if (implied && !['br', 'page-break', 'toc', 'bar'].includes(name) && frame.tag !== 'transparent') fail(`<${name}> is not closed`);
        switch (frame.tag) {
          case 'inline-host': {
            const inlines = trimInlines(frame.inlines);
            if (frame.kind === 'h1' || frame.kind === 'h2' || frame.kind === 'h3') {
              const level = Number(frame.kind[1]) as 1 | 2 | 3;
              addBlock(heading(level, uniqueId(frame.attrs.id ?? slug(plain(inlines))), inlines));
            } else if (frame.kind === 'p') {
              const style = (['lead', 'caption', 'note'] as const).find((s) => s === frame.attrs.class) ?? 'body';
              addBlock(paragraph(inlines, style));
            } else if (frame.kind === 'li') {
              (top() as Extract<Frame, { tag: 'list' }>).items.push(inlines);
            } else if (frame.kind === 'note') {
              footnotes.push(inlines);
              const h = host();
              if (h?.tag === 'inline-host') h.inlines.push(footnoteRef(footnotes.length));
            } else if (frame.kind === 'cell') {
              const blocks = [...(frame.blocks ?? []), ...(inlines.length ? [paragraph(inlines)] : [])];
              (top() as Extract<Frame, { tag: 'tr' }>).cells.push(cell(blocks, Math.max(1, Number(frame.attrs.colspan ?? 1) || 1)));
            } else if (frame.kind === 'header') header = plain(inlines);
            else if (frame.kind === 'footer') footer = plain(inlines);
            return;
          }
          case 'list': {
            const l = list(frame.ordered, frame.items);
            const parentCell = top();
            if (parentCell.tag === 'inline-host' && parentCell.kind === 'cell') {
              const pending = trimInlines(parentCell.inlines);
              if (pending.length) parentCell.blocks?.push(paragraph(pending));
              parentCell.inlines = [];
              parentCell.blocks?.push(l);
            } else addBlock(l);
            return;
          }
          case 'tr': {
            const t = [...stack].reverse().find((f): f is Extract<Frame, { tag: 'table' }> => f.tag === 'table');
            if (t) (t.inHead ? t.header : t.body).push(row(frame.cells));
            return;
          }
          case 'table':
            addBlock(table(frame.header, frame.body, frame.widths, frame.caption));
            return;
          case 'a': {
            const h = host();
            if (h?.tag === 'inline-host') h.inlines.push(link(frame.href, frame.runs));
            return;
          }
          case 'chart':
            addBlock(barChart(frame.title, frame.unit, frame.bars));
            return;
          default:
            return;
        }
      },
      onerror(error) {
        fail(error.message);
      },
    },
    { lowerCaseTags: true, recognizeSelfClosing: true, decodeEntities: true },
  );
  parser.write(markup);
  parser.end();
  if (stack.length > 1) throw new MarkupError(source, lineOf(markup.length), `<${(top() as { tag: string }).tag}> is not closed`);
  for (const s of sections) delete (s as Section & { explicit?: boolean }).explicit;
  return { sections: sections.filter((s) => s.children.length > 0), footnotes, header, footer };
}

function plain(inlines: Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.value : i.type === 'link' ? i.children.map((c) => c.value).join('') : '')).join('').trim();
}

/** Drop leading and trailing white space of a block's runs and merge adjacent runs with the same marks. */
function trimInlines(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const i of inlines) {
    const prev = merged[merged.length - 1];
    if (i.type === 'text' && prev?.type === 'text' && prev.marks.join() === i.marks.join()) prev.value += i.value;
    else merged.push(i.type === 'text' ? { ...i } : i);
  }
  const first = merged[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = merged[merged.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return merged.filter((i) => i.type !== 'text' || i.value !== '');
}

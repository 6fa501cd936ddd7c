/** HTML writer: one standalone, escaped HTML file with print CSS, walking the same IR as the other writers. */
import { assertNever, type BriefDocument, type Cell, type FlowBlock, type Inline } from '../../model/ir.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function inlines(list: Inline[]): string {
  return list
    .map((i) => {
      switch (i.type) {
        case 'text': {
          let s = escapeHtml(i.value).replace(/\n/g, '<br>');
          if (i.marks.includes('italic')) s = `<em>${s}</em>`;
          if (i.marks.includes('bold')) s = `<strong>${s}</strong>`;
          return s;
        }
        case 'link':
          return /^(https?:|mailto:|#)/i.test(i.href) ? `<a href="${escapeHtml(i.href)}">${inlines(i.children)}</a>` : inlines(i.children);
        case 'footnoteRef':
          return `<sup class="fn"><a href="#fn-${i.footnote}" id="fnref-${i.footnote}">${i.footnote}</a></sup>`;
        default:
          return assertNever(i);
      }
    })
    .join('');
}

function cellHtml(c: Cell, tag: 'th' | 'td'): string {
  const span = c.colspan > 1 ? ` colspan="${c.colspan}"` : '';
  return `<${tag}${span}>${c.blocks.map((b) => block(b)).join('')}</${tag}>`;
}

function block(b: FlowBlock, doc?: BriefDocument): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level} id="${escapeHtml(b.id)}">${inlines(b.children)}</h${b.level}>\n`;
    case 'paragraph':
      return `<p${b.style === 'body' ? '' : ` class="${b.style}"`}>${inlines(b.children)}</p>\n`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((it) => `<li>${inlines(it)}</li>`).join('')}</${tag}>\n`;
    }
    case 'table': {
      const cols = b.columnWidths ? `<colgroup>${b.columnWidths.map((w) => `<col style="width:${((w / b.columnWidths!.reduce((a, x) => a + x, 0)) * 100).toFixed(1)}%">`).join('')}</colgroup>` : '';
      const cap = b.caption ? `<caption>${escapeHtml(b.caption)}</caption>` : '';
      const head = b.header.length ? `<thead>${b.header.map((r) => `<tr>${r.cells.map((c) => cellHtml(c, 'th')).join('')}</tr>`).join('')}</thead>` : '';
      const body = `<tbody>${b.body.map((r) => `<tr>${r.cells.map((c) => cellHtml(c, 'td')).join('')}</tr>`).join('')}</tbody>`;
      return `<table>${cap}${cols}${head}${body}</table>\n`;
    }
    case 'pageBreak':
      return '<div class="page-break"></div>\n';
    case 'toc': {
      const heads = (doc?.sections ?? []).flatMap((s) => s.children).filter((x): x is Extract<FlowBlock, { type: 'heading' }> => x.type === 'heading' && x.level <= b.maxLevel);
      return `<nav class="toc"><h2>${escapeHtml(b.title)}</h2><ul>${heads.map((h) => `<li class="l${h.level}"><a href="#${escapeHtml(h.id)}">${inlines(h.children)}</a></li>`).join('')}</ul></nav>\n`;
    }
    case 'chart': {
      const max = Math.max(1, ...b.bars.map((x) => x.value));
      const rows = b.bars
        .map((x) => `<div class="bar-row"><span class="bar-label">${escapeHtml(x.label)}</span><span class="bar" style="width:${((x.value / max) * 60).toFixed(1)}%"></span><span class="bar-value">${x.value}</span></div>`)
        .join('');
      return `<figure class="chart"><figcaption>${escapeHtml(b.title)}${b.unit ? ` (${escapeHtml(b.unit)})` : ''}</figcaption>${rows}</figure>\n`;
    }
    default:
      return assertNever(b);
  }
}

const CSS = `
body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.45}
h1{font-size:1.7rem}h2{font-size:1.3rem;border-bottom:1px solid #ccc}h3{font-size:1.1rem}
p.lead{font-size:1.05rem;color:#333}p.caption,p.note{font-size:.85rem;color:#555}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.85rem}th,td{border:1px solid #999;padding:.3rem;vertical-align:top;text-align:left}
thead th{background:#e8eef5}caption{caption-side:top;font-weight:bold;text-align:left}
td ul,td ol{margin:0;padding-left:1.1rem}
.chart .bar-row{display:flex;align-items:center;gap:.5rem;margin:.2rem 0}.bar-label{width:12rem}.bar{background:#3a6ea5;height:.9rem;display:inline-block}
.toc ul{list-style:none;padding-left:0}.toc .l2{padding-left:1rem}.toc .l3{padding-left:2rem}
header.running,footer.running{color:#666;font-size:.8rem}
section.landscape{page:landscape}
@page{size:A4;margin:18mm}@page landscape{size:A4 landscape}
@media print{.page-break{break-after:page}section{break-before:page}section:first-of-type{break-before:auto}thead{display:table-header-group}tr{break-inside:avoid}}
`;

/** Render the IR as one standalone HTML document (UTF-8 bytes). */
export function renderHtml(doc: BriefDocument): Uint8Array {
  const sections = doc.sections
    .map((s) => `<section class="${s.orientation}">\n${s.children.map((b) => block(b, doc)).join('')}</section>`)
    .join('\n');
  const notes = doc.footnotes.length
    ? `<section class="footnotes"><ol>${doc.footnotes.map((n, i) => `<li id="fn-${i + 1}">${inlines(n)} <a href="#fnref-${i + 1}">↩</a></li>`).join('')}</ol></section>`
    : '';
  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(doc.meta.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(doc.meta.title)}</title>
<meta name="description" content="${escapeHtml(doc.meta.subject)}">
<meta name="keywords" content="${escapeHtml(doc.meta.keywords.join(', '))}">
<meta name="author" content="${escapeHtml(doc.meta.author)}">
<meta name="date" content="${escapeHtml(doc.meta.date)}">
<style>${CSS}</style>
</head>
<body>
${doc.header ? `<header class="running">${escapeHtml(doc.header)}</header>` : ''}
${sections}
${notes}
${doc.footer ? `<footer class="running">${escapeHtml(doc.footer.replace(/\s*\{page\}.*$/, '').trim() || doc.meta.title)}</footer>` : ''}
</body>
</html>
`;
  return new TextEncoder().encode(html);
}

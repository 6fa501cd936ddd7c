/** File formats of the corpus: an article in words saved as plain text, Markdown with front matter, or a web page. */
import type { ArticleText, Block } from './corpus-text.js';

export interface PageHabits {
  /** Blank lines between paragraphs (plain text). */
  blankLines: boolean;
  /** A date line under the title (plain text). */
  dateLine: boolean;
  /** Image file names on their own line before captions (plain text). */
  imageLines: boolean;
}

/** Plain text as copied from a news page: title, paragraphs one per line, captions, byline, then the page's tail. */
export function toTxt(a: ArticleText, habits: PageHabits): string {
  const lines: string[] = [a.title];
  if (habits.dateLine) lines.push(a.dateLine);
  const sep = habits.blankLines ? '\n\n' : '\n';
  const body: string[] = [];
  for (const b of a.blocks) {
    if (b.kind === 'list') body.push(...b.items);
    else if (b.kind === 'caption') body.push(habits.imageLines ? `${b.image}\n${b.text}` : b.text);
    else body.push(b.text);
  }
  body.push(a.author, a.furniture.source, a.furniture.comments, a.furniture.related, ...a.related);
  return `${lines.join('\n')}\n${body.join(sep)}\n`;
}

/** Markdown with YAML front matter (title, url, published); captions follow their images. */
export function toMd(a: ArticleText): string {
  const q = (s: string) => JSON.stringify(s);
  const out = ['---', `title: ${q(a.title)}`, `url: ${q(a.url)}`, `published: ${a.published}`, '---', '', `# ${a.title}`, ''];
  const imageBase = a.url.replace(/\/[^/]*$/, '/images/');
  for (const b of a.blocks) out.push(mdBlock(b, imageBase), '');
  out.push(`**${a.author}**`, '', a.furniture.source, '', a.furniture.comments, '', `## ${a.furniture.related}`, '');
  for (const r of a.related) out.push(`- [${r}](${imageBase.replace('/images/', '/')}${encodeURIComponent(r.slice(0, 20))})`);
  return `${out.join('\n')}\n`;
}

function mdBlock(b: Block, imageBase: string): string {
  if (b.kind === 'list') return b.items.map((i) => `- ${i}`).join('\n');
  if (b.kind === 'caption') return `![](${imageBase}${b.image})\n\n*${b.text}*`;
  return b.text;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A saved web page: head metadata, site menu, the article with figures, a related-links aside and a footer. */
export function toHtml(a: ArticleText): string {
  const e = escapeHtml;
  const site = `https://${a.outlet.host}`;
  const article = a.blocks.map((b) => {
    if (b.kind === 'list') return `      <ul>\n${b.items.map((i) => `        <li>${e(i)}</li>`).join('\n')}\n      </ul>`;
    if (b.kind === 'caption') return `      <figure class="image">\n        <img src="${site}/images/${e(b.image)}" alt="" width="800" height="533">\n        <figcaption>${e(b.text)}</figcaption>\n      </figure>`;
    return `      <p>${e(b.text)}</p>`;
  });
  return `<!DOCTYPE html>
<html lang="${a.lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${e(a.title)} | ${e(a.outlet.name)}</title>
  <meta property="og:title" content="${e(a.title)}">
  <meta property="og:url" content="${e(a.url)}">
  <meta property="article:published_time" content="${a.published}T${a.dateLine.slice(-5)}:00+07:00">
  <link rel="canonical" href="${e(a.url)}">
  <link rel="stylesheet" href="${site}/static/site.css">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="${site}/">${e(a.outlet.name)}</a>
    <nav class="main-menu">
      <ul>
${a.menu.map((m) => `        <li><a href="${site}/${encodeURIComponent(m.toLowerCase())}">${e(m)}</a></li>`).join('\n')}
      </ul>
    </nav>
  </header>
  <main class="container">
    <article class="article-detail">
      <h1 class="article-title">${e(a.title)}</h1>
      <div class="article-meta"><time datetime="${a.published}">${e(a.dateLine)}</time></div>
${article.join('\n')}
      <p class="author"><strong>${e(a.author)}</strong></p>
      <p class="source">${e(a.furniture.source)}</p>
    </article>
    <div class="share-tools"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Email</a></div>
    <section class="comment-box"><h3>${e(a.furniture.comments)}</h3></section>
    <aside class="related-news">
      <h3>${e(a.furniture.related)}</h3>
      <ul>
${a.related.map((r, i) => `        <li><a href="${site}/related-${i}.html">${e(r)}</a></li>`).join('\n')}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>${e(a.outlet.name)} - ${e(a.furniture.rights)}</p>
    <p><a href="${site}/contact">Contact</a> | <a href="${site}/rss">RSS</a></p>
  </footer>
</body>
</html>
`;
}

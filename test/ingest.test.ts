/** Ingest stage: formats, encodings and page furniture, on small inputs written for each case. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/ingest/errors.js';
import { parseArticle } from '../src/ingest/parse-article.js';

const enc = (s: string) => new TextEncoder().encode(s);
const body = 'The provincial police reported that crime fell by 7.1% in 2023 compared with the previous year.';

describe('parseArticle', () => {
  it('drops captions, photo credits, comment counters and related headlines', () => {
    const text = ['Title of the article', body, 'The chairman awarded flags - Photo: Le Minh', 'Another paragraph about the results of the year 2023 in the province.', 'Le Minh', 'Source', 'Comment (0)', 'Related headline one', 'Related headline two'].join('\n');
    const r = parseArticle(enc(text), 'a.txt');
    if (r.kind !== 'article') throw new Error('not an article');
    expect(r.article.title).toBe('Title of the article');
    expect(r.article.author).toBe('Le Minh');
    expect(r.article.paragraphs.filter((p) => p.role === 'body').map((p) => p.text)).toEqual([body, 'Another paragraph about the results of the year 2023 in the province.']);
    expect(r.article.paragraphs.find((p) => p.role === 'caption')?.text).toMatch(/Photo: Le Minh/);
  });

  it('takes the page date line as the published date, day first', () => {
    const r = parseArticle(enc(`A title\n\nViệt NamViệt Nam10/06/2024\n\n${body}\n${body}`), 'b.txt');
    expect(r.kind === 'article' && r.article.published).toBe('2024-06-10');
  });

  it('reads Markdown front matter; its values win', () => {
    const r = parseArticle(enc(`---\ntitle: Hội nghị\nurl: https://example.vn/a\npublished: 2024-03-16\nlanguage: vi\nprovince: Quảng Trị\ndate: 2024-03-15\n---\n# Hội nghị\n\n${body}\n`), 'c.md');
    if (r.kind !== 'article') throw new Error('not an article');
    expect(r.article).toMatchObject({ title: 'Hội nghị', url: 'https://example.vn/a', published: '2024-03-16', language: 'vi', overrides: { province: 'Quảng Trị', date: '2024-03-15' } });
  });

  it('reads the main text of a saved page and leaves menus, asides and scripts out', () => {
    const html = `<html><head><title>T</title><meta property="article:published_time" content="2024-01-26T08:00:00+07:00"></head><body><nav><a>Home</a><a>News</a></nav><article><h1>Conference</h1><p>${body}</p><figure><img src="x.jpg"><figcaption>Scene - Photo: X</figcaption></figure><p>${body} Again.</p></article><aside class="related"><ul><li>Other story</li></ul></aside><script>alert(1)</script><footer>© 2024 Outlet</footer></body></html>`;
    const r = parseArticle(enc(html), 'd.html');
    if (r.kind !== 'article') throw new Error('not an article');
    const text = r.article.paragraphs.map((p) => p.text).join(' ');
    expect(text).toContain(body);
    expect(text).not.toMatch(/Home|Other story|alert|©/);
    expect(r.article.published).toBe('2024-01-26');
  });

  it('refuses what is not an article with one clear message', () => {
    const message = (bytes: Uint8Array, name: string) => {
      try {
        parseArticle(bytes, name);
        return '';
      } catch (e) {
        return e instanceof InputError ? e.message : `unexpected ${String(e)}`;
      }
    };
    expect(message(enc(''), 'e.txt')).toBe('empty file');
    expect(message(enc('%PDF-1.4'), 'f.pdf')).toBe('unsupported format: save the article as text, Markdown or HTML');
    expect(message(enc('{"schema":"brief.review/1"}'), 'g.json')).toMatch(/^not a valid brief\.review\/1 Review: id: /);
  });
});

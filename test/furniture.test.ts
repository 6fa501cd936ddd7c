/** Page furniture in plain text and Markdown: what a reader of the Review sees, in the languages the tool reads. */
import { describe, expect, it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { bylineAuthor } from '../src/ingest/furniture.js';
import { parseArticle } from '../src/ingest/parse-article.js';
import type { Review } from '../src/model/review.js';

function review(text: string, file: string): Review {
  const r = parseArticle(new TextEncoder().encode(text), file);
  if (r.kind !== 'article') throw new Error('not an article');
  return articleToReview(r.article, loadKnowledge());
}

/** Everything a reader sees as content: items, figure labels and commendation givers. */
function content(r: Review): string {
  return [...r.results, ...r.shortcomings, ...r.tasks].map((i) => i.text).concat(r.figures.map((f) => f.label), r.commendations.map((c) => c.by ?? '')).join('\n');
}

const ARTICLES: Record<string, string> = {
  'fr.txt': `Le Courrier des Hauts Plateaux
Accueil | Politique | Économie | Société | Sports | Vidéos
Actualités > Sécurité

Kon Tum fait le bilan de la sécurité en 2023

Le 12 janvier 2024, le Comité populaire de la province de Kon Tum a organisé une conférence pour dresser le bilan de la défense et de la sécurité en 2023.

Selon le rapport, la police a démantelé 38 réseaux de trafic de drogue et les délits contre l'ordre social ont baissé de 4,1 % par rapport à 2022.

Voir aussi :
- Gia Lai : 500 hectares de café replantés
- Festival des gongs : 20 000 visiteurs attendus

Toutefois, le rapport a relevé des lacunes : la fraude en ligne reste préoccupante et la coordination entre les forces demeure parfois lente.

En conclusion, le président du Comité populaire a demandé aux forces de renforcer les patrouilles frontalières en 2024 et de démanteler les réseaux de fraude en ligne.

Le colonel Tran Binh lit le rapport. Photo : Minh Duc

Minh Duc
`,
  'vi.txt': `BAO BIEN CUONG ONLINE
Trang chu | Thoi su | Quoc phong | An ninh | Kinh te | Xa hoi
Quoc phong > Bien gioi

Thu Hai, 15/01/2024 07:45 (GMT+7)

Kien Giang tong ket cong tac quoc phong, an ninh nam 2023

Ngay 14/1, UBND tinh Kien Giang to chuc hoi nghi tong ket cong tac quoc phong, an ninh nam 2023.

Chia se | In bai | Co chu: A- A+

Nam 2023, luc luong cong an da bat giu 215 vu ma tuy, toi pham ve trat tu xa hoi giam 5,2% so voi nam 2022.

Xem them: Ca Mau: Ra quan tuan tra tren bien dau nam

Tuy nhien, toi pham lua dao qua mang van con dien bien phuc tap.

Ket luan hoi nghi, Chu tich UBND tinh yeu cau cac luc luong nam 2024 tang cuong tuan tra bien gioi va tan cong toi pham ma tuy.

Le Hoa - Tran Nam
`,
  'ru.txt': `Новости Вьетнама
Главная | Политика | Экономика | Общество | Спорт
Общество / Безопасность

Тэйнинь подвела итоги борьбы с преступностью в 2023 году

Тэйнинь, 20 января – 19 января 2024 года народный комитет провинции Тэйнинь провёл конференцию по итогам борьбы с преступностью в 2023 году.

По данным доклада, полиция раскрыла 312 дел о наркотиках, а число преступлений против общественного порядка снизилось на 6,4%.

Читайте также:
• Ханой: открыт новый мост через Красную реку
• Кантхо: фестиваль фруктов собрал 50 000 гостей

Вместе с тем сохраняются недостатки: мошенничество в интернете остаётся сложной проблемой.

В заключение председатель народного комитета поручил силам в 2024 году усилить патрулирование границы и бороться с наркопреступностью.

Ле Ван (ВИА)
`,
  'de.txt': `Vietnam Aktuell
Startseite | Politik | Wirtschaft | Gesellschaft | Kultur
Suche
17.01.2024 10:20

Lang Son zieht Bilanz der Sicherheitsarbeit 2023

Am 16. Januar 2024 hielt das Volkskomitee der Provinz Lang Son eine Konferenz zur Bilanz der Sicherheitsarbeit im Jahr 2023 ab.

Dem Bericht zufolge deckte die Polizei 84 Drogendelikte auf; die Straftaten gegen die soziale Ordnung gingen um 3,3 Prozent zurück.

Weitere Nachrichten:
- Hanoi eröffnet neue Brücke über den Roten Fluss
- Da Nang erwartet 2 Millionen Touristen

Als Schwachstellen nannte der Bericht zunehmenden Online-Betrug.

Zum Abschluss forderte der Vorsitzende die Streitkräfte auf, 2024 die Grenzpatrouillen zu verstärken.

Pham Thu

Schlagwörter: Lang Son, Sicherheit
Kommentar schreiben
`,
  'zh.md': `首页 » 国防安全 » 地方

# 平阳省总结2023年国防安全工作

2024年1月18日 09:30 | 越南通讯社 | 字号：大 中 小

2024年1月17日，平阳省人民委员会召开会议，总结2023年国防安全工作。

报告显示，2023年全省社会秩序类犯罪案件同比下降4.6%，破获毒品案件215起。

会议也指出了存在的不足：网络诈骗案件仍然复杂。

省人民委员会主席在总结讲话中要求，2024年各力量要加强边境巡逻，坚决打击毒品犯罪。

责任编辑：阮明

**相关新闻**

- [同奈省新工业园区开工](/a/1.vnp)
- [西宁省举办春节集市](/a/2.vnp)
`,
  'ja.txt': `ベトナムニュース日本語版
トップ｜政治｜経済｜社会｜文化
社会 ＞ 治安

カントー市、２０２３年の治安業務を総括

２０２４年１月２０日　０８：１５　｜　文：レ・ミン

２０２４年１月１９日、カントー市人民委員会は２０２３年の治安業務を総括する会議を開いた。

報告によると、２０２３年、市内の社会秩序に関する犯罪は前年比４．２％減少した。

一方、会議では課題も指摘された。サイバー空間での詐欺は依然として複雑である。

会議を締めくくり、委員長は２０２４年に向けて、各機関に対し、国境警備を強化するよう求めた。

この記事をシェアする：Ｘ｜Ｆａｃｅｂｏｏｋ｜ＬＩＮＥ

▼関連記事
・ハノイ、新しい橋が開通
`,
  'ko.md': `홈 > 사회 > 안보

# 빈딘성, 2023년 국방·안보 업무 총결산

입력 2024.01.15 09:10 | 수정 2024.01.15 11:00 | 글자크기 가 가

빈딘성 인민위원회는 2024년 1월 14일 2023년 국방·안보 업무를 총결산하는 회의를 열었다.

보고에 따르면 2023년 사회질서 관련 범죄가 전년 대비 5.1% 감소했다.

그러나 회의에서는 몇 가지 한계도 지적됐다. 온라인 사기가 여전히 복잡하다.

위원장은 회의를 마무리하며 2024년에 국경 순찰을 강화하라고 당부했다.

레 민 기자 (VNA)

**많이 본 뉴스**

1. 하노이, 새 다리 개통
2. 다낭 국제 불꽃축제 개막
`,
  'en.md': `---
language: en
---

[Home](/) › [Society](/society) › Security

# Binh Phuoc reviews border security work in 2023

*Monday, 22/01/2024 - 06:55* · *Hoang Minh and Tran Thu* · [Listen to the article] · [Share]

On January 20, 2024, the Binh Phuoc provincial People's Committee held a conference to review border security work in 2023.

According to the report, the province's forces seized 42 kg of drugs and crimes against social order fell by 3.9% compared with 2022.

**Read also:** [Dong Nai opens a new industrial park](/a/1.html) · [Tay Ninh hosts a spring fair](/a/2.html)

However, smuggling across the border remained complicated.

Concluding the conference, the Chairman asked the forces to step up border patrols in 2024.

*Hoang Minh – Tran Thu*

Share: Facebook · X · Email | Back to top

**Comments (1)**
> Reader from Dong Xoai: Well done to the border guards!
`,
  'es.md': `# Long An evalúa la seguridad en 2023

El 16 de enero de 2024, el Comité Popular de la provincia de Long An celebró una conferencia para evaluar la seguridad en 2023.

Según el informe, la policía desmanteló 27 redes de narcotráfico y los delitos contra el orden social disminuyeron un 2,7 %.

Sin embargo, el fraude en línea sigue siendo complejo.

Al concluir, el presidente pidió a las fuerzas reforzar las patrullas fronterizas en 2024.

**Comentarios (1)**
> Lector de Tan An: ¡Enhorabuena a la policía!
`,
};

describe('page furniture', () => {
  it('French plain text: a "Voir aussi :" list in the middle of the text; masthead, menu, breadcrumb above the headline; a caption with its credit', () => {
    const r = review(ARTICLES['fr.txt'] as string, 'fr.txt');
    expect(r.source.title).toBe('Kon Tum fait le bilan de la sécurité en 2023');
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.shortcomings.length).toBeGreaterThan(0);
    expect(r.tasks.length).toBeGreaterThan(0);
    for (const word of ['Gia Lai', 'gongs', 'Photo', 'Accueil', 'Courrier']) expect(content(r)).not.toContain(word);
  });

  it('Vietnamese without diacritics: masthead, menu, breadcrumb, date line and share bar; an inline "Xem them:" link; a closing byline of two names', () => {
    const r = review(ARTICLES['vi.txt'] as string, 'vi.txt');
    expect(r.source.title).toBe('Kien Giang tong ket cong tac quoc phong, an ninh nam 2023');
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.shortcomings.length).toBeGreaterThan(0);
    expect(r.tasks.length).toBeGreaterThan(0);
    for (const word of ['Ca Mau', 'Chia se', 'Trang chu', 'Le Hoa']) expect(content(r)).not.toContain(word);
  });

  it('Russian: a "Читайте также:" list of headlines in the middle of the text; a closing byline with the agency', () => {
    const r = review(ARTICLES['ru.txt'] as string, 'ru.txt');
    expect(r.source.title).toBe('Тэйнинь подвела итоги борьбы с преступностью в 2023 году');
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.shortcomings.length).toBeGreaterThan(0);
    expect(r.tasks.length).toBeGreaterThan(0);
    for (const word of ['Читайте', 'Ханой', 'Кантхо', 'Ле Ван']) expect(content(r)).not.toContain(word);
  });

  it('German: site name, menu, search and date lines above the headline; "Weitere Nachrichten:" in the middle; tags and comment form at the end', () => {
    const r = review(ARTICLES['de.txt'] as string, 'de.txt');
    expect(r.source.title).toBe('Lang Son zieht Bilanz der Sicherheitsarbeit 2023');
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.shortcomings.length).toBeGreaterThan(0);
    expect(r.tasks.length).toBeGreaterThan(0);
    for (const word of ['Weitere', 'Hanoi', 'Da Nang', 'Startseite', 'Schlagwörter', 'Kommentar', 'Pham Thu']) expect(content(r)).not.toContain(word);
  });

  it('Chinese Markdown: breadcrumb and meta line; the editor line and a related list after the tasks', () => {
    const r = review(ARTICLES['zh.md'] as string, 'zh.md');
    expect(r.source.title).toBe('平阳省总结2023年国防安全工作');
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.shortcomings.length).toBeGreaterThan(0);
    expect(r.tasks.length).toBeGreaterThan(0);
    for (const word of ['责任编辑', '同奈', '西宁', '首页', '字号']) expect(content(r)).not.toContain(word);
  });

  it('Japanese: masthead, menu, breadcrumb, date-and-byline line; a share line and related headlines at the end', () => {
    const r = review(ARTICLES['ja.txt'] as string, 'ja.txt');
    expect(r.source.title).toBe('カントー市、２０２３年の治安業務を総括');
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.shortcomings.length).toBeGreaterThan(0);
    expect(r.tasks.length).toBeGreaterThan(0);
    for (const word of ['シェア', '関連', 'ハノイ', 'トップ', 'ベトナムニュース']) expect(content(r)).not.toContain(word);
  });

  it('Korean Markdown: breadcrumb, meta line, a reporter byline and a most-read list', () => {
    const r = review(ARTICLES['ko.md'] as string, 'ko.md');
    expect(r.source.title).toBe('빈딘성, 2023년 국방·안보 업무 총결산');
    expect(r.results.length).toBeGreaterThan(0);
    for (const word of ['기자', '많이', '하노이', '다낭', '홈', '입력']) expect(content(r)).not.toContain(word);
  });

  it('English Markdown: a date, byline and share line with a time (06:55), a "Read also:" link line, a share bar and a reader comment', () => {
    const r = review(ARTICLES['en.md'] as string, 'en.md');
    expect(r.source.title).toBe('Binh Phuoc reviews border security work in 2023');
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.tasks.length).toBeGreaterThan(0);
    for (const word of ['Read also', 'Dong Nai', 'Share', 'Facebook', 'Reader', 'Hoang Minh', 'Home']) expect(content(r)).not.toContain(word);
  });

  it('Spanish Markdown: a reader comment quoted under the comment counter', () => {
    const r = review(ARTICLES['es.md'] as string, 'es.md');
    expect(r.source.title).toBe('Long An evalúa la seguridad en 2023');
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.tasks.length).toBeGreaterThan(0);
    for (const word of ['Lector', 'Comentarios', 'Enhorabuena']) expect(content(r)).not.toContain(word);
  });

  it('reads the page date and the closing byline that furniture used to hide', () => {
    expect(review(ARTICLES['vi.txt'] as string, 'vi.txt').source).toMatchObject({ published: '2024-01-15', author: 'Le Hoa - Tran Nam' });
    expect(review(ARTICLES['ru.txt'] as string, 'ru.txt').source.author).toBe('Ле Ван');
    expect(review(ARTICLES['ko.md'] as string, 'ko.md').source.author).toBe('레 민');
    expect(review(ARTICLES['de.txt'] as string, 'de.txt').source).toMatchObject({ published: '2024-01-17', author: 'Pham Thu' });
  });

  it('reads the writer from a closing signature, a name a photo credit gives, or a byline in capitals or with an agency code', () => {
    const conference = 'On January 10, 2024, the Quang Nam provincial People\'s Committee held a conference to review security work in 2023. Crimes fell by 2.1%.';
    const closing = (...lines: string[]) => review(['Quang Nam reviews security work', '', conference, '', ...lines].join('\n\n'), 'closing.txt');
    const signed = closing('Every hamlet must stay alert.', 'Colonel Bui Van Tam, Deputy Director of Quang Nam Provincial Police');
    expect(signed.source.author).toBe('Bui Van Tam');
    expect(content(signed)).not.toContain('Deputy Director');
    expect(closing('Đại tá Hoàng Văn Tuấn, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh').source.author).toBe('Hoàng Văn Tuấn');
    expect(closing('HOANG YEN').source.author).toBe('Hoang Yen');
    // The rank and name on one line and the agency on the next, in one paragraph (a <br> between them).
    expect(closing('Every hamlet must stay alert.', 'Lieutenant Colonel NONG VAN TUAN Bac Kan Provincial Police').source.author).toBe('Nong Van Tuan');
    expect(closing('Hoang Phuc - VNT').source.author).toBe('Hoang Phuc');
    // A slash after the text is a byline's, not a breadcrumb's.
    expect(closing('Ngoc Tran / BDH', 'Share: Facebook | X | Email').source.author).toBe('Ngoc Tran');
    // Who wrote the text (and took the photos), in any language; a credit after a Chinese caption marks a caption.
    expect(closing('Text und Fotos: Pham Thu Trang').source.author).toBe('Pham Thu Trang');
    expect(closing('Bài và ảnh: MINH KHÔI').source.author).toBe('Minh Khôi');
    expect(closing('記者：ファン・トゥー・ハー（ベトナム中部ニュース）').source.author).toBe('ファン・トゥー・ハー');
    const meta = review(['Quang Nam reviews security work', '', 'Thursday, January 11, 2024 · By Tran An · Share', '', conference].join('\n'), 'meta.txt');
    expect(meta.source).toMatchObject({ author: 'Tran An', published: '2024-01-11' });
    // A meta line with a reading time: the date and the reading time are two pieces with digits, and still no table row.
    const timed = review(['Quang Nam reviews security work', '', '_Sábado, 13/01/2024 · Por Hoang Anh · Tiempo de lectura: 3 minutos_', '', conference].join('\n'), 'timed.md');
    expect(timed.source).toMatchObject({ author: 'Hoang Anh', published: '2024-01-13' });
    const reading = parseArticle(new TextEncoder().encode(['Quang Nam reviews security work', '', conference, '', 'Reading time: 3 min', '', '5 min read', '', 'Lesezeit: 4 Min.', '', 'Every hamlet must stay alert.'].join('\n')), 'reading.txt');
    expect(reading.kind === 'article' && reading.article.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/read|Lesezeit/i);
    const footer = closing('Every hamlet must stay alert to the smuggling of 12 kg of drugs.', 'Editor-in-chief: Pham Minh Hieu | Licence No. 301/GP-BTTTT');
    expect(content(footer)).not.toMatch(/Pham Minh Hieu|GP-BTTTT/);
    const shared = closing('Every hamlet must stay alert.', 'Facebookでシェア ・ Xでポスト');
    expect(content(shared)).not.toContain('Facebook');
    // A source line under the text ends it; the name above it signs the article.
    const sourced = closing('Bui Thu Hang', 'Nguon: hoabinhplus.vn');
    expect(sourced.source.author).toBe('Bui Thu Hang');
    expect(content(sourced)).not.toContain('hoabinhplus');
    expect(content(closing('Every hamlet must stay alert to the smuggling of 12 kg of drugs.', 'Newsletter abonnieren', 'Subscribe to our weekly newsletter'))).not.toMatch(/newsletter/i);
    expect(closing('（文・写真：ホアン・トゥー）').source.author).toBe('ホアン・トゥー');
    // The writer and the photographer on one line, apart by an ideographic space; an address line is furniture.
    const jaByline = review(['イエンバイ省、国防業務を総括', '', '2025年1月16日', '', '文：ヴー・ホアイ\u3000写真：ホアン・リン', '', '１５日午後、イエンバイ省人民委員会は会議を開催した。', '', '所在地：ハノイ市バーディン区\u3000お問い合わせ：japanese@example.vn'].join('\n'), 'ja.txt');
    expect(jaByline.source.author).toBe('ヴー・ホアイ');
    expect(JSON.stringify([...jaByline.results, ...jaByline.shortcomings, ...jaByline.tasks])).not.toContain('example.vn');
    const zh = closing('会议现场 图：阮秋恒', '文/图：阮秋恒');
    expect(zh.source.author).toBe('阮秋恒');
    const parsed = parseArticle(new TextEncoder().encode(['平阳省总结国防工作', '', '2025年1月8日上午，平阳省人民委员会召开会议。', '', '会议现场 图：阮秋恒', '', '报告指出，全省国防安全形势保持稳定。'].join('\n')), 'zh.txt');
    expect(parsed.kind === 'article' && parsed.article.paragraphs.map((p) => p.role)).toEqual(['body', 'caption', 'body']);
    // A name alone is a byline only where a caption credits it ("H'Nga" is one word; Hangul has no capitals).
    expect(closing('Quang cảnh hội nghị - Ảnh: H\'Nga', 'H\'Nga').source.author).toBe("H'Nga");
    expect(closing('회의 모습 - 사진: 탄 흐엉', '탄 흐엉').source.author).toBe('탄 흐엉');
    expect(closing('탄 흐엉').source.author).toBeNull();
    // A last sentence that names an official is content, not a signature.
    const said = closing("Nguyen Van Hai, Vice Chairman of the Provincial People's Committee, asked the forces to keep order.");
    expect(said.source.author).toBeNull();
    expect(content(said)).toContain('keep order');
    expect(closing('Tran Van Lam, Vice Chairman, 2024').source.author).toBeNull();
  });

  it('reads the writer from a page\'s byline element', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>On January ${10 + i}, 2024, the Kien Giang provincial People's Committee held a conference to review national defence and security work in 2023, with many results in every district.</p>`).join('');
    const page = `<!doctype html><html><head><title>Kien Giang</title></head><body><article><h1>Kien Giang reviews security</h1><div class="byline">Huu Tho · 11/01/2024 08:30</div>${body}</article></body></html>`;
    expect(review(page, 'byline.html').source.author).toBe('Huu Tho');
    const cases: Array<[string, string | null]> = [['By Huu Tho', 'Huu Tho'], ['Byron Smith', 'Byron Smith'], ['作者：黎明', '黎明'], ['Par Jean Dupont', 'Jean Dupont'], ['Updated 10:30 | Tran An', null], ['HOANG TRUNG KIEN', 'Hoang Trung Kien'], ['文：农氏兰　图：梁文松', '农氏兰']];
    for (const [byline, author] of cases) expect(bylineAuthor(byline), byline).toBe(author);
  });

  it('takes no figure from the time of a date line', () => {
    const r = review(ARTICLES['en.md'] as string, 'en.md');
    expect(r.figures.map((f) => f.value).sort()).toEqual([-3.9, 42]);
    const meta = 'Thursday, 18/01/2024 - 06:55 · Nguyen Van An and Tran Thi Binh · Listen to this article · Share on Facebook';
    const text = ['Ha Nam reviews security work in 2023', '', 'On January 17, 2024, the Ha Nam provincial People\'s Committee held a conference to review security work in 2023.', '', meta, '', 'According to the report, crimes against social order fell by 4.4% and the police seized 18 kg of drugs.'].join('\n');
    expect(review(text, 'meta.txt').figures.map((f) => f.value).sort()).toEqual([-4.4, 18]);
  });

  it('keeps a subheading after a marked related list, and table rows, as the article', () => {
    const text = ['Quang Nam reviews security work', '', 'On January 10, 2024, the Quang Nam provincial People\'s Committee held a conference.', '', 'Read also:', '- Hoi An welcomes visitors', '- A new bridge opens', '', 'Results in 2023', '', 'Crimes against social order | 1,204 cases | 1,102 cases', '', 'The police seized 12 kg of drugs.'].join('\n');
    const r = parseArticle(new TextEncoder().encode(text), 'table.txt');
    if (r.kind !== 'article') throw new Error('not an article');
    expect(r.article.paragraphs.map((p) => p.text)).toEqual(['On January 10, 2024, the Quang Nam provincial People\'s Committee held a conference.', 'Results in 2023', 'Crimes against social order | 1,204 cases | 1,102 cases', 'The police seized 12 kg of drugs.']);
  });

  it("takes the headline, not the site section's name above it, as the title", () => {
    const lines = (above: string[]) => ['Binh Duong Hoy - Edición en español', 'Inicio | Política | Economía | Defensa | Sociedad', '', ...above, '', 'El pasado 10 de enero, la provincia de Binh Duong realizó una conferencia para evaluar la defensa en 2024.'].join('\n');
    expect(review(lines(['Defensa y Seguridad', '', 'Binh Duong consolida la defensa en sus parques industriales']), 'section.txt').source.title).toBe('Binh Duong consolida la defensa en sus parques industriales');
    // A short headline under a longer line stays the title; so does one above a spaced menu.
    expect(review(lines(['Binh Duong consolida la defensa', '', 'Seguridad']), 'short.txt').source.title).toBe('Binh Duong consolida la defensa');
    expect(review(lines(['国防', '', 'ホーム　政治　経済　社会　文化　観光　写真　動画']), 'menu.txt').source.title).toBe('国防');
  });

  it('keeps the first line as the title when no menu or breadcrumb follows it', () => {
    const r = review(['Quang Nam reviews security work', '', 'Share | Print | Email', '', 'On January 10, 2024, the Quang Nam provincial People\'s Committee held a conference. Crimes fell by 2.1%.', '', 'The police seized 12 kg of drugs.'].join('\n'), 'first.txt');
    expect(r.source.title).toBe('Quang Nam reviews security work');
  });

  it('a portal page saved as text: a spaced menu, a search box, a month-name date line, other news, a poll and the footer stay out', () => {
    const text = [
      'TIN TỨC TỈNH NHÀ | Phiên bản tiếng Anh',
      'Home  Politics  Business  Society  Military',
      'Tìm kiếm...',
      '',
      'Phu Yen reviews its military recruitment',
      '',
      'Thursday, March 13, 2025 - 15:20 (GMT+7)',
      '',
      'Share   Facebook   X   Email   Print',
      '',
      'On March 12, the Military Service Council of Phu Yen province held a conference to review the 2025 military recruitment.',
      '',
      'The province sent 1,368 young citizens to the army, reaching 100 percent of its target.',
      '',
      'Các tin khác:',
      '- Tuy Hoa hosts a flower festival for the spring',
      '- Phu Yen opens a new coastal road',
      '',
      'Thăm dò ý kiến',
      'Bạn đánh giá thế nào về giao diện mới?',
      'Thống kê truy cập: Đang online: 37',
      'Điện thoại: 0257.3822.111',
    ].join('\n');
    const r = review(text, 'en.txt');
    expect(r.source.title).toBe('Phu Yen reviews its military recruitment');
    expect(r.source.published).toBe('2025-03-13');
    expect(r.conference.date).toBe('2025-03-12');
    expect(r.results.map((i) => i.text)).toEqual(['The province sent 1,368 young citizens to the army, reaching 100 percent of its target.']);
    expect(content(r)).not.toMatch(/Politics|Tìm kiếm|flower festival|coastal road|giao diện|online|0257|Facebook/);
  });

  it("drops an editor's note before an opinion piece, in the languages the tool reads", () => {
    for (const [file, note] of [
      ['en.md', "*Editor's note: The Highland Voice publishes views from officials and readers. The opinions are the author's own.*"],
      ['fr.md', "*Note de la rédaction : les opinions exprimées n'engagent que leur auteur.*"],
      ['vi.md', '*Lời tòa soạn: Bài viết thể hiện quan điểm riêng của tác giả.*'],
    ] as const) {
      const r = review(`---\nlanguage: en\n---\n\n# Why villagers remain the eyes and ears of security\n\n${note}\n\nOn January 10, 2024, the Lai Chau provincial police held a conference to review the work of 2023.\n\nThe province has achieved good results and now has 640 self-management groups.\n`, file);
      expect(content(r), file).not.toMatch(/opinion|n'engagent|quan điểm/i);
      expect(content(r), file).toContain('640 self-management groups');
    }
  });
});

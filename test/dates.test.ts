/** Conference date and periods as a reader sees them in the Review: small articles of our own, one trap each. */
import { describe, expect, it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js';
import { findDates, inferYear } from '../src/extract/dates.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';
import type { Review } from '../src/model/review.js';
import { fold } from '../src/text/fold.js';

const k = loadKnowledge();

/** The Review of a small article; `published` goes into Markdown front matter. */
function review(language: string, paragraphs: string[], published?: string): Review {
  const front = ['---', `language: ${language}`, ...(published ? [`published: ${published}`] : []), '---', ''];
  const ingested = parseArticle(Buffer.from([...front, ...paragraphs.flatMap((p) => [p, ''])].join('\n')), 'article.md');
  if (ingested.kind !== 'article') throw new Error('read as a Review');
  return articleToReview(ingested.article, k);
}

const seen = (r: Review) => ({ date: r.conference.date, dateInferred: r.conference.dateInferred, period: r.period, kind: r.kind });

describe('conference date', () => {
  it('takes the full date, not a year-less dateline, from the same sentence (fr)', () => {
    const r = review('fr', [
      "Dien Bien Phu, 12 janvier (VNA) – Le Comité populaire provincial a organisé le 11 janvier 2024 une conférence pour dresser le bilan de la défense nationale en 2023 et fixer les tâches pour 2024.",
      "Le président du Comité populaire provincial a présidé la conférence. Les forces armées ont atteint leurs objectifs.",
    ]);
    expect(seen(r)).toEqual({ date: '2024-01-11', dateInferred: false, period: { reviewed: '2023', next: '2024' }, kind: 'annual-review' });
  });

  it('takes the full date, not a year-less dateline, from the same sentence (ru)', () => {
    const r = review('ru', [
      'Ханой, 20 января (ВИА) – 19 января 2024 года народный комитет провинции провёл конференцию по подведению итогов работы в 2023 году и определению задач на 2024 год.',
    ]);
    expect(seen(r)).toMatchObject({ date: '2024-01-19', dateInferred: false, period: { reviewed: '2023', next: '2024' } });
  });

  it('takes the day after a year-less dateline, its year from the page (en)', () => {
    const r = review('en', ['Hanoi, January 24 (VNA) – On January 23, the Steering Committee 138 of Ha Nam province held a conference to review its work in 2023 and set out tasks for 2024.'], '2024-01-24');
    expect(seen(r)).toEqual({ date: '2024-01-23', dateInferred: true, period: { reviewed: '2023', next: '2024' }, kind: 'annual-review' });
  });

  for (const opening of ['Chiều 18/2', 'Sáng 18/2', 'Tối 18/2', 'Trưa 18/2', 'Chieu 18/2', 'Sáng thứ Ba, 18/2', 'Thứ Ba, 18/2', 'Chiều 18-2']) {
    it(`reads "${opening}," as the conference day, its year from the page (vi)`, () => {
      const r = review('vi', [`${opening}, Ban Chỉ đạo 138 tỉnh tổ chức hội nghị tổng kết công tác phòng, chống tội phạm năm 2024, triển khai nhiệm vụ năm 2025.`], '2025-02-19');
      expect(seen(r)).toEqual({ date: '2025-02-18', dateInferred: true, period: { reviewed: '2024', next: '2025' }, kind: 'annual-review' });
    });
  }

  it('does not read "tới" (up to) before a fraction as an evening date (vi)', () => {
    const text = 'Kết quả đạt tới 10/12 chỉ tiêu, tăng 2 chỉ tiêu so với năm trước.';
    const sentence = { paragraph: 0, start: 0, end: text.length, text, folded: fold(text), role: 'body' as const };
    expect(findDates([sentence], [k.lexicons.get('vi')!])).toEqual([]);
  });

  it('dates a sentence that says the province reviewed the year, without naming the conference (de)', () => {
    const r = review('de', [
      'Unter Vorsitz des Vorsitzenden des Volkskomitees hat die Provinz Lang Son am Mittwoch, dem 17. Januar 2024, die Arbeit der Landesverteidigung im Jahr 2023 bilanziert und die Aufgaben für 2024 festgelegt.',
      'Ein Vertreter der Militärregion nahm an der Konferenz teil.',
    ]);
    expect(seen(r)).toEqual({ date: '2024-01-17', dateInferred: false, period: { reviewed: '2023', next: '2024' }, kind: 'annual-review' });
  });

  it('dates a sentence that says the committee reviewed the year, without naming the meeting (en)', () => {
    const r = review('en', [
      'On January 9, 2024, the Steering Committee of Ha Nam province reviewed its work in 2023 and set out tasks for 2024.',
      'The conference was chaired by the Chairman of the provincial People’s Committee.',
    ]);
    expect(seen(r)).toMatchObject({ date: '2024-01-09', dateInferred: false, period: { reviewed: '2023', next: '2024' } });
  });

  it('puts a year-less December date before the page date in the year it reviews (en)', () => {
    const paragraphs = ['On December 27, the provincial Military Command held a conference to review its military and defence work in 2024 and set directions for 2025.'];
    expect(seen(review('en', paragraphs, '2025-01-02'))).toEqual({ date: '2024-12-27', dateInferred: true, period: { reviewed: '2024', next: '2025' }, kind: 'annual-review' });
    // Without a page date, the periods give the year: a December review is held in the year it reviews.
    expect(seen(review('en', paragraphs))).toMatchObject({ date: '2024-12-27', dateInferred: true });
  });

  it('puts a year-less January date in the year after the one reviewed, without a page date (es)', () => {
    const r = review('es', ['El 15 de enero, el Comité Popular provincial celebró una conferencia para evaluar la defensa nacional en 2023 y orientar las tareas del sector en 2024.']);
    expect(seen(r)).toEqual({ date: '2024-01-15', dateInferred: true, period: { reviewed: '2023', next: '2024' }, kind: 'annual-review' });
  });
});

describe('a conference day named relative to the page date', () => {
  it('counts a weekday back to the latest such day on or before the page date, and says so (en)', () => {
    // 9 January 2025 is a Thursday.
    const r = review('en', ['BAC KAN — Police and army forces coordinated closely last year, heard a conference held on Wednesday to review the work in 2024 and set tasks for 2025.'], '2025-01-09');
    expect(seen(r)).toEqual({ date: '2025-01-08', dateInferred: true, period: { reviewed: '2024', next: '2025' }, kind: 'annual-review' });
    const note = r.warnings.find((w) => w.ruleId === 'date/relative');
    expect(note?.message).toContain('"Wednesday"');
    expect(note?.place).toMatchObject({ paragraph: expect.any(Number) });
  });

  it('reads "hôm qua" as the day before the page date (vi)', () => {
    const r = review('vi', ['Hôm qua, Ban Chỉ đạo 138 tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.'], '2024-01-16');
    expect(seen(r)).toMatchObject({ date: '2024-01-15', dateInferred: true });
  });

  it('leaves the date null without a page date, and prefers a date the text writes (fr)', () => {
    const undated = review('fr', ["Mercredi, le Comité populaire provincial a organisé une conférence pour dresser le bilan de l'année 2023 et fixer les tâches pour 2024."]);
    expect(undated.conference.date).toBeNull();
    const written = review('fr', ["Le mercredi 10 janvier 2024, le Comité populaire provincial a organisé une conférence pour dresser le bilan de l'année 2023 et fixer les tâches pour 2024."], '2024-01-12');
    expect(seen(written)).toMatchObject({ date: '2024-01-10', dateInferred: false });
  });

  it('does not date a commentary by its "today", though it names a meeting in passing (en)', () => {
    const r = review(
      'en',
      [
        'Opinion: why the mass movement still matters. Today, many self-management groups still operate on paper only, meeting once a year to elect a leader and then falling silent.',
        'The movement has achieved positive results in some communes. Party committees need to continue training village elders.',
      ],
      '2024-05-02',
    );
    expect(seen(r)).toEqual({ date: null, dateInferred: false, period: { reviewed: null, next: null }, kind: 'commentary' });
  });
});

describe('a conference day given as a day of the month alone', () => {
  it('reads it as the latest such day on or before the page date, and says so (vi, ja, en, fr)', () => {
    const vi = review('vi', ['Sáng 13, UBND tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác phối hợp theo Nghị định 03 năm 2024, triển khai nhiệm vụ năm 2025.'], '2025-01-14');
    expect(seen(vi)).toMatchObject({ date: '2025-01-13', dateInferred: true });
    expect(vi.warnings.find((w) => w.ruleId === 'date/relative')?.message).toContain('"Sáng 13"');
    // The day is after the page's day of the month: it is last month's.
    const ja = review('ja', ['２８日午前、ハティン省人民委員会は、２０２４年の実施状況を総括し、2025年の任務を展開する会議を開催した。'], '2025-01-03');
    expect(seen(ja)).toMatchObject({ date: '2024-12-28', dateInferred: true });
    const en = review('en', ['On the morning of the 9th, the provincial People’s Committee held a conference to review the work of 2024 and set tasks for 2025.'], '2025-01-10');
    expect(seen(en)).toMatchObject({ date: '2025-01-09', dateInferred: true });
    const fr = review('fr', ["Le 31, le Comité populaire provincial a organisé une conférence pour dresser le bilan de l'année 2024 et fixer les tâches pour 2025."], '2025-03-02');
    // February has no 31st: the latest 31st on or before 2 March is in January.
    expect(seen(fr)).toMatchObject({ date: '2025-01-31', dateInferred: true });
  });

  it('a date right after a document\'s number is the document\'s, even in a sentence naming a "Hội nghị" (vi without diacritics)', () => {
    const r = review(
      'vi',
      [
        'Sang 16, UBND tinh Kon Tum to chuc hoi nghi tong ket cong tac quoc phong, an ninh nam 2024, trien khai nhiem vu nam 2025.',
        'Quan triet, thuc hien nghiem Nghi quyet so 44-NQ/TW ngay 24/11/2023 cua Hoi nghi Trung uong 8 khoa XIII ve Chien luoc bao ve To quoc.',
      ],
      '2025-01-17',
    );
    expect(seen(r)).toMatchObject({ date: '2025-01-16', dateInferred: true });
  });

  it('takes no count, duration or document for a day (ja, vi, en), and needs a page date', () => {
    const ja = review('ja', ['ハティン省人民委員会は３日間の会議を開催し、２０２４年の実施状況を総括した。'], '2025-01-14');
    expect(ja.conference.date).toBeNull();
    const vi = review('vi', ['Trong 13 ngày, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2024 tại 13 huyện.'], '2025-01-14');
    expect(vi.conference.date).toBeNull();
    const en = review('en', ['The conference reviewed the implementation of the 13th Party Congress resolution in 2024.'], '2025-01-14');
    expect(en.conference.date).toBeNull();
    const undated = review('vi', ['Sáng 13, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2024.']);
    expect(undated.conference.date).toBeNull();
  });
});

describe('inferYear', () => {
  it('takes the latest such day not more than a week after the page date', () => {
    expect(inferYear(12, 27, '2025-01-02', null, null)).toBe(2024);
    expect(inferYear(1, 3, '2024-12-30', null, null)).toBe(2025);
    expect(inferYear(1, 12, '2024-01-13', '2023', '2024')).toBe(2024);
  });
  it('otherwise places the day around the reviewed year, and stays null without either', () => {
    expect(inferYear(1, 25, null, '2023', null)).toBe(2024);
    expect(inferYear(11, 25, null, null, '2025')).toBe(2024);
    expect(inferYear(2, 29, null, '2022', null)).toBeNull();
    expect(inferYear(1, 25, null, null, null)).toBeNull();
  });
});

describe('periods', () => {
  it('reads an interim review of the first half of a year as such, not as an annual review (vi, vi without diacritics, en, fr)', () => {
    const vi = review('vi', [
      'Ngày 5/7/2024, Ban Chỉ đạo 138 tỉnh Thái Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm.',
      'Đồng chí Vũ Đình Khải, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh dự và chủ trì hội nghị.',
    ]);
    expect(seen(vi)).toEqual({ date: '2024-07-05', dateInferred: false, period: { reviewed: '2024-H1', next: null }, kind: 'other' });
    expect(vi.conference.chair).toEqual({ name: 'Vũ Đình Khải', title: 'Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh' });
    const plain = review('vi', ['Ngay 9/7/2024, UBND tinh Nam Dinh to chuc hoi nghi so ket 6 thang dau nam 2024 cong tac quoc phong, an ninh.']);
    expect(seen(plain)).toMatchObject({ period: { reviewed: '2024-H1', next: null }, kind: 'other' });
    const en = review('en', ['On July 10, 2024, the provincial Steering Committee 138 held a conference to review crime prevention in the first six months of 2024.']);
    expect(seen(en)).toMatchObject({ date: '2024-07-10', period: { reviewed: '2024-H1', next: null }, kind: 'other' });
    const fr = review('fr', ['Le 12 juillet 2024, le Comité populaire provincial a organisé une conférence pour faire le bilan du premier semestre 2024.']);
    expect(seen(fr)).toMatchObject({ period: { reviewed: '2024-H1' }, kind: 'other' });
    // An interim review still has a conference a reader expects to be dated and chaired.
    const undated = review('en', ['The provincial Steering Committee 138 held a conference to review crime prevention in the first six months of 2024.']);
    expect(undated.warnings.map((w) => w.ruleId)).toEqual(expect.arrayContaining(['date/missing', 'chair/missing']));
  });

  it('takes the later of two next-year cues ("tasks in 2024 and set directions for 2025") (en)', () => {
    const r = review('en', ['On December 20, 2024, the Party Committee of the provincial Military Command held a conference to review the leadership of military and defence tasks in 2024 and set directions for 2025.']);
    expect(seen(r)).toMatchObject({ period: { reviewed: '2024', next: '2025' } });
  });

  it('reads "missions pour 2024" as the next year (fr)', () => {
    const r = review('fr', ['Le 18 janvier 2024, le Comité de pilotage provincial a tenu une conférence de bilan de la sécurité nationale en 2023, et de lancement des missions pour 2024.']);
    expect(seen(r)).toMatchObject({ date: '2024-01-18', period: { reviewed: '2023', next: '2024' } });
  });

  it('reads a span of years with its range in brackets as a multi-year review (es)', () => {
    const r = review('es', ['El 10 de octubre de 2024, las fuerzas de la provincia celebraron una conferencia para evaluar cinco años (2019-2024) de aplicación del Decreto 03/2019/ND-CP.']);
    expect(seen(r)).toEqual({ date: '2024-10-10', dateInferred: false, period: { reviewed: '2019-2024', next: null }, kind: 'multi-year-review' });
  });

  it('takes the range the text gives for the span over one counted back from the conference (en)', () => {
    const r = review('en', ['On January 16, 2024, the province held a conference reviewing five years of implementing the directive (2018-2023).']);
    expect(seen(r)).toMatchObject({ kind: 'multi-year-review', period: { reviewed: '2018-2023', next: null } });
  });

  it('finds the next year in a later sentence setting tasks (ru)', () => {
    const r = review('ru', [
      '15 января 2024 года полиция и пограничная охрана провинции провели конференцию по подведению итогов координации в 2023 году.',
      'Согласно докладу, силы провели 1 200 совместных патрулей.',
      'В заключение председатель поручил силам в 2024 году продолжать совместное патрулирование.',
    ]);
    expect(seen(r)).toMatchObject({ date: '2024-01-15', period: { reviewed: '2023', next: '2024' } });
  });

  it('finds the next year in a later sentence setting a goal for it (es, vi)', () => {
    const es = review('es', [
      'El pasado 10 de enero, la provincia celebró una conferencia para evaluar la labor de defensa en 2024.',
      'Según el informe, las milicias participaron en 120 operaciones de rescate.',
      'Para 2025, la provincia se propone organizar con éxito el ejercicio de zona de defensa.',
    ]);
    expect(seen(es)).toMatchObject({ period: { reviewed: '2024', next: '2025' } });
    expect(es.tasks.map((t) => t.text)).toEqual(['Para 2025, la provincia se propone organizar con éxito el ejercicio de zona de defensa.']);
    const vi = review('vi', [
      'Sáng 10/1/2025, UBND tỉnh tổ chức hội nghị tổng kết công tác quốc phòng năm 2024.',
      'Lực lượng dân quân đã tham gia 120 đợt cứu hộ.',
      'Năm 2025, tỉnh phấn đấu hoàn thành 100% chỉ tiêu tuyển quân.',
    ]);
    expect(seen(vi)).toMatchObject({ period: { reviewed: '2024', next: '2025' } });
  });

  it('does not take a later year that no task names as the next one (en)', () => {
    const r = review('en', [
      'On January 15, 2024, the provincial police held a conference to review their work in 2023.',
      'In 2024 the province will host a regional games, the report noted.',
    ]);
    expect(seen(r)).toMatchObject({ period: { reviewed: '2023', next: null } });
  });
});

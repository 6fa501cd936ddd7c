/** Items: the clauses of a listed section read as items on their own, with their spans in the source. */
import { describe, expect, it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';
import type { Item, Review } from '../src/model/review.js';

const reviewOf = (text: string, file: string): Review => {
  const r = parseArticle(new TextEncoder().encode(text), file);
  if (r.kind !== 'article') throw new Error('not an article');
  return articleToReview(r.article, loadKnowledge());
};

/** The item's text as the source span gives it (first letter aside, which items capitalize). */
const spanText = (text: string, it: Item) => text.split('\n')[it.source.paragraph]!.slice(it.source.start, it.source.end);

describe('items', () => {
  it('a list clause opening with a conjunction is an item without it, in English, French and Vietnamese', () => {
    const cases: Array<[string, string, string]> = [
      [
        'en.txt',
        'On January 12, 2024, the Quang Tri Provincial Police held a conference to review the work of 2023.\nIn 2024, the police will focus on the following tasks: strengthening patrols on the border with Laos in Huong Hoa district; and building more drug-free communes and wards across the province.\n',
        'Building more drug-free communes and wards across the province.',
      ],
      [
        'fr.txt',
        'Le 19 janvier 2024, la province de Quang Nam a tenu une conférence pour dresser le bilan de 2023.\nPour 2024, les tâches suivantes sont fixées : renforcer les patrouilles le long de la frontière avec le Laos ; et mobiliser toute la population pour protéger la sécurité nationale.\n',
        'Mobiliser toute la population pour protéger la sécurité nationale.',
      ],
      [
        'vi.txt',
        'Ngày 15/3/2024, Công an tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2023.\nNhiệm vụ năm 2024 gồm: tăng cường tuần tra kiểm soát trên tuyến biên giới Việt - Lào; và xây dựng thêm nhiều xã, phường không có ma túy trên địa bàn tỉnh.\n',
        'Xây dựng thêm nhiều xã, phường không có ma túy trên địa bàn tỉnh.',
      ],
    ];
    for (const [file, text, expected] of cases) {
      const tasks = reviewOf(text, file).tasks;
      const found = tasks.find((t) => t.text === expected);
      expect(found, `${file}: ${JSON.stringify(tasks.map((t) => t.text))}`).toBeDefined();
      expect(spanText(text, found!).toLowerCase()).toBe(expected.toLowerCase());
    }
  });

  it('commas enumerating things are not cuts between tasks; commas between actions are', () => {
    const text =
      'On January 12, 2024, the Binh Thuan Provincial Police held a conference to review the work of 2023.\n' +
      'The conference asked the forces to build a clean and strong provincial police force to meet the requirements of the new situation, focusing on consolidating the specialized force of the movement, the communal police force, and effectively carry out the activities of the grassroots security teams, and identify the movement as a long-term task of Party committees, authorities, the Fatherland Front, and socio-political organizations.\n';
    const tasks = reviewOf(text, 'en.txt').tasks.map((t) => t.text);
    expect(tasks).not.toContain('The communal police force');
    expect(tasks).not.toContain('Socio-political organizations.');
    expect(tasks).toContain('Effectively carry out the activities of the grassroots security teams');
    expect(tasks).toContain('Identify the movement as a long-term task of Party committees, authorities, the Fatherland Front, and socio-political organizations.');
  });
});

describe('figures', () => {
  it('a unit symbol against the number counts, and a German percentage after a noun is a figure', () => {
    const en = reviewOf('On January 16, 2025, Dong Thap province held a conference.\nThe police seized 6.7kg of drugs along 50km of the border.\n', 'en.txt');
    expect(en.figures.map((f) => [f.value, f.unit])).toEqual([[6.7, 'kg'], [50, 'km']]);
    const de = reviewOf('Am 30. Januar 2024 hielt die Provinz Bac Giang eine Konferenz ab.\nDem Bericht zufolge erreichte die Rekrutierung 100 Prozent des Ziels.\n', 'de.txt');
    expect(de.figures.map((f) => [f.value, f.unit])).toEqual([[100, '%']]);
  });

  it('a "more than" after the number (余, 多, 여) stands between it and its unit', () => {
    const zh = reviewOf('2024年1月18日，庆和省召开会议，总结2023年工作。\n2023年，全省共有4,600余名群众参加巡逻，破获案件1,500多起。\n', 'zh.txt');
    expect(zh.figures.map((f) => [f.value, f.unit])).toEqual([[4600, 'people'], [1500, 'cases']]);
  });

  it('a label runs across the comma of a number written with thousands or decimal commas', () => {
    const en = reviewOf(
      'On January 12, 2024, the Binh Thuan Provincial Police held a conference to review the work of 2023.\nIn 2023, the police arrested 2,569 subjects, including 1,186 cases/7,596 subjects gambling.\n',
      'en.txt',
    );
    expect(en.figures.find((f) => f.value === 1186)?.label).toBe('including 1,186 cases/7,596 subjects gambling');
    const fr = reviewOf(
      'Le 19 janvier 2024, la province de Quang Nam a tenu une conférence pour dresser le bilan de 2023.\nEn 2023, les forces ont saisi 2,7 kg de drogues synthétiques et 1,2 milliard de dongs.\n',
      'fr.txt',
    );
    expect(fr.figures.find((f) => f.value === 2.7)?.label).toBe('les forces ont saisi 2,7 kg de drogues synthétiques et 1,2 milliard de dongs');
  });
});

describe('results', () => {
  it('sentences saying who chaired, directed or attended are not results; a result naming a guest still is', () => {
    const cases: Array<[string, string, string[], string]> = [
      [
        'en.txt',
        'On January 12, 2024, the Phu Yen Provincial People\'s Committee held a conference to review national defence and security work in 2023.\n' +
          'Tran Huu The, Chairman of the Provincial People\'s Committee, chaired the conference. Also present were representatives of the Military Region 5 Command.\n' +
          'In 2023, the province handed over 1,250 young citizens to the army, reaching 100% of the target.\n' +
          'Deputy Minister Le Quoc Hung, who attended the conference, noted that crime fell by 7.1% and 312 cases were solved.\n',
        ['Tran Huu The, Chairman of the Provincial People\'s Committee, chaired the conference.', 'Also present were representatives of the Military Region 5 Command.'],
        'In 2023, the province handed over 1,250 young citizens to the army, reaching 100% of the target.',
      ],
      [
        'vi.txt',
        'Ngày 15/1/2024, UBND tỉnh Phú Yên tổ chức hội nghị tổng kết công tác quốc phòng, an ninh năm 2023.\n' +
          'Đồng chí Trần Hữu Thế, Chủ tịch UBND tỉnh chủ trì hội nghị. Dự hội nghị có đại diện Bộ Tư lệnh Quân khu 5.\n' +
          'Năm 2023, tỉnh giao 1.250 thanh niên nhập ngũ, đạt 100% chỉ tiêu.\n',
        ['Đồng chí Trần Hữu Thế, Chủ tịch UBND tỉnh chủ trì hội nghị.', 'Dự hội nghị có đại diện Bộ Tư lệnh Quân khu 5.'],
        'Năm 2023, tỉnh giao 1.250 thanh niên nhập ngũ, đạt 100% chỉ tiêu.',
      ],
    ];
    for (const [file, text, protocol, result] of cases) {
      const results = reviewOf(text, file).results.map((r) => r.text);
      for (const p of protocol) expect(results, file).not.toContain(p);
      expect(results, file).toContain(result);
    }
    const en = reviewOf(cases[0]![1], 'en.txt').results.map((r) => r.text);
    expect(en).toContain('Deputy Minister Le Quoc Hung, who attended the conference, noted that crime fell by 7.1% and 312 cases were solved.');
  });
});

describe('references', () => {
  it('are read with their number however the language marks it, and normalized to ASCII', () => {
    const cases: Array<[string, string, string[]]> = [
      ['de.txt', 'Am 30. Januar 2024 hielt die Provinz Bac Giang eine Konferenz ab.\nDie Kräfte sollen die Koordinierung gemäß Dekret Nr. 03/2019/ND-CP verbessern und die Schlussfolgerung Nr. 44-KL/TW weiter umsetzen.\n', ['Decree No. 03/2019/ND-CP', 'Conclusion No. 44-KL/TW']],
      ['zh.txt', '2024年1月18日，广宁省召开会议。\n会议总结了第03/2019/NĐ-CP号议定五年的实施情况，并按照第02/2019/NĐ-CP号议定开展民防工作。\n', ['Decree No. 03/2019/ND-CP', 'Decree No. 02/2019/ND-CP']],
      ['en.txt', 'On March 5, 2024, Soc Trang province held a conference.\nThe Law on Militia and Self-Defence Forces No. 48/2019/QH14, which took effect in 2020, and Decree No. 72/2020/NĐ-CP were implemented in full.\n', ['Law No. 48/2019/QH14', 'Decree No. 72/2020/ND-CP']],
    ];
    for (const [file, text, expected] of cases) expect(reviewOf(text, file).references.sort(), file).toEqual(expected.sort());
  });
});

describe('commendations', () => {
  it('an award line written as two sentences is one line; a title is not cut where it looks like a family name', () => {
    const en = reviewOf(
      'On March 5, 2024, Soc Trang province held a conference.\nThe Chairman of the provincial People\'s Committee presented certificates of merit to 14 collectives. Twenty individuals were also honoured with certificates of merit by the provincial Chairman.\n',
      'en.txt',
    );
    expect(en.commendations.map((c) => [c.by, c.collectives, c.individuals])).toEqual([["Chairman of the provincial People's Committee", 14, 20]]);
    const vi = reviewOf('Ngày 10/1/2025, tỉnh Sơn La tổ chức hội nghị tổng kết năm 2024.\nNhân dịp này, Bộ trưởng Bộ Quốc phòng tặng Bằng khen cho 3 tập thể, 5 cá nhân.\n', 'vi.txt');
    expect(vi.commendations.map((c) => [c.by, c.collectives, c.individuals])).toEqual([['Bộ trưởng Bộ Quốc phòng', 3, 5]]);
    const joined = reviewOf('Ngày 10/1/2025, tỉnh Sơn La tổ chức hội nghị tổng kết năm 2024.\nNhân dịp này, Bộ trưởng Bộ Công an tặng Bằng khen cho 3 tập thể; và Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể, 19 cá nhân.\n', 'vi.txt');
    expect(joined.commendations.map((c) => [c.by, c.collectives, c.individuals])).toEqual([['Bộ trưởng Bộ Công an', 3, null], ['Chủ tịch UBND tỉnh', 12, 19]]);
  });

  it('two givers in one sentence are two award lines, each with its own counts and giver', () => {
    const ru = reviewOf(
      '23 января 2024 года в городе Винь провинция Нгеан провела конференцию.\nМинистерство общественной безопасности наградило почётными грамотами 3 коллектива и 5 частных лиц, а председатель Народного комитета провинции вручил почётные грамоты 25 коллективам и 40 частным лицам.\n',
      'ru.txt',
    );
    expect(ru.commendations.map((c) => [c.collectives, c.individuals])).toEqual([[3, 5], [25, 40]]);
    expect(ru.commendations[1]?.by).toBe('председатель Народного комитета провинции');
    const de = reviewOf('Am 30. Januar 2024 hielt die Provinz Bac Giang eine Konferenz ab.\nBei dieser Gelegenheit zeichnete das Volkskomitee der Provinz sieben Kollektive und zwölf Einzelpersonen mit Verdienstzertifikaten aus.\n', 'de.txt');
    expect(de.commendations.map((c) => [c.award, c.collectives, c.individuals])).toEqual([['certificate of merit', 7, 12]]);
  });
});

describe('themes', () => {
  it('live-fire exercises are training, not fires; forest fires are fires', () => {
    const r = reviewOf('On January 12, 2024, Phu Yen province held a conference to review defence work in 2023.\nThe province organised live-fire exercises for the militia.\nThe forces put out 12 forest fires.\n', 'en.txt');
    expect(r.results.map((i) => i.themes.includes('fire'))).toEqual([false, true]);
  });
});

describe('tasks', () => {
  it('a list announced as priorities is the tasks, in French and English', () => {
    const fr = reviewOf('Le 25 janvier 2024, la province de Ninh Thuan a tenu une conférence.\n\nPour 2024, il a fixé les priorités suivantes :\n\n1. organiser avec succès l\'exercice de zone de défense ;\n2. régler définitivement les litiges fonciers du district.\n', 'fr.md');
    expect(fr.tasks.map((t) => t.text)).toEqual(["Organiser avec succès l'exercice de zone de défense", 'Régler définitivement les litiges fonciers du district.']);
    const en = reviewOf('On January 25, 2024, Ninh Thuan province held a conference.\n\nThe key priorities for 2024 are:\n\n- organise the defence zone exercise successfully;\n- settle the land disputes in the district for good.\n', 'en.md');
    expect(en.tasks.map((t) => t.text)).toEqual(['Organise the defence zone exercise successfully', 'Settle the land disputes in the district for good.']);
  });
});

describe('figures: signs and numbers that are names', () => {
  const values = (r: Review) => r.figures.map((f) => [f.value, f.unit]);
  it('a decrease stays negative with an adverbial before its number; a level reached is not a decrease', () => {
    const fr = reviewOf('Le 19 janvier 2024, la province de Quang Nam a tenu une conférence pour dresser le bilan de 2023.\nLes vols ont diminué en moyenne de 3,2 % par an.\n', 'fr.txt');
    expect(values(fr)).toContainEqual([-3.2, '%']);
    const es = reviewOf('El 10 de enero de 2024, la provincia de Gia Lai celebró una conferencia para evaluar el año 2023.\nLos robos disminuyeron en promedio un 2,5 % anual.\n', 'es.txt');
    expect(values(es)).toContainEqual([-2.5, '%']);
    const en = reviewOf(
      'On January 12, 2024, the Binh Thuan Provincial Police held a conference to review the work of 2023.\nThefts fell by an average of 6.1 percent a year, and the share of unsolved cases fell to 9 percent.\n',
      'en.txt',
    );
    expect(values(en)).toContainEqual([-6.1, '%']);
    expect(values(en)).toContainEqual([9, '%']);
  });

  it('a decrease stays negative with degree words before its number ("sharply", "nearly", "bình quân"); "down to" stays a level', () => {
    const vi = reviewOf(
      'Sáng 10/1/2025, tỉnh Quảng Trị tổ chức hội nghị tổng kết năm 2024.\nTai nạn giao thông giảm bình quân 4,7% mỗi năm; số vụ phạm tội về trật tự xã hội giảm mạnh 12,5%, tỷ lệ tái phạm giảm xuống còn 3,1%.\n',
      'vi.txt',
    );
    expect(values(vi)).toEqual([[-4.7, '%'], [-12.5, '%'], [3.1, '%']]);
    const en = reviewOf('On January 12, 2024, Binh Thuan province held a conference to review the work of 2023.\nDrug cases were down nearly 8.2 percent, and thefts fell by about 11 percent.\n', 'en.txt');
    expect(values(en)).toEqual([[-8.2, '%'], [-11, '%']]);
    // "took down 14 rings" is no decrease.
    const rings = reviewOf('On January 12, 2024, Binh Thuan province held a conference to review the work of 2023.\nThe police took down 14 online fraud rings run from abroad.\n', 'en.txt');
    expect(values(rings)).toEqual([[14, 'rings']]);
    const de = reviewOf('Am 12. Januar 2024 fand in der Provinz Binh Thuan eine Konferenz statt, die das Jahr 2023 bilanzierte.\nDie Zahl der Diebstähle sank um rund 6,4 Prozent.\n', 'de.txt');
    expect(values(de)).toEqual([[-6.4, '%']]);
    // A decrease verb, its object, then "by" ("cut cross-border smuggling cases by 9.4%").
    const cut = reviewOf('On January 12, 2024, Binh Thuan province held a conference to review the work of 2023.\nAn Giang cut cross-border smuggling cases by 9.4%, while arrests rose by 3.1%.\n', 'en.txt');
    expect(values(cut)).toEqual([[-9.4, '%'], [3.1, '%']]);
  });

  it('a number after a word ending in "no" or "so" is a figure ("inspeccionó 2.136", "also 12"); after "No." or "số" it is not', () => {
    const es = reviewOf('---\nlanguage: es\n---\n\nEl 17 de enero de 2025, la provincia de Dong Thap celebró una conferencia para evaluar 2024.\n\nLa policía inspeccionó 2.136 establecimientos y revisó 410 casos.\n', 'es.md');
    expect(values(es)).toEqual([[2136, 'establishments'], [410, 'cases']]);
    const en = reviewOf('On January 12, 2024, Binh Thuan province held a conference to review the work of 2023.\nThe police also seized 12 tonnes of smuggled sugar.\n', 'en.txt');
    expect(values(en)).toEqual([[12, 't']]);
    const ko = reviewOf('2025년 1월 20일 꽝응아이성 인민위원회는 2024년 교통안전 업무를 총결산하는 회의를 개최했다.\n사망자는 152명으로 4.4% 줄었고, 부상자는 197명으로 11.2% 감소했다.\n', 'ko.txt');
    expect(values(ko).filter(([, unit]) => unit === '%')).toEqual([[-4.4, '%'], [-11.2, '%']]);
  });

  it('two numbers joined by "and" before one noun count the same noun; a number naming a group does not', () => {
    const en = reviewOf('On January 12, 2024, Binh Thuan province held a conference to review the work of 2023.\nNghe An and Son La led the country, with 1,412 and 1,136 cases respectively.\n', 'en.txt');
    expect(values(en)).toEqual([[1412, 'cases'], [1136, 'cases']]);
    const vi = reviewOf('Sáng 10/1/2025, tỉnh Phú Thọ tổ chức hội nghị tổng kết năm 2024.\nBồi dưỡng kiến thức quốc phòng cho 7.450 lượt đối tượng 4 và 2.180 chức sắc tôn giáo.\n', 'vi.txt');
    expect(values(vi).map(([v]) => v)).not.toContain(4);
  });

  it('a number that is part of a name (committee, military region, directive, an ordinal) is not a figure', () => {
    const vi = reviewOf(
      'Sáng 12/1/2024, tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023.\nSau 3 năm thực hiện Chỉ thị 05, Ban Chỉ đạo 138 tỉnh đã triệt phá 45 vụ; diễn tập khu vực phòng thủ được Bộ Tư lệnh Quân khu 2 đánh giá giỏi; lực lượng dân quân có 12.450 đồng chí.\n',
      'vi.txt',
    );
    expect(values(vi)).toEqual([[45, 'cases'], [12450, 'people']]);
    const zh = reviewOf('2024年1月15日，庆和省召开会议。\n2023年，省138指导委员会共破获毒品案件45起。\n', 'zh.txt');
    expect(values(zh)).toEqual([[45, 'cases']]);
    const ru = reviewOf('15 января 2024 года в городе Винь прошла конференция.\nУчения получили высокую оценку командования 4-го военного округа, а полиция раскрыла 45 дел.\n', 'ru.txt');
    expect(values(ru)).toEqual([[45, 'cases']]);
  });

  it('a sentence that only speaks of shortcomings is no item; a contrast opening a paragraph turns to shortcomings', () => {
    const lead = 'On January 16, 2025, the provincial police held a conference to review the work of 2024 and launch tasks for this year.\n';
    const mention = reviewOf(`${lead}Crime fell by 11.4 percent to 1,204 cases.\nParticipants also pointed out shortcomings and limitations in the work and analysed their causes.\nThe director asked the police to fight online fraud in every commune.\n`, 'en.txt');
    expect(mention.shortcomings).toEqual([]);
    expect(mention.period).toEqual({ reviewed: '2024', next: '2025' });
    const contrast = reviewOf(`${lead}Crime fell by 11.4 percent to 1,204 cases.\nHowever, in some communes the registration of young citizens was still inaccurate and slow.\nThe director asked the police to fight online fraud in every commune.\n`, 'en.txt');
    expect(contrast.shortcomings.map((i) => i.text)).toEqual(['However, in some communes the registration of young citizens was still inaccurate and slow.']);
    // "acknowledged that the gains were uneven": what follows is the shortcomings, not praise.
    const uneven = reviewOf(`${lead}Crime fell by 11.4 percent to 1,204 cases.\nThe minister acknowledged that the gains were uneven. Online fraud rose 18.3%; some localities were slow to hand over cases.\nThe director asked the police to fight online fraud in every commune.\n`, 'en.txt');
    expect(uneven.shortcomings.map((i) => i.text).join(' ')).toMatch(/Online fraud rose 18\.3%.*slow to hand over cases/);
  });

  it('"đạt yêu cầu" (met the requirements) is a result, where "yêu cầu" (asked) sets tasks (vi)', () => {
    const r = reviewOf(
      'Sáng 16/1/2025, UBND tỉnh Kon Tum tổ chức hội nghị tổng kết công tác quốc phòng năm 2024.\nCác cơ quan huấn luyện cho 6.350 lượt dân quân tự vệ, kết quả 100% đạt yêu cầu.\nChủ tịch UBND tỉnh Võ Thanh Tùng yêu cầu các lực lượng tăng cường tuần tra biên giới.\n',
      'vi.txt',
    );
    expect(r.results.map((i) => i.text)).toEqual(['Các cơ quan huấn luyện cho 6.350 lượt dân quân tự vệ, kết quả 100% đạt yêu cầu.']);
    expect(r.tasks.map((i) => i.text).join(' ')).toContain('tăng cường tuần tra biên giới');
  });

  it('a paragraph opening with the next year sets the tasks', () => {
    const r = reviewOf('On January 8, 2025, the provincial police held a conference to review the work of 2024 and set tasks for 2025.\nCrime fell by 11.4 percent to 1,204 cases.\nIn 2025, the police and border guards must patrol the coast and stop illegal fishing in foreign waters.\n', 'en.txt');
    expect(r.period.next).toBe('2025');
    expect(r.tasks.map((i) => i.text)).toEqual(['In 2025, the police and border guards must patrol the coast and stop illegal fishing in foreign waters.']);
    expect(r.results.map((i) => i.text)).toEqual(['Crime fell by 11.4 percent to 1,204 cases.']);
  });

  it('a count after "of which" takes the unit of the figure before it', () => {
    const r = reviewOf('Le 9 janvier 2024, la province de Hai Duong a tenu une conférence pour dresser le bilan de 2023.\nLa province compte 2 874 modèles d\'autogestion, dont 56 ont été reconnus comme exemplaires.\n', 'fr.txt');
    expect(r.figures.map((f) => [f.value, f.unit])).toEqual([[2874, 'models'], [56, 'models']]);
  });

  it('award counts written after the recipient word, compound number words, and awards named by their act', () => {
    const ko = reviewOf('하이퐁시는 2025년 3월 20일 회의를 개최했다.\n이 자리에서 제3군구 사령관은 단체 3곳과 개인 5명에게 표창장을 수여했다.\n', 'ko.txt');
    expect(ko.commendations.map((c) => [c.collectives, c.individuals])).toEqual([[3, 5]]);
    const en = reviewOf('On January 10, 2025, the provincial police held a conference to review 2024.\nThe Minister presented certificates of merit to twelve collectives and twenty-one individuals.\nThe provincial People\'s Committee commended 4 collectives and 6 individuals.\n', 'en.txt');
    expect(en.commendations.map((c) => [c.award, c.collectives, c.individuals])).toEqual([
      ['certificate of merit', 12, 21],
      ['commendation', 4, 6],
    ]);
  });

  it('a relative clause after a comma stays with its task; a question asking what to do opens the tasks of a commentary', () => {
    const text = [
      'Opinion: keeping the peace in the hills of Lai Chau province',
      'In the mountain districts of Lai Chau province, security rests on the vigilance of villagers. The province now has 640 security self-management groups.',
      'Yet many groups still operate on paper only, meeting once a year to elect a leader and then falling silent.',
      'What should be done? First, Party committees must treat the movement as a task of the whole political system. Second, the model should be expanded to the industrial parks of Tam Duong, where thousands of migrant workers now live. Third, the commune police should use Zalo groups to warn residents of new scams.',
    ].join('\n');
    const r = reviewOf(text, 'en.txt');
    expect(r.kind).toBe('commentary');
    expect(r.conference.date).toBeNull();
    expect(r.tasks.map((t) => t.text)).toEqual([
      'First, Party committees must treat the movement as a task of the whole political system.',
      'Second, the model should be expanded to the industrial parks of Tam Duong, where thousands of migrant workers now live.',
      'Third, the commune police should use Zalo groups to warn residents of new scams.',
    ]);
  });

  it('two actions joined inside one clause ("and to ...", "et de ...") are two tasks; a place joined the same way is not', () => {
    const en = reviewOf('On January 12, 2024, the Quang Tri Provincial Police held a conference to review the work of 2023.\nThe police achieved good results in 2023.\nThe Chairman asked the forces to step up patrols along the border with Laos and to build more drug-free communes across the province in 2024.\n', 'en.txt');
    expect(en.tasks.map((t) => t.text)).toEqual(['The Chairman asked the forces to step up patrols along the border with Laos', 'To build more drug-free communes across the province in 2024.']);
    const fr = reviewOf("Le 23 janvier 2024, le Comité de pilotage 138 de la province de Son La a tenu une conférence pour dresser le bilan de 2023.\nLa province a obtenu de bons résultats en 2023.\nLe président a demandé aux forces de se concentrer sur le démantèlement des filières de drogue transfrontalières et de renforcer la coopération avec les provinces laotiennes de Houaphan et de Luang Prabang.\n", 'fr.txt');
    expect(fr.tasks.map((t) => t.text)).toEqual([
      'Le président a demandé aux forces de se concentrer sur le démantèlement des filières de drogue transfrontalières',
      'De renforcer la coopération avec les provinces laotiennes de Houaphan et de Luang Prabang.',
    ]);
  });

  it('a number word before a counted noun is a figure ("four vessels"), not after "the" or "all", nor in Vietnamese', () => {
    const en = reviewOf('On January 8, 2025, the Bac Lieu provincial police held a conference to review 2024.\nThe forces achieved good results: crimes fell on all three criteria, the two provinces signed a plan, and four vessels and 31 fishermen were detained abroad.\n', 'en.txt');
    expect(en.figures.map((f) => [f.value, f.unit])).toEqual([
      [4, 'vessels'],
      [31, 'people'],
    ]);
    const vi = reviewOf('Ngày 8/1/2025, Công an tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác năm 2024.\nKết quả, năm nay lực lượng đã bắt giữ hai đối tượng và 31 ngư dân.\n', 'vi.txt');
    expect(vi.figures.map((f) => f.value)).toEqual([31]);
  });
});

describe('sections: how the report and the page lay them out', () => {
  const texts = (items: Item[]) => items.map((i) => i.text);
  it('a report presented "on behalf of" the standing agency opens the results; the presenting sentence is no result', () => {
    const r = reviewOf(
      [
        'On January 8, 2025, the Binh Duong provincial People\'s Committee held a conference to review national defence and security work in 2024.',
        'On behalf of the standing agency, Colonel Tran Quoc Hung, Commander of the provincial Military Command, presented the report. The province sent 2,150 young people to the army and 320 to the police.',
        'In maintaining social order, 1,864 criminal cases occurred, down 6.8%.',
      ].join('\n'),
      'report.txt',
    );
    expect(texts(r.results)).toEqual(['The province sent 2,150 young people to the army and 320 to the police.', 'In maintaining social order, 1,864 criminal cases occurred, down 6.8%.']);
    // "320 to the police": the noun left out after "and" is the one of the figure before.
    expect(r.figures.map((f) => [f.value, f.unit])).toEqual([[2150, 'people'], [320, 'people'], [1864, 'cases'], [-6.8, '%']]);
  });

  it('subheadings name the sections that follow them (German Markdown)', () => {
    const r = reviewOf(
      [
        'Am 15. Januar 2025 hat der Militärdienstrat der Provinz Hung Yen die Rekrutierung im Jahr 2024 ausgewertet.',
        '## Alle Vorgaben erfüllt',
        'Hung Yen hat 1.120 junge Männer an die Armee übergeben.',
        '## Schwachstellen bei der Erfassung',
        'In einigen Gemeinden blieb die Aufklärung über das Wehrpflichtgesetz oberflächlich.',
        '## Aufgaben für 2025',
        'Die Listen der einberufenen Bürger sollen in jeder Gemeinde öffentlich ausgehängt werden.',
      ].join('\n\n'),
      'de.md',
    );
    expect(texts(r.results)).toEqual(['Hung Yen hat 1.120 junge Männer an die Armee übergeben.']);
    expect(texts(r.shortcomings)).toEqual(['In einigen Gemeinden blieb die Aufklärung über das Wehrpflichtgesetz oberflächlich.']);
    expect(texts(r.tasks)).toEqual(['Die Listen der einberufenen Bürger sollen in jeder Gemeinde öffentlich ausgehängt werden.']);
  });

  it('a contrast word after a paragraph\'s first words turns to shortcomings (French)', () => {
    const r = reviewOf(
      [
        'Le jeudi 18 janvier 2024, le Comité directeur 138 de la province de Tien Giang a dressé le bilan de la lutte contre la criminalité en 2023.',
        'La province a recensé 1 482 affaires, en baisse de 5,4 %.',
        'Le bilan n\'est toutefois pas sans ombres. Les escroqueries en ligne restent nombreuses dans les communes rurales.',
      ].join('\n'),
      'fr.txt',
    );
    expect(texts(r.shortcomings)).toContain('Les escroqueries en ligne restent nombreuses dans les communes rurales.');
  });

  it('a contrast opening a paragraph turns to shortcomings even when it states figures', () => {
    const r = reviewOf(
      [
        'On January 14, 2025, the Ha Nam provincial Police held a conference to review their work in 2024.',
        'Traffic accidents went down on all three criteria, with the number of deaths cut by 11.3 percent.',
        'However, the conference admitted that high-tech fraud continued to rise, with 142 cases causing losses of more than VND 31 billion.',
      ].join('\n'),
      'en.txt',
    );
    expect(texts(r.shortcomings)).toEqual(['However, the conference admitted that high-tech fraud continued to rise, with 142 cases causing losses of more than VND 31 billion.']);
    expect(r.figures.map((f) => f.value)).toEqual([-11.3, 142, 31000000000]);
  });
});

describe('figures and dates: words that fold alike', () => {
  it('"huy động" (mobilised) is no currency before a number; "lượt tuần tra" (patrols) is no duration', () => {
    const r = reviewOf('Sang 16-1-2025, Cong an tinh Hoa Binh to chuc hoi nghi tong ket nam 2024.\nNam 2024, hai luc luong to chuc 1.050 luot tuan tra va huy dong 5.600 luot can bo.\n', 'vi.txt');
    expect(r.figures.map((f) => [f.value, f.unit])).toEqual([[1050, 'patrols'], [5600, 'luot']]);
  });

  it('a year-end review "on January 20" takes its year from the page; tasks for the next year name it', () => {
    const r = reviewOf(
      ['Hai Duong committee reports fewer offences', '', 'January 21, 2025', '', 'Crimes fell again last year, the provincial Steering Committee 138 of Hai Duong heard at its year-end review on January 20.', '', 'Police broke up 23 gangs.', '', 'The committee set out five tasks for 2025: cut crimes by 5% and keep the solving rate above 85%.'].join('\n'),
      'en.txt',
    );
    expect({ date: r.conference.date, dateInferred: r.conference.dateInferred, period: r.period }).toEqual({ date: '2025-01-20', dateInferred: true, period: { reviewed: '2024', next: '2025' } });
  });
});

describe('figures: nouns and names', () => {
  it('German capitalizes every noun: a number after one is a count, unless the noun names a unit ("Region 4")', () => {
    const r = reviewOf(
      'Am Mittwoch, den 8. Januar 2025 zog die Provinz Dien Bien Bilanz über den Grenzschutz im Jahr 2024.\nDie Grenzposten führten im vergangenen Jahr 1.245 Patrouillen durch, und Grenzschutz und Polizei deckten 172 Fälle auf.\nVertreter der Küstenwache Region 4 sowie Leiter der Provinzpolizei nahmen teil.\n',
      'de.txt',
    );
    expect(r.figures.map((f) => f.value)).toEqual([1245, 172]);
  });

  it('Vietnamese count nouns of two syllables give the unit ("18.500 tài khoản", "6 ổ nhóm"); "mức 2" is a level, not a count', () => {
    const r = reviewOf('Sáng 10/1/2025, Công an huyện Tân Uyên tổ chức hội nghị tổng kết năm 2024.\nNăm 2024, đã có 18.500 tài khoản định danh điện tử mức 2 được kích hoạt; lực lượng chức năng triệt xóa 6 ổ nhóm cho vay lãi nặng.\n', 'vi.txt');
    expect(r.figures.map((f) => [f.value, f.unit])).toEqual([[18500, 'accounts'], [6, 'gangs']]);
  });
});

describe('sixth probe round', () => {
  it('the sentence dating the conference sets no section, after a lead paragraph too; "Presiding over the conference was NAME"; "the afternoon of January 6" is no document date', () => {
    const r = reviewOf(
      [
        'Thai Nguyen reviews national defence and security work',
        '',
        'Tuesday, January 7, 2025 - 09:15',
        '',
        'Security and order in the province remained stable through 2024, a year-end conference heard.',
        '',
        'On the afternoon of January 6, the Provincial Defence and Security Council held a conference to review national defence and security work in 2024 and to set out tasks for 2025. Presiding over the conference was Hoang Van Khiem, Secretary of the Provincial Party Committee.',
        '',
        'The report said 1,146 young citizens joined the army and the police.',
      ].join('\n'),
      'en.txt',
    );
    expect(r.conference.date).toBe('2025-01-06');
    expect(r.conference.chair).toEqual({ name: 'Hoang Van Khiem', title: 'Secretary of the Provincial Party Committee' });
    expect(r.results.map((i) => i.text)).toEqual(['The report said 1,146 young citizens joined the army and the police.']);
    expect(r.tasks).toEqual([]);
  });

  it('counts written "dix-neuf" and "２０人"; a guest who "a prononcé un discours d\'orientation" directed', () => {
    const fr = reviewOf(
      "Le 12 décembre 2024, la province de Ninh Binh a tenu une conférence sous la présidence de Mme Tran Thi Hoa. Le général Hoang Dinh Khiem a assisté à la conférence et a prononcé un discours d'orientation.\nLa police a démantelé 45 réseaux.\nÀ cette occasion, le Comité populaire provincial a décerné des certificats de mérite à onze collectifs et dix-neuf individus.\n",
      'fr.txt',
    );
    expect(fr.conference.directedBy?.name).toBe('Hoang Dinh Khiem');
    expect(fr.commendations.map((c) => [c.collectives, c.individuals])).toEqual([[11, 19]]);
    const ja = reviewOf('2025年1月13日、ハティン省人民委員会は会議を開いた。\n合同パトロールを１，０５０回実施した。\n一方、一部の地域では情報の交換や報告が遅れることがある。\nこの機会に、省人民委員会委員長は１２団体と２０人に表彰状を授与した。\n', 'ja.txt');
    expect(ja.commendations.map((c) => [c.collectives, c.individuals])).toEqual([[12, 20]]);
    expect(ja.shortcomings.length).toBe(1);
  });
});

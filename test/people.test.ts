/** People: chair names survive titles, family names that look like organisation words, and French articles. */
import { describe, expect, it } from 'vitest';
import { articleToReview } from '../src/extract/article-to-review.js';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { parseArticle } from '../src/ingest/parse-article.js';

const chairOf = (text: string, file: string) => {
  const r = parseArticle(new TextEncoder().encode(text), file);
  if (r.kind !== 'article') throw new Error('not an article');
  return articleToReview(r.article, loadKnowledge()).conference.chair;
};

describe('chair names', () => {
  it('a family name that folds like an organisation word (Đặng, Công) stays in the name', () => {
    const body = '\nNăm 2023, lực lượng công an đã điều tra làm rõ 265 vụ phạm pháp hình sự, bắt giữ 390 đối tượng.\n';
    expect(chairOf(`Sáng 15/3, tỉnh Quảng Trị tổ chức hội nghị tổng kết năm 2023. Chủ tịch UBND tỉnh Đặng Văn Hùng chủ trì hội nghị.${body}`, 'a.txt')).toEqual({ name: 'Đặng Văn Hùng', title: 'Chủ tịch UBND tỉnh' });
    expect(chairOf(`Sáng 15/3, tỉnh Quảng Trị tổ chức hội nghị tổng kết năm 2023. Phó Chủ tịch UBND tỉnh Nguyễn Công Hùng chủ trì hội nghị.${body}`, 'b.txt')?.name).toBe('Nguyễn Công Hùng');
  });

  it('a Korean name leaves out the particle attached to it, but not a syllable of the name', () => {
    const body = '\n2024년 안장성에서 발생한 범죄는 1,530건으로 전년 대비 5.2% 감소했다.\n';
    const lead = '안장성 138 지도위원회는 1월 10일 회의를 열어 2024년 업무를 총결산했다. 회의는 성 인민위원회 부위원장인 ';
    expect(chairOf(`${lead}쩐 반 히에우가 주재했다.${body}`, 'a.txt')?.name).toBe('쩐 반 히에우');
    expect(chairOf(`${lead}도 뜨엉 하이가 주재했다.${body}`, 'b.txt')?.name).toBe('도 뜨엉 하이');
    expect(chairOf(`${lead}레 반 탄이 주재했다.${body}`, 'c.txt')?.name).toBe('레 반 탄');
  });

  it('a family name written as it is, "Trương", is a name even though it folds like the title word "trưởng"', () => {
    const body = '\nNăm 2024, lực lượng dân quân đã tham gia 120 đợt cứu hộ.\n';
    expect(chairOf(`Chiều ngày 8/1/2025, Bộ CHQS tỉnh Bình Định tổ chức hội nghị tổng kết năm 2024.\nĐại tá Trương Minh Đức, Chỉ huy trưởng Bộ CHQS tỉnh chủ trì hội nghị.${body}`, 'a.txt')).toEqual({ name: 'Trương Minh Đức', title: 'Chỉ huy trưởng Bộ CHQS tỉnh' });
  });

  it('"présidée par Le Van Dung" keeps the family name Lê', () => {
    const text = 'Le 19 janvier 2024, le Comité populaire de la province de Quang Nam a tenu une conférence présidée par Le Van Dung, président du Comité populaire provincial.\nLes forces ont organisé 611 mobilisations de masse en 2023.\n';
    expect(chairOf(text, 'c.txt')?.name).toBe('Le Van Dung');
  });
});

const reviewOf = (text: string, file: string) => {
  const r = parseArticle(new TextEncoder().encode(text), file);
  if (r.kind !== 'article') throw new Error('not an article');
  return articleToReview(r.article, loadKnowledge());
};

describe('chair and directedBy: cues in every order, titles without honorifics', () => {
  const frBody = '\nEn 2023, les forces ont démantelé 312 affaires de drogue.\n';
  it('"ont été présidés par Mme NAME, title": the chair, and the honorific is not the title', () => {
    const text = `Le 12 janvier 2024, la province de Quang Binh a tenu une conférence. Les travaux ont été présidés par Mme Nguyen Thi Lan, vice-présidente du Comité populaire provincial.${frBody}`;
    expect(chairOf(text, 'a.txt')).toEqual({ name: 'Nguyen Thi Lan', title: 'vice-présidente du Comité populaire provincial' });
    const single = `Le 12 janvier 2024, la province de Quang Binh a tenu une conférence. La réunion a été présidée par M. Tran Van Binh, président du Comité populaire provincial.${frBody}`;
    expect(chairOf(single, 'b.txt')?.title).toBe('président du Comité populaire provincial');
  });

  it('a fronted cue names the chair after it: "Présidant la réunion, M. NAME, ..." and "Chủ trì hội nghị có đồng chí NAME"', () => {
    const fr = `Le 12 janvier 2024, la province de Quang Binh a tenu une conférence. Présidant la réunion, M. Tran Van Binh, président du Comité populaire provincial, a salué les forces armées.${frBody}`;
    expect(chairOf(fr, 'a.txt')).toEqual({ name: 'Tran Van Binh', title: 'président du Comité populaire provincial' });
    const vi = reviewOf(
      'Sáng 12/1/2024, tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023. Chủ trì hội nghị có đồng chí Phạm Văn Nam, Phó Chủ tịch UBND tỉnh.\nĐồng chí Phạm Văn Nam yêu cầu rà soát các tổ tự quản, thay thế thành viên không còn đủ sức khỏe.\n',
      'b.txt',
    );
    expect(vi.conference.chair).toEqual({ name: 'Phạm Văn Nam', title: 'Phó Chủ tịch UBND tỉnh' });
    // "đủ" (enough) folds like "dự" (attended); attending alone is not directing either.
    expect(vi.conference.directedBy).toBeNull();
  });

  it('the title before the name, not a relative clause after it (en), nor a lone rank without the appositive title after the name (es)', () => {
    const en = "On January 10, 2024, the Steering Committee 138 of Long An province held a conference.\nVice Chairman of the provincial People's Committee Le Van Son, who is also head of the committee, chaired the conference.\n";
    expect(chairOf(en, 'a.txt')).toEqual({ name: 'Le Van Son', title: "Vice Chairman of the provincial People's Committee" });
    const es = 'El 10 de enero de 2024, la provincia de Gia Lai celebró una conferencia, presidida por el coronel Ho Van Minh, director de la Policía provincial.\nLas fuerzas descubrieron 120 casos.\n';
    expect(chairOf(es, 'b.txt')).toEqual({ name: 'Ho Van Minh', title: 'coronel, director de la Policía provincial' });
  });

  it('an appositive title stops where the main clause goes on (de)', () => {
    const de = 'Unter Vorsitz von Vu Van Tam, Vorsitzender des Volkskomitees der Provinz, hat die Provinz Lang Son am Montag, dem 15. Januar 2024, die Arbeit des Jahres 2023 bilanziert.\nDie Polizei deckte 62 Fälle auf.\n';
    expect(chairOf(de, 'a.txt')).toEqual({ name: 'Vu Van Tam', title: 'Vorsitzender des Volkskomitees der Provinz' });
  });

  it('a guest who attended and directed, named after the cue (ru) or with the object between (ko); a Russian genitive name and title in their base form', () => {
    const ru = reviewOf(
      '15 января 2024 года в городе Винь прошла конференция под председательством председателя Народного комитета провинции Чан Ван Туана. В конференции принял участие и дал руководящие указания командующий 4-м военным округом генерал-лейтенант Фам Ван Лонг.\nЧан Ван Туан поручил силам провинции продолжать работу.\n',
      'a.txt',
    );
    expect(ru.conference.chair).toEqual({ name: 'Чан Ван Туан', title: 'председатель Народного комитета провинции' });
    expect(ru.conference.directedBy?.name).toBe('Фам Ван Лонг');
    const ko = reviewOf(
      '2024년 1월 15일 롱안성은 회의를 개최했다. 회의는 롱안성 인민위원회 응우옌 반 남 위원장이 주재했으며, 제9군구 사령관 쩐 반 롱 중장이 참석해 회의를 지도했다.\n성 공안은 마약 사건 312건을 적발했다.\n',
      'b.txt',
    );
    expect(ko.conference.chair).toEqual({ name: '응우옌 반 남', title: '롱안성 인민위원회 위원장' });
    expect(ko.conference.directedBy).toEqual({ name: '쩐 반 롱', title: '제9군구 사령관 중장' });
  });

  it('a Japanese title leaves out the topic before it and the particle joining it to the name', () => {
    const ja = '２０２４年１月１５日、ハノイ市は会議を開いた。会議は、市人民委員会副委員長で運営委員会委員長のグエン・バン・ナム氏が主宰した。\n市内では３１２件の事件が摘発された。\n';
    expect(chairOf(ja, 'a.txt')).toEqual({ name: 'グエン・バン・ナム', title: '市人民委員会副委員長、運営委員会委員長' });
  });

  it('a Japanese title on both sides of the name: a body before it heads the title after it; an office before it and a rank after it are two titles', () => {
    const ja =
      '１３日午前、ハティン省人民委員会は会議を開催した。会議は、省人民委員会のレ・ゴック・ソン副委員長が主宰した。第４軍区副司令官のファム・ヴァン・ホア少将（陸軍）が出席し指導した。\n合同パトロールを１，０５０回実施した。\n';
    const r = reviewOf(ja, 'a.txt');
    expect(r.conference.chair).toEqual({ name: 'レ・ゴック・ソン', title: '省人民委員会副委員長' });
    expect(r.conference.directedBy).toEqual({ name: 'ファム・ヴァン・ホア', title: '第４軍区副司令官、少将' });
  });
});

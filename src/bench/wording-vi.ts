/** Vietnamese wording (with diacritics) of a synthetic review-conference article, in the style of provincial papers. */
import { CHAIR_TITLES } from './corpus-banks.js';
import type { ArticleFacts, District, FigureKey } from './corpus-facts.js';
import { capitalize, formatNumber, listOf, type Wording } from './corpus-text.js';

const n = (x: number) => formatNumber(x, 'vi');
const level = (f: ArticleFacts) => (f.municipality ? 'thành phố' : 'tỉnh');
const party = (f: ArticleFacts) => (f.municipality ? 'Thành ủy' : 'Tỉnh ủy');

/** The province as Vietnamese prose names it ("tỉnh Quảng Trị", "thành phố Đà Nẵng"). */
function placeName(f: ArticleFacts): string {
  if (f.province.code === '79') return 'Thành phố Hồ Chí Minh';
  return `${level(f)} ${f.province.name}`;
}

function district(d: District): string {
  const kind = { city: 'thành phố', town: 'thị xã', 'urban district': 'quận', 'island district': 'huyện đảo' }[d.type] ?? 'huyện';
  return `${kind} ${d.name}`;
}

const chairTitle = (f: ArticleFacts) => (CHAIR_TITLES[f.chair.title]?.vi ?? '').replace(/\{body\}/g, level(f)).replace(/\{party\}/g, party(f));
const shortTitle = (f: ArticleFacts) => `${['Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch Thường trực', 'Chủ tịch'][f.chair.title] ?? 'Chủ tịch'} UBND ${level(f)}`;

function figure(f: ArticleFacts, key: FigureKey): string {
  const g = f.figures;
  switch (key) {
    case 'cases':
      return `lực lượng công an đã phát hiện, xử lý ${n(g.cases)} vụ phạm tội, bắt giữ ${n(g.subjects)} đối tượng`;
    case 'rate':
      return `tỷ lệ điều tra, khám phá án đạt ${n(g.rate)}%`;
    case 'drugs':
      return `thu giữ ${n(g.drugKg)} kg ma túy tổng hợp`;
    case 'money':
      return `xử lý các vi phạm kinh tế, buôn lậu trị giá ${n(g.moneyBillion)} tỷ đồng`;
    case 'decrease':
      return `tội phạm về trật tự xã hội giảm ${n(g.decrease)}% so với năm ${f.reviewedYear - 1}`;
    case 'recruits':
      return `toàn ${level(f)} đã giao ${n(g.recruits)} thanh niên nhập ngũ, đạt 100% chỉ tiêu`;
    case 'models':
      return `duy trì ${n(g.models)} mô hình "tự phòng, tự quản" với ${n(g.participants)} người tham gia`;
  }
}

export const vietnamese: Wording = {
  title(f, rng) {
    const topic = f.topic.title.vi;
    if (f.districtsOnly) return rng.pick([`Tổng kết ${topic} năm ${f.reviewedYear}`, `Hội nghị tổng kết ${topic} năm ${f.reviewedYear}`]);
    return rng.pick([`${f.province.name} tổng kết ${topic} năm ${f.reviewedYear}`, `${f.province.name}: Triển khai nhiệm vụ ${topic} năm ${f.reviewedYear + 1}`]);
  },
  lead(f, rng) {
    const y = f.reviewedYear;
    const when = `${rng.pick(['Ngày', 'Sáng', 'Chiều', 'Sáng ngày', 'Chiều ngày'])} ${f.date.d}/${f.date.m}/${f.date.y}`;
    const committee = f.districtsOnly ? rng.pick([`UBND ${level(f)}`, `Ủy ban nhân dân ${level(f)}`]) : rng.pick([`UBND ${placeName(f)}`, `Ủy ban nhân dân ${placeName(f)}`]);
    const opening = rng.pick([
      `${when}, ${committee} tổ chức hội nghị tổng kết ${f.topic.body.vi} năm ${y}, triển khai nhiệm vụ năm ${y + 1}.`,
      `${when}, ${committee} tổ chức hội nghị đánh giá ${f.topic.body.vi} năm ${y} và phương hướng, nhiệm vụ năm ${y + 1}.`,
    ]);
    const chair = f.chair.passive ? `Hội nghị diễn ra dưới sự chủ trì của ${chairTitle(f)} ${f.chair.name}.` : `${chairTitle(f)} ${f.chair.name} chủ trì hội nghị.`;
    const guests = f.districtsOnly
      ? `Tham dự hội nghị có lãnh đạo ${listOf(f.districts.map(district), 'và')}.`
      : rng.pick(['Tham dự hội nghị có lãnh đạo các sở, ban, ngành, lực lượng vũ trang và các địa phương.', 'Cùng tham dự có đại diện Bộ Tư lệnh Quân khu và các sở, ngành liên quan.']);
    return `${opening} ${chair} ${guests}`;
  },
  results(f, rng) {
    const y = f.reviewedYear;
    const opening = rng.pick([
      `Năm ${y}, dưới sự lãnh đạo của ${party(f)}, các lực lượng vũ trang và địa phương đã đạt được nhiều kết quả tích cực.`,
      `Theo báo cáo, năm ${y} tình hình an ninh chính trị trên địa bàn cơ bản ổn định, các chỉ tiêu đề ra đều hoàn thành.`,
    ]);
    const clauses = f.figureKeys.map((k) => figure(f, k));
    const half = Math.ceil(clauses.length / 2);
    const first = `${capitalize(listOf(clauses.slice(0, half), 'và'))}.`;
    const second = clauses.length > half ? `Bên cạnh đó, ${listOf(clauses.slice(half), 'và')}.` : '';
    const drills = `Diễn tập khu vực phòng thủ tại ${listOf(f.districts.slice(0, 2).map(district), 'và')} được tổ chức thành công, bảo đảm tuyệt đối an toàn.`;
    return [`${opening} ${first}`, `${second} ${drills}`.trim()];
  },
  shortcomings(f, rng) {
    const items = f.shortcomings.map((s) => s.vi).join('; ');
    return rng.pick([
      `Tuy nhiên, hội nghị cũng chỉ ra những hạn chế như ${items}.`,
      `Bên cạnh kết quả đạt được, báo cáo cũng thẳng thắn nêu một số hạn chế như ${items}.`,
    ]);
  },
  tasksIntro(f, rng) {
    return rng.pick([
      `Về nhiệm vụ năm ${f.reviewedYear + 1}, ${shortTitle(f)} ${f.chair.name} đề nghị các sở, ngành, địa phương tập trung thực hiện tốt các nhiệm vụ sau:`,
      `Hội nghị thống nhất các nhiệm vụ năm ${f.reviewedYear + 1} như sau:`,
    ]);
  },
  tasks(f) {
    const d = f.districts[f.districts.length - 1];
    return f.tasks.map((t) => t.vi.replace('{district}', d ? district(d) : 'các huyện'));
  },
  commendation(f, rng) {
    const giver = f.commendation.byChair ? `${shortTitle(f)} ${f.chair.name}` : `UBND ${level(f)}`;
    const { collectives, individuals } = f.commendation;
    return rng.pick([
      `Nhân dịp này, ${giver} đã tặng bằng khen cho ${collectives} tập thể và ${individuals} cá nhân có thành tích xuất sắc trong ${f.topic.short.vi} năm ${f.reviewedYear}.`,
      `Dịp này, ${giver} đã trao bằng khen cho ${collectives} tập thể và ${individuals} cá nhân có thành tích xuất sắc.`,
    ]);
  },
  captions(f, rng) {
    const [p1, p2] = f.photographers;
    return [
      `${shortTitle(f)} ${f.chair.name} ${rng.pick(['phát biểu tại hội nghị', 'phát biểu chỉ đạo hội nghị'])} - Ảnh: ${p1}`,
      `${rng.pick(['Trao bằng khen cho các tập thể có thành tích xuất sắc', 'Các đại biểu dự hội nghị'])} - Ảnh: ${p2}`,
    ];
  },
};

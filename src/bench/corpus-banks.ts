/** Phrase banks for the synthetic corpus: the same facts worded in English, Vietnamese and French. */

export type Lang = 'en' | 'vi' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'vi', 'fr'];

/** One phrase in each language, so a fact picked once reads the same in every language. */
export type Phrase = Record<Lang, string>;

// Names: each part is safe on its own (no lexicon title or organisation word); combinations that
// spell a place are dropped when the name pool is built.
export const SURNAMES = ['Nguyễn', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trịnh', 'Đinh', 'Lương', 'Tạ'];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Ngọc', 'Xuân', 'Trọng', 'Tiến', 'Mạnh', 'Hồng', 'Quốc', 'Đình'];
export const GIVEN_NAMES = ['Hùng', 'Dũng', 'Tuấn', 'Hải', 'Thắng', 'Cường', 'Tâm', 'Khoa', 'Hiếu', 'Hương', 'Tùng', 'Kiên', 'Toàn', 'Việt', 'Hiền', 'Thủy', 'Nga', 'Linh', 'Khánh', 'Đạt', 'Thịnh', 'Lộc', 'Trí', 'Nghĩa', 'Thuận', 'Phúc', 'Điệp', 'Luân'];

export type Topic = { key: string; title: Phrase; body: Phrase; short: Phrase };

export const TOPICS: readonly Topic[] = [
  {
    key: 'defence-security',
    title: { en: 'national defence and security work', vi: 'công tác quốc phòng, an ninh', fr: 'le travail de défense et de sécurité' },
    body: { en: 'national defence and security work', vi: 'công tác quốc phòng, an ninh', fr: 'du travail de défense et de sécurité nationales' },
    short: { en: 'national defence and security', vi: 'công tác quốc phòng, an ninh', fr: 'la défense et la sécurité nationales' },
  },
  {
    key: 'crime',
    title: { en: 'crime prevention', vi: 'công tác phòng, chống tội phạm', fr: 'la lutte contre la criminalité' },
    body: { en: 'the work of preventing and combating crime and social evils', vi: 'công tác phòng, chống tội phạm và tệ nạn xã hội', fr: 'de la prévention et de la lutte contre la criminalité et les fléaux sociaux' },
    short: { en: 'crime prevention', vi: 'công tác phòng, chống tội phạm', fr: 'la lutte contre la criminalité' },
  },
  {
    key: 'decree-03',
    title: { en: 'coordination under Decree 03', vi: 'công tác phối hợp theo Nghị định 03', fr: 'la coordination selon le décret 03' },
    body: {
      en: 'the implementation of Decree No. 03/2019/ND-CP on coordination between the police and the army',
      vi: 'việc thực hiện Nghị định số 03/2019/NĐ-CP về phối hợp giữa lực lượng công an và quân đội',
      fr: 'de la mise en œuvre du décret 03/2019/ND-CP sur la coordination entre la police et l\'armée',
    },
    short: { en: 'coordination between the forces', vi: 'công tác phối hợp giữa các lực lượng', fr: 'la coordination entre les forces' },
  },
  {
    key: 'movement',
    title: { en: 'the movement of all people protecting national security', vi: 'phong trào toàn dân bảo vệ an ninh Tổ quốc', fr: 'le mouvement populaire pour la sécurité nationale' },
    body: {
      en: 'the movement of all people protecting national security',
      vi: 'phong trào toàn dân bảo vệ an ninh Tổ quốc',
      fr: 'du mouvement de tout le peuple pour la protection de la sécurité nationale',
    },
    short: { en: 'the movement to protect national security', vi: 'phong trào toàn dân bảo vệ an ninh Tổ quốc', fr: 'le mouvement pour la sécurité nationale' },
  },
  {
    key: 'military',
    title: { en: 'local military and defence work', vi: 'công tác quân sự, quốc phòng địa phương', fr: 'le travail militaire et de défense locale' },
    body: { en: 'local military and defence work', vi: 'công tác quân sự, quốc phòng địa phương', fr: 'du travail militaire et de défense locale' },
    short: { en: 'local military work', vi: 'công tác quân sự địa phương', fr: 'le travail militaire local' },
  },
];

/** Chair titles; `{body}` is the committee's level ("Provincial"/"City", "tỉnh"/"thành phố", "provincial"/"municipal"). */
export const CHAIR_TITLES: readonly Phrase[] = [
  { en: "Chairman of the {Body} People's Committee", vi: 'Chủ tịch UBND {body}', fr: 'le président du Comité populaire {body}' },
  { en: "Vice Chairman of the {Body} People's Committee", vi: 'Phó Chủ tịch UBND {body}', fr: 'le vice-président du Comité populaire {body}' },
  { en: "Permanent Vice Chairman of the {Body} People's Committee", vi: 'Phó Chủ tịch Thường trực UBND {body}', fr: 'le vice-président permanent du Comité populaire {body}' },
  {
    en: "Deputy Secretary of the {Body} Party Committee, Chairman of the {Body} People's Committee",
    vi: 'Phó Bí thư {party}, Chủ tịch UBND {body}',
    fr: 'le secrétaire adjoint du Comité {body} du Parti, président du Comité populaire {body}',
  },
];

export const SHORTCOMINGS: readonly Phrase[] = [
  { en: 'the grasp of the situation in some localities is not timely', vi: 'việc nắm tình hình ở một số địa phương chưa kịp thời', fr: 'la connaissance de la situation dans certaines localités n\'est pas assez rapide' },
  { en: 'drug-related crimes remain complicated, especially in border areas', vi: 'tội phạm về ma túy còn diễn biến phức tạp, nhất là ở khu vực biên giới', fr: 'la criminalité liée à la drogue reste complexe, surtout dans les zones frontalières' },
  { en: 'fraud on cyberspace is increasingly sophisticated', vi: 'tội phạm lừa đảo trên không gian mạng ngày càng tinh vi', fr: 'la fraude sur le cyberespace est de plus en plus sophistiquée' },
  { en: 'coordination between some forces is not close', vi: 'sự phối hợp giữa một số lực lượng chưa chặt chẽ', fr: 'la coordination entre certaines forces n\'est pas étroite' },
  { en: 'the quality of militia training is uneven between communes', vi: 'chất lượng huấn luyện dân quân giữa các xã chưa đồng đều', fr: 'la qualité de l\'entraînement des milices est inégale selon les communes' },
  { en: 'illegal exploitation of sand and minerals still occurs', vi: 'tình trạng khai thác cát, khoáng sản trái phép vẫn còn xảy ra', fr: 'l\'exploitation illégale de sable et de minerais persiste' },
  { en: 'national defence education in some units is not in-depth', vi: 'công tác giáo dục quốc phòng ở một số đơn vị chưa đi vào chiều sâu', fr: 'l\'éducation à la défense nationale dans certaines unités reste superficielle' },
  { en: 'traffic accidents remain high on some national roads', vi: 'tai nạn giao thông trên một số tuyến quốc lộ còn cao', fr: 'les accidents de la route restent nombreux sur certaines routes nationales' },
  { en: 'the settlement of complaints at the grassroots is sometimes slow', vi: 'việc giải quyết khiếu nại ở cơ sở có lúc còn chậm', fr: 'le règlement des plaintes à la base est parfois lent' },
];

/** Next-year tasks, written as imperatives; `{district}` is a district of the province. */
export const TASKS: readonly Phrase[] = [
  {
    en: 'Continue to thoroughly grasp and strictly implement the resolutions and directives of the Central Committee on national defence and security.',
    vi: 'Tiếp tục quán triệt, thực hiện nghiêm các nghị quyết, chỉ thị của Trung ương về quốc phòng, an ninh.',
    fr: 'Continuer à appliquer strictement les résolutions et directives du Comité central sur la défense et la sécurité.',
  },
  {
    en: 'Strengthen the work of grasping and forecasting the situation, and prevent the emergence of hot spots.',
    vi: 'Tăng cường nắm chắc, dự báo đúng tình hình, không để xảy ra điểm nóng về an ninh, trật tự.',
    fr: 'Renforcer la connaissance et la prévision de la situation, et empêcher l\'apparition de points chauds.',
  },
  {
    en: 'Build strong and comprehensive defence zones at provincial and district levels.',
    vi: 'Xây dựng khu vực phòng thủ tỉnh, huyện vững chắc, toàn diện.',
    fr: 'Bâtir des zones de défense solides et complètes aux niveaux provincial et du district.',
  },
  {
    en: 'Launch peak attacks against drug crimes, smuggling and trade fraud.',
    vi: 'Mở các đợt cao điểm tấn công trấn áp tội phạm ma túy, buôn lậu và gian lận thương mại.',
    fr: 'Lancer des campagnes intensives contre le trafic de drogue, la contrebande et la fraude commerciale.',
  },
  {
    en: 'Improve the quality of militia and self-defence forces and of reserve mobilisation.',
    vi: 'Nâng cao chất lượng lực lượng dân quân tự vệ và lực lượng dự bị động viên.',
    fr: 'Améliorer la qualité des milices d\'autodéfense et de la mobilisation des réservistes.',
  },
  {
    en: 'Strengthen coordination between the police, military and border guard forces under Decree 03.',
    vi: 'Tăng cường phối hợp giữa lực lượng công an, quân sự và bộ đội biên phòng theo Nghị định 03.',
    fr: 'Renforcer la coordination entre la police, l\'armée et les gardes-frontières selon le décret 03.',
  },
  {
    en: 'Promote the movement of all people protecting national security in residential areas.',
    vi: 'Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc tại các khu dân cư.',
    fr: 'Promouvoir le mouvement populaire pour la sécurité nationale dans les quartiers résidentiels.',
  },
  {
    en: 'Ensure traffic order and safety, and reduce accidents on all three criteria.',
    vi: 'Bảo đảm trật tự, an toàn giao thông, kéo giảm tai nạn giao thông trên cả ba tiêu chí.',
    fr: 'Assurer l\'ordre et la sécurité routière, et réduire les accidents selon les trois critères.',
  },
  {
    en: 'Strengthen cyber security and fight online fraud and scams.',
    vi: 'Tăng cường bảo đảm an ninh mạng, đấu tranh với tội phạm lừa đảo trực tuyến.',
    fr: 'Renforcer la cybersécurité et combattre la fraude et les escroqueries en ligne.',
  },
  {
    en: 'Organise defence zone drills in {district} and complete the military recruitment target.',
    vi: 'Tổ chức diễn tập khu vực phòng thủ tại {district}, hoàn thành chỉ tiêu tuyển quân.',
    fr: 'Organiser les exercices de zone de défense à {district} et atteindre l\'objectif de recrutement militaire.',
  },
  {
    en: 'Manage and protect border markers firmly, and maintain friendly cooperation with neighbouring localities.',
    vi: 'Quản lý, bảo vệ vững chắc hệ thống mốc quốc giới, duy trì quan hệ hợp tác hữu nghị với các địa phương giáp biên.',
    fr: 'Gérer et protéger fermement les bornes frontalières, et maintenir une coopération amicale avec les localités voisines.',
  },
];

export const RELATED_HEADLINES: Record<Lang, readonly string[]> = {
  en: [
    'Farmers harvest winter-spring rice early to avoid saltwater intrusion',
    'Ta Ma - a magical flower stream in the mountains before the festival',
    'Overseas Vietnamese player attracts attention in the U22 team',
    'New bridge opens to traffic ahead of the Lunar New Year',
    'Coffee prices climb to a record high in the Central Highlands',
    'Welcoming the sunshine in Duong Lam ancient village',
    'Fishermen set sail on the first trip of the year',
    'Students win gold medals at the international olympiad',
  ],
  vi: [
    'Nông dân thu hoạch lúa đông xuân sớm để tránh hạn mặn',
    'Cầu mới thông xe trước Tết Nguyên đán',
    'Giá cà phê lập đỉnh mới',
    'Ngư dân ra khơi chuyến biển đầu năm',
    'Học sinh giành huy chương vàng olympic quốc tế',
    'Mùa hoa tam giác mạch nở rộ',
    'Khai mạc hội chợ xuân',
    'Tăng cường phòng chống dịch bệnh trên đàn gia súc',
  ],
  fr: [
    'Les agriculteurs récoltent le riz d\'hiver-printemps en avance',
    'Un nouveau pont ouvert à la circulation avant le Têt',
    'Le prix du café atteint un record',
    'Les pêcheurs prennent la mer pour la première sortie de l\'année',
    'Des élèves remportent des médailles d\'or aux olympiades internationales',
    'La saison des fleurs de sarrasin bat son plein',
    'Ouverture de la foire du printemps',
    'Renforcer la prévention des épidémies dans les élevages',
  ],
};

export const MENU: Record<Lang, readonly string[]> = {
  en: ['Home', 'Politics', 'Society', 'Economy', 'Culture', 'Sports', 'World'],
  vi: ['Trang chủ', 'Chính trị', 'Xã hội', 'Kinh tế', 'Văn hóa', 'Thể thao', 'Thế giới'],
  fr: ['Accueil', 'Politique', 'Société', 'Économie', 'Culture', 'Sports', 'Monde'],
};

export const OUTLETS: Record<Lang, readonly { name: string; host: string }[]> = {
  en: [
    { name: 'Provincial Herald', host: 'herald.example' },
    { name: 'Border and Coast News', host: 'bordernews.example' },
  ],
  vi: [
    { name: 'Báo Tỉnh Nhà', host: 'baotinhnha.example' },
    { name: 'Cổng thông tin điện tử địa phương', host: 'congthongtin.example' },
  ],
  fr: [
    { name: 'Le Courrier provincial', host: 'courrier.example' },
    { name: 'Nouvelles du Vietnam', host: 'nouvelles.example' },
  ],
};

/** Furniture words per language: end markers and headings a saved page carries. */
export const FURNITURE: Record<Lang, { source: string; comments: string; related: string; rights: string; photo: string }> = {
  en: { source: 'Source', comments: 'Comment (0)', related: 'Related news', rights: 'All rights reserved.', photo: 'Photo' },
  vi: { source: 'Nguồn', comments: 'Bình luận (0)', related: 'Tin liên quan', rights: 'Giữ bản quyền.', photo: 'Ảnh' },
  fr: { source: 'Source', comments: 'Commentaires (0)', related: 'À lire aussi', rights: 'Tous droits réservés.', photo: 'Photo' },
};

export const MONTHS: Record<'en' | 'fr', readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** French wording of a synthetic review-conference article, in the style of Vietnamese outlets' French editions. */
import { CHAIR_TITLES, MONTHS } from './corpus-banks.js';
import type { ArticleFacts, District, FigureKey } from './corpus-facts.js';
import { ascii, capitalize, formatNumber, listOf, type Wording } from './corpus-text.js';

const n = (x: number) => formatNumber(x, 'fr');
const pct = (x: number) => `${n(x)}\u00a0%`;
const body = (f: ArticleFacts) => (f.municipality ? 'municipal' : 'provincial');

const FRENCH_NAMES: Record<string, string> = { '01': 'Hanoï', '46': 'Hué', '79': 'Hô Chi Minh-Ville' };
const frenchName = (f: ArticleFacts) => FRENCH_NAMES[f.province.code] ?? f.province.ascii;

/** The province as French prose names it ("la province de Quang Tri", "la ville de Da Nang"). */
function placeName(f: ArticleFacts): string {
  if (f.province.code === '79') return frenchName(f);
  return f.municipality ? `la ville de ${frenchName(f)}` : `la province de ${frenchName(f)}`;
}

function district(d: District): string {
  const name = ascii(d.name);
  return d.type === 'city' || d.type === 'town' ? `la ville de ${name}` : `le district de ${name}`;
}

const chairTitle = (f: ArticleFacts) => (CHAIR_TITLES[f.chair.title]?.fr ?? '').replace(/\{body\}/g, body(f));
const shortTitle = (f: ArticleFacts) => ['le président', 'le vice-président', 'le vice-président permanent', 'le président'][f.chair.title] ?? 'le président';
const chairName = (f: ArticleFacts) => ascii(f.chair.name);
/** French contracts "à le" and "de le" before a masculine noun. */
const contract = (s: string) => s.replace(/\bà le /g, 'au ').replace(/\bde le /g, 'du ');

function date(f: ArticleFacts): string {
  return `${f.date.d === 1 ? '1er' : f.date.d} ${MONTHS.fr[f.date.m - 1]} ${f.date.y}`;
}

function figure(f: ArticleFacts, key: FigureKey): string {
  const g = f.figures;
  switch (key) {
    case 'cases':
      return `les forces de police ont détecté ${n(g.cases)} cas de criminalité et arrêté ${n(g.subjects)} suspects`;
    case 'rate':
      return `le taux d'élucidation des affaires criminelles a atteint ${pct(g.rate)}`;
    case 'drugs':
      return `${n(g.drugKg)} kg de drogues de synthèse ont été saisis`;
    case 'money':
      return `des infractions économiques et de contrebande d'une valeur de ${n(g.moneyBillion)} milliards de VND ont été traitées`;
    case 'decrease':
      return `les crimes contre l'ordre social ont diminué de ${pct(g.decrease)} par rapport à ${f.reviewedYear - 1}`;
    case 'recruits':
      return `${n(g.recruits)} jeunes citoyens ont rejoint l'armée, soit 100\u00a0% de l'objectif`;
    case 'models':
      return `${n(g.models)} modèles d'autodéfense et d'autogestion réunissant ${n(g.participants)} participants ont été maintenus`;
  }
}

export const french: Wording = {
  title(f, rng) {
    const topic = f.topic.body.fr;
    if (f.districtsOnly) return rng.pick([`Bilan ${topic} en ${f.reviewedYear}`, `Conférence provinciale : bilan ${topic} en ${f.reviewedYear}`]);
    return rng.pick([`${frenchName(f)} : bilan ${topic} en ${f.reviewedYear}`, `${frenchName(f)} fixe ses tâches pour ${f.reviewedYear + 1}`]);
  },
  lead(f, rng) {
    const y = f.reviewedYear;
    const committee = f.districtsOnly ? `le Comité populaire ${body(f)}` : `le Comité populaire de ${placeName(f)}`;
    const opening = rng.pick([
      `Le ${date(f)}, ${committee} a organisé une conférence pour faire le bilan ${f.topic.body.fr} en ${y} et déployer les tâches pour ${y + 1}.`,
      `Le ${date(f)}, ${committee} a tenu une conférence consacrée au bilan ${f.topic.body.fr} en ${y}.`,
    ]);
    const chair = f.chair.passive
      ? `La conférence, présidée par ${chairTitle(f)}, ${chairName(f)}, a réuni les dirigeants des services, des forces armées et des localités.`
      : rng.pick([`La conférence était présidée par ${chairTitle(f)}, ${chairName(f)}.`, `${capitalize(chairTitle(f))}, ${chairName(f)}, a présidé la conférence.`]);
    const guests = f.districtsOnly
      ? `Des représentants de ${listOf(f.districts.map(district), 'et')} y ont participé.`
      : 'Des représentants du commandement de la région militaire y ont participé.';
    return contract(`${opening} ${chair} ${guests}`);
  },
  results(f, rng) {
    const y = f.reviewedYear;
    const opening = rng.pick([
      `En ${y}, sous la direction du Comité ${body(f)} du Parti, les forces armées et les localités ont obtenu des résultats positifs.`,
      `Selon le rapport, la situation sécuritaire est restée stable en ${y} et les objectifs fixés ont été atteints.`,
    ]);
    const clauses = f.figureKeys.map((k) => figure(f, k));
    const half = Math.ceil(clauses.length / 2);
    const first = `${capitalize(listOf(clauses.slice(0, half), 'et'))}.`;
    const second = clauses.length > half ? `En outre, ${listOf(clauses.slice(half), 'et')}.` : '';
    const drills = `Des exercices de zone de défense ont été organisés avec succès dans ${listOf(f.districts.slice(0, 2).map(district), 'et')}.`;
    return [`${opening} ${first}`, `${second} ${drills}`.trim()];
  },
  shortcomings(f, rng) {
    const items = f.shortcomings.map((s) => s.fr).join(' ; ');
    return rng.pick([
      `Toutefois, la conférence a également relevé des lacunes telles que ${items}.`,
      `Le rapport a aussi pointé des lacunes telles que ${items}.`,
    ]);
  },
  tasksIntro(f, rng) {
    return rng.pick([
      `Concernant les tâches pour ${f.reviewedYear + 1}, ${shortTitle(f)} ${chairName(f)} a demandé aux services et aux localités de se concentrer sur les points suivants :`,
      `Pour les tâches en ${f.reviewedYear + 1}, la conférence a retenu les priorités suivantes :`,
    ]);
  },
  tasks(f) {
    const d = f.districts[f.districts.length - 1];
    return f.tasks.map((t) => contract(t.fr.replace('{district}', d ? district(d) : 'les districts')));
  },
  commendation(f, rng) {
    const giver = f.commendation.byChair ? `${shortTitle(f)} ${chairName(f)}` : `le Comité populaire ${body(f)}`;
    const { collectives, individuals } = f.commendation;
    return capitalize(
      rng.pick([
        `À cette occasion, ${giver} a décerné des certificats de mérite à ${collectives} collectifs et ${individuals} individus pour leurs réalisations exceptionnelles.`,
        `À cette occasion, ${giver} a remis des certificats de mérite à ${collectives} collectifs et ${individuals} individus.`,
      ]),
    );
  },
  captions(f, rng) {
    const [p1, p2] = f.photographers.map(ascii);
    return [
      `${capitalize(shortTitle(f))} ${chairName(f)} ${rng.pick(['prend la parole lors de la conférence', 'lors de la conférence'])} - Photo : ${p1}`,
      `${rng.pick(['Remise de certificats de mérite aux collectifs', 'Vue de la conférence'])} - Photo : ${p2}`,
    ];
  },
};

/** English wording of a synthetic review-conference article, in the style of Vietnamese outlets' English editions. */
import { CHAIR_TITLES, MONTHS } from './corpus-banks.js';
import type { ArticleFacts, District, FigureKey } from './corpus-facts.js';
import { ascii, capitalize, formatNumber, listOf, type Wording } from './corpus-text.js';

const n = (x: number) => formatNumber(x, 'en');
const body = (f: ArticleFacts) => (f.municipality ? 'City' : 'Provincial');
const unit = (f: ArticleFacts) => (f.municipality ? 'city' : 'province');

/** The province as English prose names it ("Quang Tri province", "Da Nang City"). */
function placeName(f: ArticleFacts): string {
  if (f.province.code === '01') return 'Hanoi';
  return f.municipality ? `${f.province.ascii} City` : `${f.province.ascii} province`;
}

function district(d: District): string {
  const name = ascii(d.name);
  if (d.type === 'city') return `${name} city`;
  if (d.type === 'town') return `${name} town`;
  if (d.type === 'island district') return `${name} island district`;
  return `${name} district`;
}

const chairTitle = (f: ArticleFacts) => (CHAIR_TITLES[f.chair.title]?.en ?? '').replace(/\{Body\}/g, body(f));
const shortTitle = (f: ArticleFacts) => ['Chairman', 'Vice Chairman', 'Permanent Vice Chairman', 'Chairman'][f.chair.title] ?? 'Chairman';
const chairName = (f: ArticleFacts) => ascii(f.chair.name);

function date(f: ArticleFacts): string {
  const md = `${MONTHS.en[f.date.m - 1]} ${f.date.d}`;
  return f.dateHasYear ? `${md}, ${f.date.y}` : md;
}

function figure(f: ArticleFacts, key: FigureKey): string {
  const g = f.figures;
  switch (key) {
    case 'cases':
      return `the police detected and handled ${n(g.cases)} criminal cases, arresting ${n(g.subjects)} subjects`;
    case 'rate':
      return `the rate of investigation and discovery of criminal cases reached ${n(g.rate)}%`;
    case 'drugs':
      return `${n(g.drugKg)} kg of synthetic drugs were seized`;
    case 'money':
      return `economic and smuggling violations worth ${n(g.moneyBillion)} billion VND were handled`;
    case 'decrease':
      return `crimes against social order decreased by ${n(g.decrease)}% compared to ${f.reviewedYear - 1}`;
    case 'recruits':
      return `the ${unit(f)} handed over ${n(g.recruits)} young citizens to the army, reaching 100% of the target`;
    case 'models':
      return `${n(g.models)} "self-defence, self-management" models with ${n(g.participants)} participants were maintained`;
  }
}

export const english: Wording = {
  title(f, rng) {
    const topic = f.topic.title.en;
    if (f.districtsOnly) return rng.pick([`Provincial conference reviews ${topic} in ${f.reviewedYear}`, `Reviewing ${topic} in ${f.reviewedYear}, setting tasks for ${f.reviewedYear + 1}`]);
    const name = f.province.code === '01' ? 'Hanoi' : f.province.ascii;
    return rng.pick([`${name} reviews ${topic} in ${f.reviewedYear}`, `${name}: ${capitalize(topic)} in ${f.reviewedYear} reviewed, tasks for ${f.reviewedYear + 1} set`]);
  },
  lead(f, rng) {
    const y = f.reviewedYear;
    const topic = f.topic.body.en;
    const committee = f.districtsOnly
      ? `the ${body(f)} People's Committee`
      : f.municipality
        ? `the ${placeName(f)} People's Committee`
        : rng.pick([`the People's Committee of ${placeName(f)}`, `${f.province.ascii} Provincial People's Committee`]);
    const opening = rng.pick([
      `On ${date(f)}, ${committee} held a conference to review ${topic} in ${y} and deploy tasks for ${y + 1}.`,
      `On ${date(f)}, ${committee} held a conference to review ${topic} in ${y} and set out directions and tasks for ${y + 1}.`,
      `${capitalize(committee)} reviewed ${topic} in ${y} at a conference on ${date(f)}.`,
    ]);
    const chair = f.chair.passive
      ? `The conference was chaired by ${chairTitle(f)} ${chairName(f)}.`
      : rng.pick([`${chairTitle(f)} ${chairName(f)} chaired the conference.`, `${chairTitle(f)} ${chairName(f)} chaired the conference, which was attended by representatives of the armed forces.`]);
    const guests = f.districtsOnly
      ? `Leaders of ${listOf(f.districts.map(district), 'and')} attended the conference.`
      : rng.pick(['Leaders of departments, branches, the armed forces and localities attended the conference.', 'Representatives of Military Region commands and local departments also attended.']);
    return `${opening} ${chair} ${guests}`;
  },
  results(f, rng) {
    const y = f.reviewedYear;
    const opening = rng.pick([
      `In ${y}, under the leadership of the ${body(f)} Party Committee, the armed forces and localities achieved positive results.`,
      `According to the report, the security situation in ${y} remained stable and the targets set at the beginning of the year were met.`,
    ]);
    const clauses = f.figureKeys.map((k) => figure(f, k));
    const half = Math.ceil(clauses.length / 2);
    const first = `${capitalize(listOf(clauses.slice(0, half), 'and'))}.`;
    const second = clauses.length > half ? `In addition, ${listOf(clauses.slice(half), 'and')}.` : '';
    const drills = `Defence zone drills were organised successfully in ${listOf(f.districts.slice(0, 2).map(district), 'and')}, ensuring absolute safety.`;
    return [`${opening} ${first}`, `${second} ${drills}`.trim()];
  },
  shortcomings(f, rng) {
    const items = f.shortcomings.map((s) => s.en).join('; ');
    return rng.pick([
      `However, the conference also pointed out difficulties and shortcomings such as ${items}.`,
      `Besides the results, the report frankly pointed out difficulties and shortcomings such as ${items}.`,
    ]);
  },
  tasksIntro(f, rng) {
    return rng.pick([
      `Regarding the tasks for ${f.reviewedYear + 1}, ${shortTitle(f)} ${chairName(f)} requested departments, branches and localities to focus on the following:`,
      `The conference set out tasks for ${f.reviewedYear + 1} as follows:`,
    ]);
  },
  tasks(f) {
    const d = f.districts[f.districts.length - 1];
    return f.tasks.map((t) => t.en.replace('{district}', d ? district(d) : 'the districts'));
  },
  commendation(f, rng) {
    const giver = f.commendation.byChair ? `${shortTitle(f)} ${chairName(f)}` : `the ${body(f)} People's Committee`;
    const { collectives, individuals } = f.commendation;
    return rng.pick([
      `On this occasion, ${giver} awarded certificates of merit to ${collectives} collectives and ${individuals} individuals with outstanding achievements in ${f.topic.short.en} in ${f.reviewedYear}.`,
      `On this occasion, ${giver} awarded certificates of merit to ${collectives} collectives and ${individuals} individuals for their achievements.`,
    ]);
  },
  captions(f, rng) {
    const [p1, p2] = f.photographers.map(ascii);
    return [
      `${shortTitle(f)} ${chairName(f)} ${rng.pick(['speaks at the conference', 'delivers a speech assigning tasks'])} - Photo: ${p1}`,
      `${rng.pick(['Awarding certificates of merit to collectives', 'Delegates at the conference'])} - Photo: ${p2}`,
    ];
  },
};

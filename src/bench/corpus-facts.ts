/** The facts of one synthetic article (place, date, chair, figures, items), drawn from a seeded PRNG; no wording yet. */
import fs from 'node:fs';
import path from 'node:path';
import { buildGazetteer, placeKey, type Gazetteer, type ProvinceRecord } from '../extract/knowledge/gazetteer.js';
import { dataDir } from '../paths.js';
import { GIVEN_NAMES, MIDDLE_NAMES, SHORTCOMINGS, SURNAMES, TASKS, TOPICS, type Lang, type Phrase, type Topic } from './corpus-banks.js';
import type { Rng } from './prng.js';

export type Format = 'txt' | 'md' | 'html';
export const FORMATS: readonly Format[] = ['txt', 'md', 'html'];

export type District = ProvinceRecord['districts'][number];

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The results figures an article can report; each article reports 3 to 6 of them. */
export type FigureKey = 'cases' | 'rate' | 'drugs' | 'money' | 'decrease' | 'recruits' | 'models';
export const FIGURE_KEYS: readonly FigureKey[] = ['cases', 'rate', 'drugs', 'money', 'decrease', 'recruits', 'models'];

export interface Figures {
  cases: number;
  subjects: number;
  rate: number;
  drugKg: number;
  moneyBillion: number;
  decrease: number;
  recruits: number;
  models: number;
  participants: number;
}

export interface ArticleFacts {
  index: number;
  lang: Lang;
  format: Format;
  province: ProvinceRecord;
  municipality: boolean;
  /** Every fifth article names only districts of its province, never the province. */
  districtsOnly: boolean;
  districts: District[];
  reviewedYear: number;
  date: Ymd;
  /** English articles sometimes give the day without the year, as news pages do. */
  dateHasYear: boolean;
  published: Ymd;
  time: string;
  chair: { name: string; title: number; passive: boolean };
  topic: Topic;
  figureKeys: FigureKey[];
  figures: Figures;
  shortcomings: Phrase[];
  tasks: Phrase[];
  tasksAsList: boolean;
  commendation: { collectives: number; individuals: number; byChair: boolean };
  photographers: string[];
  author: string;
  outlet: number;
  related: number[];
  /** Page habits: blank lines between paragraphs, a date line under the title, image file names. */
  blankLines: boolean;
  dateLine: boolean;
  imageLines: boolean;
}

interface Places {
  gazetteer: Gazetteer;
  /** Districts whose name points to their province alone (no other province, district or town shares it). */
  unique: Map<string, District[]>;
  /** Full names ("Nguyễn Văn Hùng") and short names ("Minh Tâm") that spell no place. */
  people: string[];
  shortNames: string[];
}

let places: Places | null = null;

function spellsPlace(name: string, g: Gazetteer): boolean {
  const tokens = placeKey(name).split(' ');
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= tokens.length; j++) {
      const entries = g.names.get(tokens.slice(i, j).join(' '));
      if (entries && (j - i >= 2 || entries.some((e) => e.level === 'province'))) return true;
    }
  }
  return false;
}

/** Load the gazetteer once and derive the district and name pools from it. */
export function loadPlaces(): Places {
  if (places) return places;
  const gazetteer = buildGazetteer(JSON.parse(fs.readFileSync(path.join(dataDir, 'vn-admin-units.json'), 'utf8')), undefined);
  const unique = new Map<string, District[]>();
  for (const p of gazetteer.provinces) {
    const own = p.districts.filter((d) => {
      const entries = gazetteer.names.get(placeKey(d.name)) ?? [];
      return entries.every((e) => e.provinceCode === p.code && e.level !== 'province');
    });
    unique.set(p.code, own);
  }
  const people = SURNAMES.flatMap((s) => MIDDLE_NAMES.flatMap((m) => GIVEN_NAMES.map((g) => `${s} ${m} ${g}`))).filter((n) => !spellsPlace(n, gazetteer));
  const shortNames = MIDDLE_NAMES.flatMap((m) => GIVEN_NAMES.map((g) => `${m} ${g}`)).filter((n) => !spellsPlace(n, gazetteer));
  places = { gazetteer, unique, people, shortNames };
  return places;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function conferenceDate(rng: Rng, reviewedYear: number): Ymd {
  const roll = rng.next();
  if (roll < 0.2) return { y: reviewedYear, m: 12, d: rng.int(10, 30) };
  if (roll < 0.85) return { y: reviewedYear + 1, m: 1, d: rng.int(3, 31) };
  return { y: reviewedYear + 1, m: 2, d: rng.int(1, 28) };
}

function dayAfter(date: Ymd): Ymd {
  const next = new Date(Date.UTC(date.y, date.m - 1, date.d + 1));
  return { y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function figures(rng: Rng): Figures {
  const cases = rng.int(60, 2400);
  return {
    cases,
    subjects: Math.round(cases * (1.1 + rng.next() * 0.8)),
    rate: round1(78 + rng.next() * 19),
    drugKg: round1(1 + rng.next() * 90),
    moneyBillion: round1(0.8 + rng.next() * 48),
    decrease: round1(2 + rng.next() * 14),
    recruits: rng.int(300, 2600),
    models: rng.int(12, 240),
    participants: rng.int(800, 65000),
  };
}

/** The facts of article `index`: province i mod 63, language and format in rotation, the rest from `rng`. */
export function articleFacts(index: number, langs: readonly Lang[], rng: Rng): ArticleFacts {
  const { gazetteer, unique, people, shortNames } = loadPlaces();
  const provinces = gazetteer.provinces;
  const province = provinces[index % provinces.length] as ProvinceRecord;
  // The round (index / 63) shifts the rotation so each province meets every language and format.
  const round = Math.floor(index / provinces.length);
  const lang = langs[(index + round) % langs.length] as Lang;
  const format = FORMATS[(Math.floor(index / langs.length) + round) % FORMATS.length] as Format;
  const reviewedYear = rng.pick([2021, 2022, 2023, 2023, 2024]);
  const date = conferenceDate(rng, reviewedYear);
  const own = unique.get(province.code) ?? [];
  const districts = rng.sample(own.length >= 2 ? own : province.districts, rng.int(2, 3));
  return {
    index,
    lang,
    format,
    province,
    municipality: province.type === 'municipality',
    districtsOnly: index % 5 === 4,
    districts,
    reviewedYear,
    date,
    dateHasYear: lang !== 'en' || rng.chance(0.75),
    published: rng.chance(0.6) ? date : dayAfter(date),
    time: `${pad2(rng.int(6, 21))}:${pad2(rng.int(0, 59))}`,
    chair: { name: rng.pick(people), title: rng.int(0, 3), passive: rng.chance(0.3) },
    topic: rng.pick(TOPICS),
    figureKeys: rng.sample(FIGURE_KEYS, rng.int(3, 6)).sort((a, b) => FIGURE_KEYS.indexOf(a) - FIGURE_KEYS.indexOf(b)),
    figures: figures(rng),
    shortcomings: rng.sample(SHORTCOMINGS, rng.int(2, 4)),
    tasks: rng.sample(TASKS, rng.int(4, 6)),
    tasksAsList: rng.chance(0.5),
    commendation: { collectives: rng.int(4, 40), individuals: rng.int(5, 60), byChair: rng.chance(0.5) },
    photographers: [rng.pick(shortNames), rng.pick(shortNames)],
    author: rng.pick(shortNames),
    outlet: rng.int(0, 1),
    related: rng.sample([0, 1, 2, 3, 4, 5, 6, 7], rng.int(3, 5)),
    blankLines: rng.chance(0.4),
    dateLine: rng.chance(0.5),
    imageLines: rng.chance(0.3),
  };
}

/** Province: named or inferred from districts and towns through the gazetteer, with evidence and a score per province. */
import type { ProvinceRef } from '../model/review.js';
import type { Warning } from '../model/warning.js';
import type { Knowledge } from './knowledge/index.js';
import type { PlaceEntry } from './knowledge/gazetteer.js';
import { placeKey } from './knowledge/gazetteer.js';
import type { Sentence } from './sentences.js';

interface Token {
  key: string;
  start: number;
  end: number;
  capitalized: boolean;
}

interface Hit {
  provinceCode: string;
  weight: number;
  explicit: boolean;
  surface: string;
}

/** Word tokens of a sentence with offsets; hyphens and apostrophes split words like spaces do. */
function tokenize(s: Sentence): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(s.folded); m; m = re.exec(s.folded)) {
    const first = s.text[m.index] as string;
    out.push({ key: m[0], start: m.index, end: m.index + m[0].length, capitalized: first !== first.toLowerCase() || /\p{N}/u.test(first) });
  }
  return out;
}

/** True when a marker word (up to three tokens: "province", "district of", "thi xa") stands just before the name or just after it. */
function hasWordAround(tokens: Token[], from: number, to: number, before: Set<string>, after: Set<string>): boolean {
  for (let n = 1; n <= 3; n++) {
    const b = tokens.slice(Math.max(0, from - n), from).map((t) => t.key).join(' ');
    if (from - n >= 0 && before.has(b)) return true;
    const a = tokens.slice(to + 1, to + 1 + n).map((t) => t.key).join(' ');
    if (to + n < tokens.length && after.has(a)) return true;
  }
  return false;
}

/** Cyrillic to CJK, leaving out Latin Extended Additional (Vietnamese letters) and general punctuation. */
const OTHER_SCRIPTS = /[\u0370-\u1dff\u2e80-\uffff]/u;

const PROVINCE_EXPLICIT = 10;
const PROVINCE_BARE = 4;
const DISTRICT_MARKED = 3;
const DISTRICT_BARE = 1.5;
const TOWNSHIP_MARKED = 1;

function hitsInSentence(s: Sentence, k: Knowledge): Hit[] {
  const { gazetteer: g, placeWords: w } = k;
  const tokens = tokenize(s);
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalized || !g.firstTokens.has(tokens[i]!.key)) continue;
    const keys: string[] = [tokens[i]!.key];
    for (let n = 2; n <= Math.min(g.maxTokens, tokens.length - i); n++) keys.push(`${keys[n - 2]} ${tokens[i + n - 1]!.key}`);
    for (let n = keys.length; n >= 1; n--) {
      const key = keys[n - 1] as string;
      const entries = g.names.get(key);
      if (!entries || w.skip.has(key)) continue;
      const last = i + n - 1;
      const surface = s.text.slice(tokens[i]!.start, tokens[last]!.end);
      const provinceMarked = hasWordAround(tokens, i, last, w.provinceBefore, w.provinceAfter);
      const districtMarked = hasWordAround(tokens, i, last, w.districtBefore, w.districtAfter);
      const townshipMarked = hasWordAround(tokens, i, last, w.townshipBefore, w.townshipAfter);
      const low = w.lowWeight.has(key) ? 0.1 : 1;
      const provinces = entries.filter((e) => e.level === 'province');
      const districts = entries.filter((e: PlaceEntry) => e.level === 'district' || e.level === 'former-district');
      const townships = entries.filter((e) => e.level === 'township');
      if (provinces.length > 0 && !(districtMarked && !provinceMarked && districts.length > 0)) {
        const capital = w.capital.has(key) && !provinceMarked;
        for (const p of provinces) {
          hits.push({ provinceCode: p.provinceCode, weight: (provinceMarked ? PROVINCE_EXPLICIT : capital ? 1 : PROVINCE_BARE) * low, explicit: !capital, surface });
        }
      } else if (districts.length > 0 && (districtMarked || n >= 2)) {
        const base = (districtMarked ? DISTRICT_MARKED : DISTRICT_BARE) * low;
        for (const d of districts) hits.push({ provinceCode: d.provinceCode, weight: base / districts.length, explicit: false, surface });
      } else if (townships.length > 0 && townshipMarked) {
        for (const t of townships) hits.push({ provinceCode: t.provinceCode, weight: TOWNSHIP_MARKED / townships.length, explicit: false, surface });
      } else continue;
      i = last;
      break;
    }
  }
  return hits;
}

export interface ProvinceResult {
  province: ProvinceRef | null;
  warnings: Warning[];
}

/** Score every province named or implied in the sentences and pick the clear winner, or null with a warning. */
export function findProvince(sentences: Sentence[], k: Knowledge, file: string): ProvinceResult {
  const scores = new Map<string, { score: number; explicit: boolean; evidence: string[] }>();
  const all = sentences.flatMap((s) => hitsInSentence(s, k));
  // Names in other scripts ("广治省", "провинции Куангчи"): one scan of the whole text.
  const text = sentences.map((s) => s.text).join('\n');
  // Most names in the exonym table are in other scripts: a Latin-only text needs only the few Latin ones.
  const re = OTHER_SCRIPTS.test(text) ? k.gazetteer.exonymRe : k.gazetteer.latinExonymRe;
  if (re) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) all.push({ provinceCode: k.gazetteer.exonymCodes.get(m[0]) as string, weight: PROVINCE_EXPLICIT, explicit: true, surface: m[0] });
  }
  for (const h of all) {
    const e = scores.get(h.provinceCode) ?? { score: 0, explicit: false, evidence: [] };
    e.score += h.weight;
    e.explicit ||= h.explicit;
    if (!e.evidence.includes(h.surface) && e.evidence.length < 10) e.evidence.push(h.surface);
    scores.set(h.provinceCode, e);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]));
  const [first, second] = ranked;
  if (!first || first[1].score < 1) {
    return { province: null, warnings: [{ file, place: null, ruleId: 'province/missing', severity: 'warning', message: 'no province named or inferable from the places in the text' }] };
  }
  if (second && second[1].score >= first[1].score * 0.8) {
    const names = [first, second].map(([code]) => k.gazetteer.byCode.get(code)?.name ?? code).join(' or ');
    return { province: null, warnings: [{ file, place: null, ruleId: 'province/ambiguous', severity: 'warning', message: `the province is ambiguous: ${names}` }] };
  }
  return { province: provinceRef(first[0], k, !first[1].explicit, first[1].evidence), warnings: [] };
}

/** A ProvinceRef for a gazetteer code. */
export function provinceRef(code: string, k: Knowledge, inferred: boolean, evidence: string[]): ProvinceRef | null {
  const p = k.gazetteer.byCode.get(code);
  if (!p) return null;
  return { name: p.ascii, nameVi: p.name, code: p.code, inferred, evidence, mergedInto2025: p.mergedInto2025 };
}

/** Look a province up by any of its names ("Quảng Trị", "Quang Tri", "tỉnh Quảng Trị"), for front matter and corrections. */
export function provinceByName(name: string, k: Knowledge): string | null {
  const key = placeKey(name).replace(/^(tinh|province of|province de|province)\s+/, '').replace(/\s+(province|provincial)$/, '');
  const entry = k.gazetteer.names.get(key)?.find((e) => e.level === 'province');
  if (entry) return entry.provinceCode;
  return k.gazetteer.exonyms.find((e) => name.includes(e.text))?.provinceCode ?? null;
}

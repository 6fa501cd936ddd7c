/** Province: named or inferred from districts and towns through the gazetteer, with evidence and a score per province. */
import type { ProvinceRef } from '../model/review.js';
import type { Warning } from '../model/warning.js';
import { isLetterOrNumber } from '../text/char-classes.js';
import type { Knowledge } from './knowledge/index.js';
import type { PlaceEntry } from './knowledge/gazetteer.js';
import { placeKey } from './knowledge/gazetteer.js';
import type { Sentence } from './sentences.js';

interface Hit {
  provinceCode: string;
  weight: number;
  explicit: boolean;
  surface: string;
}

/** Per UTF-16 unit: 1 when a token starting with it is capitalized (a capital or a digit), 2 when not, 0 not yet known. */
const capitalStart = new Uint8Array(0x10000);

function isCapitalStart(code: number): boolean {
  let known = capitalStart[code] as number;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    known = ch !== ch.toLowerCase() || /\p{N}/u.test(ch) ? 1 : 2;
    capitalStart[code] = known;
  }
  return known === 1;
}

/**
 * Word tokens of a sentence: runs of letters and numbers (code points, as /[\p{L}\p{N}]+/gu
 * finds them; hyphens and apostrophes split words like spaces do), as offsets into its folded text.
 * A token's key (its folded text) is sliced only when a name lookup needs it: most never do.
 */
class Tokens {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  constructor(readonly s: Sentence) {
    const f = s.folded;
    let start = -1;
    for (let i = 0; i <= f.length; i++) {
      let code = i < f.length ? f.charCodeAt(i) : -1;
      let width = 1;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < f.length) {
        const low = f.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      if (code >= 0 && isLetterOrNumber(code)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        this.starts.push(start);
        this.ends.push(i);
        start = -1;
      }
      i += width - 1;
    }
  }

  get length(): number {
    return this.starts.length;
  }

  key(i: number): string {
    return this.s.folded.slice(this.starts[i], this.ends[i]);
  }

  /** True when the token starts with a capital or a digit, in the original text. */
  capitalized(i: number): boolean {
    return isCapitalStart(this.s.text.charCodeAt(this.starts[i] as number));
  }

  /** The keys of tokens a..b-1, joined by a space. */
  keys(a: number, b: number): string {
    let out = this.key(a);
    for (let i = a + 1; i < b; i++) out += ' ' + this.key(i);
    return out;
  }
}

/** Up to three token keys (joined by a space) just before token `from` and just after token `to`, where marker words stand. */
interface Around {
  before: string[];
  after: string[];
}

function around(tokens: Tokens, from: number, to: number): Around {
  const out: Around = { before: [], after: [] };
  for (let n = 1; n <= 3; n++) {
    if (from - n >= 0) out.before.push(tokens.keys(from - n, from));
    if (to + n < tokens.length) out.after.push(tokens.keys(to + 1, to + 1 + n));
  }
  return out;
}

/** True when a marker word (up to three tokens: "province", "district of", "thi xa") stands just before the name or just after it. */
function hasWordAround(a: Around, before: Set<string>, after: Set<string>): boolean {
  return a.before.some((b) => before.has(b)) || a.after.some((x) => after.has(x));
}

/** Cyrillic to CJK, leaving out Latin Extended Additional (Vietnamese letters) and general punctuation. */
const OTHER_SCRIPTS = /[\u0370-\u1dff\u2e80-\uffff]/u;

const PROVINCE_EXPLICIT = 10;
const PROVINCE_BARE = 4;
const DISTRICT_MARKED = 3;
const DISTRICT_BARE = 1.5;
const TOWNSHIP_MARKED = 1;

/** True when start..end stands alone in brackets, a marker word aside ("(tỉnh Sơn La)", "(Sơn La)"). */
function inBrackets(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  return open >= 0 && start - open <= 12 && !text.slice(open, start).includes(')') && /^\s*\)/.test(text.slice(end, end + 3));
}

function hitsInSentence(s: Sentence, k: Knowledge): Hit[] {
  const { gazetteer: g, placeWords: w } = k;
  const tokens = new Tokens(s);
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.capitalized(i)) continue;
    // Names starting here, found token by token in the name tree: keys[n - 1] is the name of n tokens, or null.
    const keys: Array<string | null> = [];
    let node = g.nameTree.next.get(tokens.key(i));
    for (let n = 1; node && n <= Math.min(g.maxTokens, tokens.length - i); n++) {
      keys.push(node.key);
      node = i + n < tokens.length ? node.next.get(tokens.key(i + n)) : undefined;
    }
    for (let n = keys.length; n >= 1; n--) {
      const key = keys[n - 1];
      if (key === null || key === undefined) continue;
      const entries = g.names.get(key);
      if (!entries || w.skip.has(key)) continue;
      const last = i + n - 1;
      const surface = s.text.slice(tokens.starts[i], tokens.ends[last]);
      const marks = around(tokens, i, last);
      const provinceMarked = hasWordAround(marks, w.provinceBefore, w.provinceAfter);
      const districtMarked = hasWordAround(marks, w.districtBefore, w.districtAfter);
      const townshipMarked = hasWordAround(marks, w.townshipBefore, w.townshipAfter);
      const low = w.lowWeight.has(key) ? 0.1 : 1;
      const provinces = entries.filter((e) => e.level === 'province');
      const districts = entries.filter((e: PlaceEntry) => e.level === 'district' || e.level === 'former-district');
      const townships = entries.filter((e) => e.level === 'township');
      // Compared on every name, not only after a district's marker word (rare): a comparison the
      // optimizing compiler has never seen run makes it throw this function's code away.
      const hasDistricts = districts.length > 0;
      if (provinces.length > 0 && !(districtMarked && !provinceMarked && hasDistricts)) {
        const capital = w.capital.has(key) && !provinceMarked;
        // "Thuận Châu, Quỳnh Nhai (tỉnh Sơn La)": a province in brackets after places locates them, as a district would.
        const locator = inBrackets(s.text, tokens.starts[i] as number, tokens.ends[last] as number);
        for (const p of provinces) {
          const weight = locator ? DISTRICT_MARKED : provinceMarked ? PROVINCE_EXPLICIT : capital ? 1 : PROVINCE_BARE;
          hits.push({ provinceCode: p.provinceCode, weight: weight * low, explicit: !capital && !locator, surface });
        }
      } else if (hasDistricts && (districtMarked || n >= 2)) {
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
  // Names in other scripts ("广治省", "провинции Куангчи"), sentence by sentence (no name spans two).
  // Most names in the exonym table are in other scripts: a Latin-only text needs only the few Latin ones.
  const re = sentences.some((s) => OTHER_SCRIPTS.test(s.text)) ? k.gazetteer.exonymRe : k.gazetteer.latinExonymRe;
  if (re) {
    for (const { text } of sentences) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) all.push({ provinceCode: k.gazetteer.exonymCodes.get(m[0]) as string, weight: PROVINCE_EXPLICIT, explicit: true, surface: m[0] });
    }
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

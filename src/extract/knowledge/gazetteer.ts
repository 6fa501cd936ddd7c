/** Gazetteer: Vietnam's provinces, districts and townships (pre-2025) indexed by folded name. */
import { z } from 'zod';
import { escapeRegExp, foldPhrase } from '../../text/fold.js';

const UnitSchema = z.object({ code: z.string(), name: z.string(), ascii: z.string() });
const DistrictSchema = UnitSchema.extend({
  type: z.string(),
  aliases: z.array(z.string()),
  townships: z.array(UnitSchema).optional().default([]),
  formerTypes: z.array(z.string()).optional(),
});
const ProvinceSchema = UnitSchema.extend({
  type: z.string(),
  region: z.string(),
  aliases: z.array(z.string()),
  mergedInto2025: UnitSchema.nullable(),
  formerNames: z.array(z.object({ name: z.string(), ascii: z.string() })).optional().default([]),
  districts: z.array(DistrictSchema),
  formerDistricts: z.array(z.object({ code: z.string(), name: z.string(), ascii: z.string(), type: z.string() })).optional().default([]),
});
export const GazetteerFileSchema = z.object({ provinces: z.array(ProvinceSchema) });
export const ExonymsSchema = z.record(z.string(), z.record(z.string(), z.array(z.string())));

export type ProvinceRecord = z.infer<typeof ProvinceSchema> & { order: number };

/** What a folded name can refer to. */
export interface PlaceEntry {
  level: 'province' | 'district' | 'township' | 'former-district';
  provinceCode: string;
  /** Unit type for districts ("district", "city", "town", ...). */
  unitType: string;
  name: string;
}

export interface Gazetteer {
  provinces: ProvinceRecord[];
  byCode: Map<string, ProvinceRecord>;
  /** Folded name (tokens joined by one space) to entries. */
  names: Map<string, PlaceEntry[]>;
  /** Names in scripts without word spaces or in Cyrillic (matched as substrings of the original text). */
  exonyms: Array<{ text: string; provinceCode: string }>;
  /** Longest name in tokens, to bound the n-gram scan. */
  maxTokens: number;
  /** First tokens of every name: a token not in here starts no place name. */
  firstTokens: Set<string>;
  /** The names token by token: the runs of tokens that begin a name, and the names they are. */
  nameTree: NameNode;
  /** All exonyms in one regex (longest first), and the province of each. */
  exonymRe: RegExp | null;
  /** The exonyms written in Latin letters only (for texts without other scripts). */
  latinExonymRe: RegExp | null;
  exonymCodes: Map<string, string>;
}

/** One step of the name tree: the tokens that may follow, and the name key when the tokens so far make one. */
export interface NameNode {
  next: Map<string, NameNode>;
  /** The key in `names` of the name these tokens make, or null. */
  key: string | null;
}

/** The tree of the names' tokens (keys are tokens joined by single spaces). */
function nameTree(keys: Iterable<string>): NameNode {
  const root: NameNode = { next: new Map(), key: null };
  for (const key of keys) {
    let node = root;
    for (const token of key.split(' ')) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map(), key: null };
        node.next.set(token, child);
      }
      node = child;
    }
    node.key = key;
  }
  return root;
}

/** Fold a place name into its lookup key: tokens joined by single spaces, hyphens dropped. */
export function placeKey(name: string): string {
  return foldPhrase(name).replace(/[-–—'’.]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Build the index from the gazetteer JSON and the exonym table (both already parsed). */
export function buildGazetteer(raw: unknown, exonymsRaw: unknown): Gazetteer {
  const file = GazetteerFileSchema.parse(raw);
  const exonymTable = ExonymsSchema.parse(exonymsRaw ?? {});
  const names = new Map<string, PlaceEntry[]>();
  let maxTokens = 1;
  const add = (name: string, entry: PlaceEntry) => {
    const key = placeKey(name);
    if (!key) return;
    maxTokens = Math.max(maxTokens, key.split(' ').length);
    const list = names.get(key) ?? [];
    if (!list.some((e) => e.level === entry.level && e.provinceCode === entry.provinceCode && e.name === entry.name)) list.push(entry);
    names.set(key, list);
  };
  const provinces = file.provinces.map((p, order) => ({ ...p, order }));
  for (const p of provinces) {
    const entry: PlaceEntry = { level: 'province', provinceCode: p.code, unitType: p.type, name: p.name };
    for (const n of [p.name, p.ascii, ...p.aliases, ...p.formerNames.flatMap((f) => [f.name, f.ascii])]) add(n, entry);
    for (const d of p.districts) {
      const de: PlaceEntry = { level: 'district', provinceCode: p.code, unitType: d.type, name: d.name };
      for (const n of [d.name, d.ascii, ...d.aliases]) add(n, de);
      for (const t of d.townships) {
        const te: PlaceEntry = { level: 'township', provinceCode: p.code, unitType: 'township', name: t.name };
        add(t.name, te);
        add(t.ascii, te);
      }
    }
    for (const f of p.formerDistricts) {
      const fe: PlaceEntry = { level: 'former-district', provinceCode: p.code, unitType: f.type, name: f.name };
      add(f.name, fe);
      add(f.ascii, fe);
    }
  }
  const exonyms: Gazetteer['exonyms'] = [];
  for (const [code, byLang] of Object.entries(exonymTable)) {
    for (const list of Object.values(byLang)) for (const text of list) exonyms.push({ text: text.normalize('NFC'), provinceCode: code });
  }
  exonyms.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const exonymCodes = new Map(exonyms.map((e) => [e.text, e.provinceCode] as const));
  const exonymRe = exonyms.length ? new RegExp(exonyms.map((e) => escapeRegExp(e.text)).join('|'), 'gu') : null;
  const latin = exonyms.filter((e) => !/[\u0370-\u1dff\u2e80-\uffff]/u.test(e.text));
  const latinExonymRe = latin.length ? new RegExp(latin.map((e) => escapeRegExp(e.text)).join('|'), 'gu') : null;
  const firstTokens = new Set([...names.keys()].map((key) => key.split(' ')[0] as string));
  return { provinces, byCode: new Map(provinces.map((p) => [p.code, p])), names, exonyms, maxTokens, firstTokens, nameTree: nameTree(names.keys()), exonymRe, latinExonymRe, exonymCodes };
}

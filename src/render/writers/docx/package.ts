/**
 * Makes the packed .docx byte-for-byte reproducible: docx stamps the current time into docProps/core.xml and into
 * every zip entry (the embedded workbook of a chart included), and names some relationships with random ids (nanoid).
 * This rewrites all of them from the document.
 */
import JSZip from 'jszip';

/** What the package takes from the document's metadata. */
export interface PackageStamp {
  /** ISO timestamp for core.xml and every zip entry. */
  readonly date: string;
  /** BCP 47 language tag for `dc:language`. */
  readonly language: string;
}

/** Rewrites of XML parts by name, for content docx has no option for. */
export type PartPatches = Readonly<Record<string, (xml: string) => string>>;

/** The earliest time a zip entry can carry (DOS dates start in 1980). */
const ZIP_EPOCH = Date.UTC(1980, 0, 1, 0, 0, 0);

/** The same package with fixed dates, deterministic relationship ids, entries in a fixed order, and `patches` applied. */
export async function normalizePackage(bytes: Uint8Array, stamp: PackageStamp, patches: PartPatches = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir).sort(entryOrder);
  const parts = new Map<string, string | Uint8Array>();
  for (const name of names) {
    const file = zip.file(name)!;
    if (isXml(name)) parts.set(name, await file.async('string'));
    else if (isPackage(name)) parts.set(name, await normalizePackage(await file.async('uint8array'), stamp));
    else parts.set(name, await file.async('uint8array'));
  }
  renameRandomRelationships(parts);
  for (const [name, patch] of Object.entries(patches)) {
    const xml = parts.get(name);
    if (typeof xml === 'string') parts.set(name, patch(xml));
  }
  const core = parts.get('docProps/core.xml');
  if (typeof core === 'string') parts.set('docProps/core.xml', stampCore(core, stamp));

  const date = entryDate(stamp.date);
  const out = new JSZip();
  for (const name of names) out.file(name, parts.get(name)!, { date, createFolders: false });
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/** `[Content_Types].xml` and the package relationships first, as Word writes them, then the rest by name. */
function entryOrder(a: string, b: string): number {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function isXml(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

/** An embedded Office package, such as a chart's workbook: a zip with dates of its own. */
function isPackage(name: string): boolean {
  return /\.(xlsx|xlsm|docx|pptx)$/i.test(name);
}

/**
 * Gives every relationship whose id isn't docx's own `rIdN` a sequential one (`rIdRN`, in the order of its .rels file)
 * and rewrites the references in the part the .rels file belongs to.
 */
function renameRandomRelationships(parts: Map<string, string | Uint8Array>): void {
  for (const [name, rels] of parts) {
    if (!name.endsWith('.rels') || typeof rels !== 'string') continue;
    const renames = new Map<string, string>();
    for (const match of rels.matchAll(/\bId="([^"]+)"/g)) {
      const id = match[1]!;
      if (!/^rId\d+$/.test(id) && !renames.has(id)) renames.set(id, `rIdR${renames.size + 1}`);
    }
    if (renames.size === 0) continue;
    const owner = relsOwner(name);
    const ownerXml = owner === undefined ? undefined : parts.get(owner);
    parts.set(name, replaceIds(rels, renames));
    if (owner !== undefined && typeof ownerXml === 'string') parts.set(owner, replaceIds(ownerXml, renames));
  }
}

/** The part a relationships file describes: `word/_rels/document.xml.rels` → `word/document.xml`. */
function relsOwner(relsName: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsName);
  return match && match[2] !== '' ? `${match[1]}${match[2]}` : undefined;
}

/** Replaces quoted attribute values `"old"` by `"new"`; the random ids are 21 characters no other value shares. */
function replaceIds(xml: string, renames: ReadonlyMap<string, string>): string {
  return xml.replace(/"([^"<>]*)"/g, (whole, value: string) => {
    const renamed = renames.get(value);
    return renamed === undefined ? whole : `"${renamed}"`;
  });
}

/** core.xml with created/modified set to the document's date and its language added. */
function stampCore(xml: string, stamp: PackageStamp): string {
  const date = w3cdtf(stamp.date);
  let out = xml
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${date}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${date}$2`);
  if (!out.includes('<dc:language>') && stamp.language.trim() !== '') {
    out = out.replace('</cp:coreProperties>', `<dc:language>${escapeXml(stamp.language.trim())}</dc:language></cp:coreProperties>`);
  }
  return out;
}

/** The document date as W3CDTF in UTC without milliseconds, as Word writes it; an unreadable date gives 1980-01-01. */
function w3cdtf(iso: string): string {
  const time = Date.parse(iso);
  return new Date(Number.isFinite(time) ? time : ZIP_EPOCH).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The document date as a Date for zip entries, no earlier than 1980 (a zip can't say earlier). */
function entryDate(iso: string): Date {
  const time = Date.parse(iso);
  return new Date(Number.isFinite(time) ? Math.max(time, ZIP_EPOCH) : ZIP_EPOCH);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

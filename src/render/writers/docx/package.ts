/**
 * Writes the package of a document byte-for-byte reproducibly: docx stamps the current time into docProps/core.xml
 * (and into every zip entry of the embedded workbook of a chart), and names some relationships with random ids
 * (nanoid). This rewrites all of them from the document, and zips the parts with fixed dates in a fixed order.
 */
import { unzipFiles, zipFiles } from './zip.js';

/** A package's parts by name: XML parts as text, the others as bytes. */
export type PackageParts = ReadonlyMap<string, string | Uint8Array>;

/** What the package takes from the document's metadata. */
export interface PackageStamp {
  /** ISO timestamp for core.xml and every zip entry. */
  readonly date: string;
  /** BCP 47 language tag for `dc:language`. */
  readonly language: string;
}

/** Rewrites of XML parts by name, for content docx has no option for. */
export type PartPatches = Readonly<Record<string, (xml: string) => string>>;

/** The date core.xml gets when the document's date can't be read. */
const FALLBACK_DATE = Date.UTC(1980, 0, 1, 0, 0, 0);

/** The namespace of the attributes by which a part refers to its relationships (`r:id`, `r:embed`…). */
const RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// A byte order mark, which docx doesn't write, is kept as it is.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** The parts of a zipped package, its XML parts decoded. */
export function readPackage(bytes: Uint8Array): Map<string, string | Uint8Array> {
  const parts = new Map<string, string | Uint8Array>();
  for (const [name, data] of unzipFiles(bytes)) parts.set(name, isXml(name) ? utf8.decode(data) : data);
  return parts;
}

/**
 * The zipped package, with fixed dates, deterministic relationship ids, entries in a fixed order, and `patches`
 * applied; an embedded package is written the same way.
 */
export function writePackage(parts: PackageParts, stamp: PackageStamp, patches: PartPatches = {}): Uint8Array {
  const names = [...parts.keys()].sort(entryOrder);
  const normalized = new Map<string, string | Uint8Array>();
  for (const name of names) {
    const data = parts.get(name)!;
    if (isXml(name)) normalized.set(name, typeof data === 'string' ? data : utf8.decode(data));
    else if (isPackage(name) && typeof data !== 'string') normalized.set(name, writePackage(readPackage(data), stamp));
    else normalized.set(name, data);
  }
  renameRandomRelationships(normalized);
  for (const [name, patch] of Object.entries(patches)) {
    const xml = normalized.get(name);
    if (typeof xml === 'string') normalized.set(name, patch(xml));
  }
  const core = normalized.get('docProps/core.xml');
  if (typeof core === 'string') normalized.set('docProps/core.xml', stampCore(core, stamp));
  const files = names.map((name) => {
    const data = normalized.get(name)!;
    return [name, typeof data === 'string' ? encoder.encode(data) : data] as const;
  });
  return zipFiles(files, new Date(stamp.date));
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
    parts.set(name, renameValues(rels, /(\sId=")([^"]*)"/g, renames));
    if (owner !== undefined && typeof ownerXml === 'string') parts.set(owner, renameReferences(ownerXml, renames));
  }
}

/** The part a relationships file describes: `word/_rels/document.xml.rels` → `word/document.xml`. */
function relsOwner(relsName: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsName);
  return match && match[2] !== '' ? `${match[1]}${match[2]}` : undefined;
}

/**
 * Renames the ids a part refers to: the values of its attributes in the relationships namespace, under whatever
 * prefixes the part binds to it. Only those are looked at: a large document.xml has hundreds of thousands of others.
 */
function renameReferences(xml: string, renames: ReadonlyMap<string, string>): string {
  const prefixes = [...xml.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)]
    .filter((match) => match[2] === RELATIONSHIPS_NAMESPACE)
    .map((match) => match[1]!.replace(/\./g, '\\.'));
  if (prefixes.length === 0) return xml;
  return renameValues(xml, new RegExp(`(\\s(?:${prefixes.join('|')}):[\\w.-]+=")([^"]*)"`, 'g'), renames);
}

/** Replaces the renamed values of the attributes `attribute` matches as `(name=")(value)"`. */
function renameValues(xml: string, attribute: RegExp, renames: ReadonlyMap<string, string>): string {
  return xml.replace(attribute, (whole, start: string, value: string) => {
    const renamed = renames.get(value);
    return renamed === undefined ? whole : `${start}${renamed}"`;
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
  return new Date(Number.isFinite(time) ? time : FALLBACK_DATE).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text clean-up for the DOCX writer: characters XML can't carry, bookmark names and language tags. */

/** Characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; U+FFFE/U+FFFF; lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Word's limit on the length of a bookmark name. */
const BOOKMARK_MAX = 40;

/** Removes the characters an XML part can't hold, which would make Word refuse the file. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * The Word bookmark name of a heading id: the id itself when it is already a valid name (`-` read as `_`), else an
 * ASCII form of it cut to 31 characters plus a hash of the whole id. Always a letter first, letters, digits and `_`
 * after, at most 40 characters; a pure function of the id, so a link can name a heading that comes later.
 */
export function bookmarkName(id: string): string {
  const plain = id.replace(/-/g, '_');
  if (/^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(plain)) return plain;
  const ascii = id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9_]+/g, '_');
  const base = /^[A-Za-z]/.test(ascii) ? ascii : `h_${ascii}`;
  return `${base.slice(0, BOOKMARK_MAX - 9)}_${fnv1a(id)}`;
}

/** `name`, or if another heading already took it, `name` with a numeric suffix; records the result in `taken`. */
export function uniqueName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name.slice(0, BOOKMARK_MAX - String(n).length - 1)}_${n}`;
  taken.add(unique);
  return unique;
}

/** 32-bit FNV-1a hash of a string's UTF-16 units, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Regions Word expects on a bare language subtag (`w:lang` takes a full culture name such as `vi-VN`). */
const DEFAULT_REGION: Record<string, string> = { en: 'en-US', vi: 'vi-VN', fr: 'fr-FR' };

/** Whether `tag` has the shape of a BCP 47 language tag (`vi`, `en-GB`, `zh-Hant-TW`). */
export function isLanguageTag(tag: string): boolean {
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag);
}

/** The `w:lang` value for a BCP 47 tag: `vi` becomes `vi-VN`, a tag with a region is kept, a malformed one is en-US. */
export function wordLanguage(tag: string): string {
  const clean = tag.trim();
  if (!isLanguageTag(clean)) return 'en-US';
  return DEFAULT_REGION[clean.toLowerCase()] ?? clean;
}

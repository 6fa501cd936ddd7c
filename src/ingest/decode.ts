/** Bytes to text: BOMs, UTF-16, UTF-8, and legacy single-byte encodings through chardet and iconv-lite. */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
}

const MAGIC: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (DOCX, ODT or similar)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'a legacy Office document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

/** What a binary file is, by its first bytes, or null when it does not look like a known binary. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const m of MAGIC) if (m.bytes.every((b, i) => bytes[i] === b)) return m.what;
  return null;
}

/** The text of valid UTF-8 bytes, or null when they are not valid UTF-8. */
function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of control characters (other than tab, CR, LF, FF) in a decoded text. */
export function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) n++;
  }
  return n / text.length;
}

/** Bytes that Windows-1258 uses for đ, ơ, ư and the combining tone marks (rare letters in Windows-1252 text). */
const VIETNAMESE_1258 = new Set([0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd, 0xcc, 0xec, 0xde, 0xd2, 0xf2, 0xc3, 0xe3]);

/** True when most high bytes are the ones Windows-1258 spends on Vietnamese letters and tone marks. */
function looksVietnameseSingleByte(bytes: Uint8Array): boolean {
  let high = 0;
  let viet = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (VIETNAMESE_1258.has(b)) viet++;
  }
  return high >= 3 && viet / high > 0.3;
}

/**
 * Decode a file's bytes. UTF-8 (with or without BOM) and UTF-16 with BOM are exact; anything
 * else goes through chardet's guess, defaulting to Windows-1252, with Windows-1258 when the
 * guess is a Vietnamese-capable code page.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf8 = utf8OrNull(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const guess = (chardet.detect(bytes) ?? 'windows-1252').toLowerCase();
  const encoding =
    /1258|viet/.test(guess) || looksVietnameseSingleByte(bytes)
      ? 'windows-1258'
      : iconv.encodingExists(guess) && !/utf|1252|8859-1$/.test(guess)
        ? guess
        : 'windows-1252';
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

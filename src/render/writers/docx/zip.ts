/**
 * Zip files of Office packages. Written with Node's zlib, several times faster than deflate in JavaScript, and the
 * same deflate the PDF writer's streams already get (pdfkit compresses with it); read with fflate.
 */
import { unzipSync } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';

/** DOS dates, which zip entries carry, run from 1980 to 2107. */
const DOS_FIRST = Date.UTC(1980, 0, 1, 0, 0, 0);
const DOS_LAST = Date.UTC(2107, 11, 31, 23, 59, 58);

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0, the first with DEFLATE, both as needed to extract and as made by (on MS-DOS, as Word writes). */
const VERSION = 20;
const DEFLATE = 8;
/** General-purpose flag: the entry's name is UTF-8. */
const UTF8_NAME = 1 << 11;
/** Without the Zip64 extensions, a zip holds at most this many entries of at most this many bytes. */
const MAX_ENTRIES = 0xffff;
const MAX_SIZE = 0xffffffff;

const encoder = new TextEncoder();

/** An entry as its headers describe it. */
interface EntryHeader {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
}

/** The files of a zip by name, in the zip's order; folders, which hold nothing, are left out. */
export function unzipFiles(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes, { filter: (file) => !file.name.endsWith('/') })));
}

/**
 * A zip of `files`, each deflated at level 6, in the order given, every entry dated `date` in UTC (clamped to the
 * range DOS dates can say). The same files and date always give the same bytes.
 */
export function zipFiles(files: readonly (readonly [name: string, data: Uint8Array])[], date: Date): Uint8Array {
  if (files.length > MAX_ENTRIES) throw new Error(`zip: more than ${MAX_ENTRIES} entries`);
  const stamp = dosDateTime(date);
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    if (data.length > MAX_SIZE) throw new Error(`zip: ${name} is larger than 4 GB`);
    const compressed = deflateRawSync(data, { level: 6 });
    const header: EntryHeader = {
      name: encoder.encode(name),
      flags: /^[\x20-\x7e]*$/.test(name) ? 0 : UTF8_NAME,
      crc: crc32(data),
      size: data.length,
      compressedSize: compressed.length,
    };
    const local = localHeader(header, stamp);
    directory.push(centralHeader(header, stamp, offset));
    chunks.push(local, compressed);
    offset += local.length + compressed.length;
  }
  const directorySize = directory.reduce((sum, entry) => sum + entry.length, 0);
  return concat([...chunks, ...directory, endOfCentralDirectory(files.length, directorySize, offset)]);
}

/** The DOS time and date fields of a UTC time. */
function dosDateTime(date: Date): { time: number; date: number } {
  const time = Number.isFinite(date.getTime()) ? Math.min(Math.max(date.getTime(), DOS_FIRST), DOS_LAST) : DOS_FIRST;
  const d = new Date(time);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

function localHeader(entry: EntryHeader, stamp: { time: number; date: number }): Uint8Array {
  const bytes = new Uint8Array(30 + entry.name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, LOCAL_HEADER, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, entry.flags, true);
  view.setUint16(8, DEFLATE, true);
  view.setUint16(10, stamp.time, true);
  view.setUint16(12, stamp.date, true);
  view.setUint32(14, entry.crc, true);
  view.setUint32(18, entry.compressedSize, true);
  view.setUint32(22, entry.size, true);
  view.setUint16(26, entry.name.length, true);
  bytes.set(entry.name, 30);
  return bytes;
}

function centralHeader(entry: EntryHeader, stamp: { time: number; date: number }, localOffset: number): Uint8Array {
  const bytes = new Uint8Array(46 + entry.name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, CENTRAL_HEADER, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, VERSION, true);
  view.setUint16(8, entry.flags, true);
  view.setUint16(10, DEFLATE, true);
  view.setUint16(12, stamp.time, true);
  view.setUint16(14, stamp.date, true);
  view.setUint32(16, entry.crc, true);
  view.setUint32(20, entry.compressedSize, true);
  view.setUint32(24, entry.size, true);
  view.setUint16(28, entry.name.length, true);
  view.setUint32(42, localOffset, true);
  bytes.set(entry.name, 46);
  return bytes;
}

function endOfCentralDirectory(entries: number, directorySize: number, directoryOffset: number): Uint8Array {
  if (directoryOffset > MAX_SIZE) throw new Error('zip: larger than 4 GB');
  const bytes = new Uint8Array(22);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(8, entries, true);
  view.setUint16(10, entries, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, directoryOffset, true);
  return bytes;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

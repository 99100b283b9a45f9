/**
 * Reads a zip's central directory (the table of contents at its end) straight from the bytes,
 * before anything is inflated. fflate's unzip returns entries keyed by name, so two entries with
 * one name merged silently (last one won); and it trusts each entry's size field. Here duplicate
 * names, too many entries and implausible sizes are refused up front, and after inflating every
 * entry is checked against the length and CRC-32 the directory promised.
 */
import { crc32 } from 'node:zlib';

/** One entry as the central directory describes it. */
export interface ZipDirectoryEntry {
  name: string;
  /** Bytes once inflated, as declared. */
  size: number;
  compressedSize: number;
  crc: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The zip's own error: one sentence naming what is wrong. */
function broken(detail: string): Error {
  return new Error(`The file is not a readable zip archive (${detail}).`);
}

/** Lists the central directory of `bytes`; throws on a malformed, ZIP64 or duplicate-name archive. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, so it is found within that distance of the end.
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw broken('no central directory');
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new Error('The archive is a ZIP64 archive, which an Attune session never needs.');
  if (offset + size > end) throw broken('its directory points past its end');
  const entries: ZipDirectoryEntry[] = [];
  const names = new Set<string>();
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw broken('a damaged directory entry');
    const flags = view.getUint16(at + 8, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const entrySize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) throw broken('a damaged directory entry');
    const raw = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise it is CP437, whose ASCII part is all a session uses.
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(raw);
    if (names.has(name)) throw new Error(`The archive holds ${JSON.stringify(name)} twice, so it is not an Attune export.`);
    names.add(name);
    entries.push({ name, size: entrySize, compressedSize, crc });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Throws unless `data` is exactly what the directory declared for `entry` (length and CRC-32). */
export function assertEntryMatches(entry: ZipDirectoryEntry, data: Uint8Array): void {
  if (data.byteLength !== entry.size || crc32(data) >>> 0 !== entry.crc >>> 0) {
    throw new Error(`The archive's ${JSON.stringify(entry.name)} does not match its recorded size or checksum, so the archive is damaged.`);
  }
}

/**
 * Recorded audio for partner lines: where a line's `audio` path may point, which formats play,
 * and reading a clip by scenario and line reference (never by a path from outside). The loader
 * checks every clip when the file loads; `readRecording` checks again, since files can change.
 */
import { closeSync, openSync, readSync, realpathSync, statSync, readFileSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { audioPathProblem, type RECORDING_EXTENSIONS } from '../../domain/scenarios/schema';
import type { Scenario } from '../../domain/scenarios/types';
import { lineRecordings } from '../../domain/scenarios/line-refs';

export { lineRecordings, recordingRef, type LineRecording } from '../../domain/scenarios/line-refs';

/** A clip larger than this is refused: a spoken line is seconds long (8 MiB is ~45 s of 48 kHz stereo WAV). */
export const MAX_RECORDING_BYTES = 8 * 1024 * 1024;

/**
 * The formats Attune plays, by extension: what the file must start with, and the MIME type the
 * renderer hands to its <audio> element. Chromium (Electron's and Debian's) plays all of them.
 */
export const RECORDING_FORMATS: Record<(typeof RECORDING_EXTENSIONS)[number], { mimeType: string; name: string; matches(head: Uint8Array): boolean }> = {
  '.wav': { mimeType: 'audio/wav', name: 'WAV', matches: (h) => ascii(h, 0, 4) === 'RIFF' && ascii(h, 8, 12) === 'WAVE' },
  // MP3: an ID3 tag, or straight into an MPEG audio frame (11 sync bits set).
  '.mp3': { mimeType: 'audio/mpeg', name: 'MP3', matches: (h) => ascii(h, 0, 3) === 'ID3' || (h[0] === 0xff && ((h[1] ?? 0) & 0xe0) === 0xe0) },
  '.ogg': { mimeType: 'audio/ogg', name: 'Ogg (Vorbis or Opus)', matches: (h) => ascii(h, 0, 4) === 'OggS' },
  '.webm': { mimeType: 'audio/webm', name: 'WebM', matches: (h) => h[0] === 0x1a && h[1] === 0x45 && h[2] === 0xdf && h[3] === 0xa3 },
  '.m4a': { mimeType: 'audio/mp4', name: 'M4A (AAC)', matches: (h) => ascii(h, 4, 8) === 'ftyp' },
};

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** A clip that passed every check: its real location, size and MIME type. */
export interface CheckedRecording {
  file: string;
  bytes: number;
  mimeType: string;
}

/**
 * Resolves `path` against the scenario's folder and checks that the clip is a readable file of
 * its format, inside that folder even after symbolic links are followed, and not too large.
 * Returns the clip, or a sentence saying what is wrong (to follow the field name).
 */
export function checkRecording(dir: string, path: string): CheckedRecording | { problem: string } {
  const shape = audioPathProblem(path);
  if (shape) return { problem: shape };
  const target = resolve(dir, path);
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: `names a recording that does not exist (${path} next to the scenario file)` };
    return { problem: `names a recording that cannot be read (${path}: ${code ?? String(error)})` };
  }
  // A symbolic link inside the folder must not lead out of it.
  const inside = relative(realpathSync(dir), real);
  if (inside === '' || inside.startsWith('..' + sep) || inside === '..' || isAbsolute(inside)) {
    return { problem: `names a recording outside the scenario's folder (${path} leads to ${real})` };
  }
  const stat = statSync(real);
  if (!stat.isFile()) return { problem: `names ${stat.isDirectory() ? 'a folder' : 'something that is not a plain file'}, not a recording (${path})` };
  if (stat.size === 0) return { problem: `names an empty file (${path})` };
  if (stat.size > MAX_RECORDING_BYTES) {
    return { problem: `names a recording of ${(stat.size / 1048576).toFixed(1)} MiB; the limit is ${MAX_RECORDING_BYTES / 1048576} MiB (${path})` };
  }
  const format = RECORDING_FORMATS[extname(path).toLowerCase() as keyof typeof RECORDING_FORMATS];
  let head: Uint8Array;
  try {
    head = readHead(real, 16);
  } catch (error) {
    return { problem: `names a recording that cannot be read (${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (!format.matches(head)) return { problem: `names a file that is not ${format.name} audio, though it ends in ${extname(path)} (${path})` };
  return { file: real, bytes: stat.size, mimeType: format.mimeType };
}

function readHead(file: string, length: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const head = new Uint8Array(length);
    const read = readSync(fd, head, 0, length, 0);
    return head.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** A line's recording as bytes, with the text it records (so a caller can tell a changed scenario). */
export interface RecordingBytes {
  bytes: Uint8Array<ArrayBuffer>;
  mimeType: string;
  text: string;
}

/** Reads the recording of line `ref`; throws a readable Error when the line has none or the file fails its checks. */
export function readRecording(scenario: Scenario, ref: string): RecordingBytes {
  const recording = lineRecordings(scenario).find((r) => r.ref === ref);
  if (!recording) throw new Error(`The line "${ref}" of scenario "${scenario.id}" has no recording.`);
  const checked = checkRecording(scenario.source.dir, recording.audio);
  if ('problem' in checked) throw new Error(`The recording for "${ref}" of scenario "${scenario.id}" ${checked.problem}.`);
  const bytes = readFileSync(checked.file);
  // The file may have grown since it was checked; the limit holds for what is actually read.
  if (bytes.length > MAX_RECORDING_BYTES) throw new Error(`The recording for "${ref}" is larger than ${MAX_RECORDING_BYTES / 1048576} MiB.`);
  return { bytes, mimeType: checked.mimeType, text: recording.text };
}

/**
 * Imports an exported session (zip file or folder) into the session store. Nothing from the
 * archive is trusted: every entry name is checked before it becomes a path (no zip-slip), sizes
 * are capped, session.json is validated, and the session lands atomically (temp folder, rename).
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { megabytes, readBounded } from '../files/read-bounded';
import { MAX_SESSION_JSON_BYTES, MAX_WAV_BYTES } from '../../domain/sessions/caps';
import { parseSession } from '../../domain/sessions/schema';
import { writeFolderAtomic } from '../atomic';
import { isSafeFileName, isSafeSessionId, isSessionFile, SESSION_FILE, SUMMARY_FILES } from '../sessions/names';
import { assertAudioPresent } from '../sessions/files';
import type { ImportResult } from '../../../shared/types/archive';
import { assertEntryMatches, readZipDirectory } from './zip-directory';
import { unzipAsync } from './zip-async';

export type { ImportResult } from '../../../shared/types/archive';

/**
 * Caps that keep a hostile or broken archive from filling memory or disk. A reply's WAV is at most
 * ten minutes of 16 kHz 16-bit mono (19.2 MB); exports store WAVs uncompressed, and speech barely
 * deflates, so an archive that inflates more than 20-fold is a zip bomb, not a session.
 */
export const IMPORT_LIMITS = {
  maxArchiveBytes: 1024 ** 3,
  maxSessionJsonBytes: MAX_SESSION_JSON_BYTES,
  maxFileBytes: MAX_WAV_BYTES,
  maxTotalBytes: 1024 ** 3,
  maxFiles: 1000,
  maxInflation: 20,
};

/** The most a file of the archive may hold: session.json has its own, smaller cap. */
function capFor(name: string): number {
  return name.split('/').at(-1) === SESSION_FILE ? IMPORT_LIMITS.maxSessionJsonBytes : IMPORT_LIMITS.maxFileBytes;
}


/** Splits an entry name into its file name, accepting `file` or `<folder>/file` and nothing deeper or stranger. */
function entryFileName(entry: string): { folder: string | null; name: string } {
  if (entry.includes('\\') || entry.startsWith('/') || /^[A-Za-z]:/.test(entry) || entry.includes('\0')) {
    throw new Error(`The archive holds an unsafe path: ${JSON.stringify(entry)}.`);
  }
  const parts = entry.split('/');
  if (parts.length > 2 || parts.some((p) => p === '..' || p === '.' || p === '')) {
    throw new Error(`The archive holds an unexpected path: ${JSON.stringify(entry)}.`);
  }
  const name = parts.at(-1)!;
  if (!isSafeFileName(name)) throw new Error(`The archive holds a file with an unsafe name: ${JSON.stringify(entry)}.`);
  return { folder: parts.length === 2 ? parts[0]! : null, name };
}

/** Keeps the session's own files; summaries are regenerated on export, anything else is refused. */
function collect(entries: Iterable<[string, Uint8Array]>): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  let folder: string | null | undefined;
  let total = 0;
  for (const [entry, data] of entries) {
    if (entry.endsWith('/')) continue; // folder entries carry no data
    const where = entryFileName(entry);
    if (folder !== undefined && where.folder !== folder) throw new Error('The archive holds more than one session folder.');
    folder = where.folder;
    if ((SUMMARY_FILES as readonly string[]).includes(where.name)) continue;
    if (!isSessionFile(where.name)) throw new Error(`The archive holds a file that is not part of a session: ${where.name}.`);
    if (files.has(where.name)) throw new Error(`The archive holds ${where.name} twice.`);
    total += data.byteLength;
    if (data.byteLength > capFor(where.name)) throw new Error(`The archive's ${where.name} is ${megabytes(data.byteLength)}, more than the ${megabytes(capFor(where.name))} it may be.`);
    if (total > IMPORT_LIMITS.maxTotalBytes) throw new Error('The archive is too large to be an Attune session.');
    files.set(where.name, data);
  }
  return files;
}

/** Reads a zip's entries from disk: a regular file (a link the user picked is followed), refused if oversized before reading it. */
async function readZip(path: string): Promise<Map<string, Uint8Array>> {
  const bytes = await readBounded(path, { maxBytes: IMPORT_LIMITS.maxArchiveBytes, what: 'The archive', followLinks: true });
  return unzipEntries(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/**
 * Inflates a zip held in memory. Its central directory is checked first (duplicate names, count,
 * declared sizes, inflation ratio), and every inflated entry is checked against it afterwards.
 */
async function unzipEntries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  if (bytes.byteLength > IMPORT_LIMITS.maxArchiveBytes) throw new Error('The archive is too large to be an Attune session.');
  const directory = readZipDirectory(bytes).filter((e) => !e.name.endsWith('/'));
  if (directory.length > IMPORT_LIMITS.maxFiles) throw new Error('The archive holds too many files to be an Attune session.');
  let declared = 0;
  for (const entry of directory) {
    const cap = capFor(entry.name);
    if (entry.size > cap) throw new Error(`The archive's ${entry.name} is ${megabytes(entry.size)}, more than the ${megabytes(cap)} it may be.`);
    declared += entry.size;
  }
  if (declared > IMPORT_LIMITS.maxTotalBytes) throw new Error('The archive is too large to be an Attune session.');
  // A little slack so a tiny archive of short text files is never refused for compressing well.
  if (declared > IMPORT_LIMITS.maxInflation * bytes.byteLength + 1024 * 1024) {
    throw new Error(`The archive would unpack from ${megabytes(bytes.byteLength)} to ${megabytes(declared)}, which no recorded session does, so it was not opened.`);
  }
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = await unzipAsync(bytes);
  } catch (error) {
    throw new Error(`The file is not a readable zip archive (${(error as Error).message}).`, { cause: error });
  }
  for (const entry of directory) {
    const data = unzipped[entry.name];
    if (!data) throw new Error(`The archive's ${JSON.stringify(entry.name)} could not be unpacked, so the archive is damaged.`);
    assertEntryMatches(entry, data);
  }
  return collect(Object.entries(unzipped));
}

/** Reads an exported folder; symlinks, devices and sub-folders are refused rather than followed. */
async function readFolder(path: string): Promise<Map<string, Uint8Array>> {
  const entries: [string, Uint8Array][] = [];
  const names = (await readdir(path)).sort();
  if (names.length > IMPORT_LIMITS.maxFiles) throw new Error('The folder holds too many files to be an Attune session.');
  for (const name of names) {
    if (name.startsWith('.')) continue; // desktop litter such as .DS_Store
    const info = await lstat(join(path, name));
    if (!info.isFile()) throw new Error(`The folder holds something other than a plain file: ${name}.`);
    if (!isSessionFile(name) && !(SUMMARY_FILES as readonly string[]).includes(name)) throw new Error(`The folder holds a file that is not part of a session: ${name}.`);
    entries.push([name, new Uint8Array(await readBounded(join(path, name), { maxBytes: capFor(name), what: `The folder's ${name}` }))]);
  }
  return collect(entries);
}

function sameFiles(a: ReadonlyMap<string, Uint8Array>, b: ReadonlyMap<string, Uint8Array>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, data] of a) {
    const other = b.get(name);
    if (!other || other.byteLength !== data.byteLength || !other.every((v, i) => v === data[i])) return false;
  }
  return true;
}

async function readExisting(folder: string): Promise<Map<string, Uint8Array> | null> {
  try {
    return await readFolder(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return new Map(); // present but unreadable as a session: treat as taken and different
  }
}

/** Imports the zip file or folder at `source` into `sessionsDir`. */
export async function importSession(sessionsDir: string, source: string): Promise<ImportResult> {
  const info = await stat(source).catch(() => {
    throw new Error(`${source} does not exist.`);
  });
  return store(sessionsDir, info.isDirectory() ? await readFolder(source) : await readZip(source));
}

/** Imports a session zip received as bytes (an upload), with the same checks as a zip on disk. */
export async function importSessionZip(sessionsDir: string, bytes: Uint8Array): Promise<ImportResult> {
  return store(sessionsDir, await unzipEntries(bytes));
}

/** Validates an archive's files and writes them as a session folder, atomically. */
async function store(sessionsDir: string, files: Map<string, Uint8Array>): Promise<ImportResult> {
  const json = files.get(SESSION_FILE);
  if (!json) throw new Error(`The archive holds no ${SESSION_FILE}.`);
  const session = parseSession(new TextDecoder().decode(json));
  assertAudioPresent(session, files.keys());

  const existing = await readExisting(join(sessionsDir, session.id));
  const about = { scenarioTitle: session.scenarioTitle, startedAt: session.startedAt }; // so the app can name the session in plain words, not by id
  if (existing && sameFiles(existing, files)) return { id: session.id, status: 'already-present', files: [...files.keys()], ...about };

  // The id is taken by a different session: keep both, giving the imported one a new id.
  let id = session.id;
  for (let n = 2; existing && (await readExisting(join(sessionsDir, id))) !== null; n++) {
    id = `${session.id.slice(0, 70)}-${n}`;
    if (!isSafeSessionId(id)) throw new Error('Could not find a free id for the imported session.');
  }
  if (id !== session.id) {
    const data = JSON.parse(new TextDecoder().decode(json)) as Record<string, unknown>;
    files.set(SESSION_FILE, new TextEncoder().encode(JSON.stringify({ ...data, id }, null, 2) + '\n'));
  }
  try {
    await writeFolderAtomic(join(sessionsDir, id), files);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTEMPTY') throw new Error(`A session ${id} appeared while importing; try again.`, { cause: error });
    throw error;
  }
  return { id, status: id === session.id ? 'imported' : 'renamed', files: [...files.keys()], ...about };
}

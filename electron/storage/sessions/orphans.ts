/**
 * Leftovers of a crash, removed at start: temp files of an interrupted write (`.x.json.1a2b.tmp`,
 * `.tmp-…`), half-imported or half-deleted folders (`.partial-…`, `.deleting-…`), and reply WAVs
 * that no session.json names (the WAV is written before the session file, so a crash between the
 * two leaves one behind). Nothing is removed from a folder whose session.json cannot be read.
 */
import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_SESSION_JSON_BYTES } from '../../domain/sessions/caps';
import { parseSession } from '../../domain/sessions/schema';
import { isSafeSessionId, SESSION_FILE } from './names';
import { referencedAudio } from './files';
import { readBounded } from '../files/read-bounded';

const isTempFolder = (name: string): boolean => /^\.(partial|deleting|tmp)-/.test(name);
const isTempFile = (name: string): boolean => name.startsWith('.') && (name.endsWith('.tmp') || name.startsWith('.tmp-'));

/** Removes crash leftovers under `sessionsDir`; returns what was removed, relative to it. */
export async function cleanOrphans(sessionsDir: string): Promise<string[]> {
  const removed: string[] = [];
  const names = await readdir(sessionsDir).catch(() => [] as string[]);
  for (const name of names) {
    if (isTempFolder(name)) {
      await rm(join(sessionsDir, name), { recursive: true, force: true });
      removed.push(name);
      continue;
    }
    if (!isSafeSessionId(name)) continue;
    const folder = join(sessionsDir, name);
    if (!(await lstat(folder)).isDirectory()) continue;
    const files = await readdir(folder);
    let referenced: Set<string> | null = null;
    try {
      const text = (await readBounded(join(folder, SESSION_FILE), { maxBytes: MAX_SESSION_JSON_BYTES })).toString('utf8');
      referenced = new Set(referencedAudio(parseSession(text)));
    } catch {
      // Unreadable: keep every WAV, so a repair can still find them.
    }
    for (const file of files) {
      const isOrphanWav = referenced !== null && file.toLowerCase().endsWith('.wav') && !referenced.has(file);
      if (!isTempFile(file) && !isOrphanWav) continue;
      await rm(join(folder, file), { force: true });
      removed.push(`${name}/${file}`);
    }
  }
  return removed;
}

/** A session folder's files as bytes (for export), read from disk with `session.json` validated. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Session } from '../../../shared/types/sessions';
import { storedTurns } from '../../../shared/sessions/branches';
import { parseSession } from '../../domain/sessions/schema';
import { MAX_SESSION_JSON_BYTES, MAX_WAV_BYTES } from '../../domain/sessions/caps';
import { readBounded, UnsafeFileError } from '../files/read-bounded';
import { assertSafeSessionId, isSessionFile, SESSION_FILE } from './names';

/** A session's files as bytes, keyed by file name, with the parsed session. */
export interface SessionFiles {
  session: Session;
  files: Map<string, Uint8Array>;
}

/** Audio files a session refers to, its retries' included. */
export function referencedAudio(session: Session): string[] {
  return storedTurns(session).flatMap((t) => t.attempts.flatMap((a) => (a.audioFile ? [a.audioFile] : [])));
}

/** Throws unless every audio file the session names is present. */
export function assertAudioPresent(session: Session, names: Iterable<string>): void {
  const present = new Set(names);
  const missing = referencedAudio(session).filter((name) => !present.has(name));
  if (missing.length) throw new Error(`The session's audio is incomplete: ${missing.join(', ')} missing.`);
}

/** Reads `<sessionsDir>/<id>`: session.json (validated, capped) and every WAV (capped); links, devices and other files are ignored. */
export async function readSessionFiles(sessionsDir: string, id: string): Promise<SessionFiles> {
  assertSafeSessionId(id);
  const folder = join(sessionsDir, id);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`There is no session ${id}.`, { cause: error });
    throw error;
  }
  const files = new Map<string, Uint8Array>();
  for (const name of names.sort()) {
    if (!isSessionFile(name)) continue;
    try {
      const maxBytes = name === SESSION_FILE ? MAX_SESSION_JSON_BYTES : MAX_WAV_BYTES;
      files.set(name, new Uint8Array(await readBounded(join(folder, name), { maxBytes, what: `Session ${id}'s ${name}` })));
    } catch (error) {
      // Links and devices are skipped (a missing WAV is then reported); an oversized file is refused.
      if (error instanceof UnsafeFileError && error.reason !== 'too-large') continue;
      throw error;
    }
  }
  const json = files.get(SESSION_FILE);
  if (!json) throw new Error(`Session ${id} has no ${SESSION_FILE}.`);
  const session = parseSession(new TextDecoder().decode(json));
  if (session.id !== id) throw new Error(`Session ${id} names another id in its file (${session.id}).`);
  assertAudioPresent(session, files.keys());
  return { session, files };
}

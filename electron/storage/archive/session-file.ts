/** Reads a session folder's files from disk, validating `session.json` on the way in. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Session } from '../../../shared/types/sessions';
import { parseSession } from '../../domain/sessions/schema';
import { readBounded, UnsafeFileError } from '../files/read-bounded';
import { assertSessionWithinCaps, MAX_SESSION_JSON_BYTES, MAX_WAV_BYTES } from './session-caps';
import { assertSafeSessionId, isSessionFile, SESSION_FILE } from './names';

/** A session's files as bytes, keyed by file name, with the parsed session. */
export interface SessionFiles {
  session: Session;
  files: Map<string, Uint8Array>;
}

/**
 * Validates `session.json`: first the checks that make import and export safe, with plain
 * messages (version, id, audio names), then the session store's full schema.
 */
export function parseSessionJson(text: string): Session {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`session.json is not valid JSON (${(error as Error).message}).`, { cause: error });
  }
  const s = data as Partial<Session> | null;
  if (!s || typeof s !== 'object') throw new Error('session.json does not hold a session.');
  if (s.schemaVersion !== 1) throw new Error(`session.json has schema version ${String(s.schemaVersion)}; this Attune reads version 1.`);
  if (typeof s.id !== 'string') throw new Error('session.json has no id.');
  assertSafeSessionId(s.id);
  if (typeof s.startedAt !== 'string' || !Number.isFinite(Date.parse(s.startedAt))) throw new Error('session.json has no valid startedAt.');
  if (typeof s.scenarioId !== 'string' || typeof s.scenarioTitle !== 'string') throw new Error('session.json has no scenario.');
  if (!Array.isArray(s.turns)) throw new Error('session.json has no turns.');
  assertSessionWithinCaps(s);
  for (const turn of s.turns) {
    if (!turn || !Array.isArray(turn.attempts)) throw new Error('session.json has a turn without attempts.');
    for (const attempt of turn.attempts) {
      if (!attempt?.analysis?.scores || !Array.isArray(attempt.analysis.judgments)) throw new Error('session.json has a reply without its analysis.');
      if (attempt.audioFile !== undefined && !(typeof attempt.audioFile === 'string' && isSessionFile(attempt.audioFile) && attempt.audioFile !== SESSION_FILE)) {
        throw new Error(`session.json names an audio file that is not a plain .wav name: ${JSON.stringify(attempt.audioFile)}.`);
      }
    }
  }
  try {
    return parseSession(text);
  } catch (error) {
    throw new Error(`session.json is not a valid session: ${(error as Error).message}.`, { cause: error });
  }
}

/** Audio files a session refers to. */
export function referencedAudio(session: Session): string[] {
  return session.turns.flatMap((t) => t.attempts.flatMap((a) => (a.audioFile ? [a.audioFile] : [])));
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
      // Links and devices are skipped as before (a missing WAV is then reported); an oversized file is refused.
      if (error instanceof UnsafeFileError && error.reason !== 'too-large') continue;
      throw error;
    }
  }
  const json = files.get(SESSION_FILE);
  if (!json) throw new Error(`Session ${id} has no ${SESSION_FILE}.`);
  const session = parseSessionJson(new TextDecoder().decode(json));
  if (session.id !== id) throw new Error(`Session ${id} names another id in its file (${session.id}).`);
  assertAudioPresent(session, files.keys());
  return { session, files };
}

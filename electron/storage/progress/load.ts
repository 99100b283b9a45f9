/** Reads every stored session for the Progress summary; unreadable ones are counted, not fatal. */
import { readdir } from 'node:fs/promises';
import { readBounded } from '../files/read-bounded';
import { MAX_SESSION_JSON_BYTES } from '../archive/session-caps';
import { join } from 'node:path';
import type { Session } from '../../../shared/types/sessions';
import { isSafeSessionId, SESSION_FILE } from '../archive/names';
import { parseSessionJson } from '../archive/session-file';

/** All readable sessions in `sessionsDir`, and how many folders could not be read. */
export async function loadAllSessions(sessionsDir: string): Promise<{ sessions: Session[]; unreadable: number }> {
  let names: string[];
  try {
    names = await readdir(sessionsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { sessions: [], unreadable: 0 };
    throw error;
  }
  const sessions: Session[] = [];
  let unreadable = 0;
  for (const id of names.filter(isSafeSessionId).sort()) {
    try {
      const session = parseSessionJson((await readBounded(join(sessionsDir, id, SESSION_FILE), { maxBytes: MAX_SESSION_JSON_BYTES, what: `Session ${id}'s ${SESSION_FILE}` })).toString('utf8'));
      if (session.id === id) sessions.push(session);
      else unreadable += 1;
    } catch {
      unreadable += 1;
    }
  }
  return { sessions, unreadable };
}

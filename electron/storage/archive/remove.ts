/** Deleting sessions: one on request, or all older than the retention period. */
import { readdir, rename, rm } from 'node:fs/promises';
import { readBounded } from '../files/read-bounded';
import { MAX_SESSION_JSON_BYTES } from './session-caps';
import { join } from 'node:path';
import { tempSibling } from './atomic';
import { assertSafeSessionId, isSafeSessionId, SESSION_FILE } from './names';
import { parseSessionJson } from './session-file';
import type { RetentionResult } from '../../../shared/types/archive';

export type { RetentionResult } from '../../../shared/types/archive';

/**
 * Deletes session `id`. The folder is first renamed to a hidden name, so the list never shows a
 * half-deleted session, then removed.
 */
export async function deleteSession(sessionsDir: string, id: string): Promise<void> {
  assertSafeSessionId(id);
  const folder = join(sessionsDir, id);
  const trash = tempSibling(folder, 'deleting');
  try {
    await rename(folder, trash);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`There is no session ${id}.`, { cause: error });
    throw error;
  }
  await rm(trash, { recursive: true, force: true });
}

/** Retention: `null` keeps sessions forever, a number deletes those started more than that many days ago. */
export type RetentionDays = number | null;


/** Deletes sessions started more than `days` days before `now`. */
export async function applyRetention(sessionsDir: string, days: RetentionDays, now: Date = new Date()): Promise<RetentionResult> {
  const result: RetentionResult = { deleted: [], kept: 0, skipped: [] };
  if (days === null) return result;
  if (!Number.isFinite(days) || days < 1) throw new Error('Retention must be at least one day, or keep forever.');
  const cutoff = now.getTime() - days * 86_400_000;
  let names: string[];
  try {
    names = await readdir(sessionsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return result;
    throw error;
  }
  for (const id of names.sort()) {
    if (!isSafeSessionId(id)) continue;
    let startedAt: number;
    try {
      const session = parseSessionJson((await readBounded(join(sessionsDir, id, SESSION_FILE), { maxBytes: MAX_SESSION_JSON_BYTES, what: `Session ${id}'s ${SESSION_FILE}` })).toString('utf8'));
      startedAt = Date.parse(session.startedAt);
    } catch (error) {
      result.skipped.push({ id, message: (error as Error).message });
      continue;
    }
    if (startedAt < cutoff) {
      await deleteSession(sessionsDir, id);
      result.deleted.push(id);
    } else {
      result.kept += 1;
    }
  }
  return result;
}

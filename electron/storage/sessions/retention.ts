/** Retention: deleting the sessions started more than the chosen number of days ago. */
import type { RetentionResult } from '../../../shared/types/archive';
import type { SessionStore } from './store';

export type { RetentionResult } from '../../../shared/types/archive';

/** Retention: `null` keeps sessions forever, a number deletes those started more than that many days ago. */
export type RetentionDays = number | null;

/** Deletes sessions started more than `days` days before `now`; unreadable ones are reported, never deleted. */
export async function applyRetention(store: SessionStore, days: RetentionDays, now: Date = new Date()): Promise<RetentionResult> {
  const result: RetentionResult = { deleted: [], kept: 0, skipped: [] };
  if (days === null) return result;
  if (!Number.isFinite(days) || days < 1) throw new Error('Retention must be at least one day, or keep forever.');
  const cutoff = now.getTime() - days * 86_400_000;
  const { sessions, problems } = await store.loadAll();
  result.skipped.push(...problems);
  for (const session of sessions) {
    if (Date.parse(session.startedAt) < cutoff) {
      await store.remove(session.id);
      result.deleted.push(session.id);
    } else {
      result.kept += 1;
    }
  }
  return result;
}

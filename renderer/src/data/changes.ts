/** What each kind of data change makes stale: the one table both mutations and pushed events go through. */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { DataChange } from '../../../shared/ipc/contract';
import { keys } from './keys';

// Everything derived from the stored sessions.
const SESSION_DATA: readonly QueryKey[] = [keys.sessions, keys.allSessions, keys.progress, keys.dataUsage, keys.scenarios];

const STALE: Record<DataChange['what'], readonly QueryKey[]> = {
  'session-saved': SESSION_DATA,
  'session-deleted': SESSION_DATA,
  'sessions-imported': SESSION_DATA,
  'all-deleted': SESSION_DATA,
  // Retention may delete sessions, and the chosen model decides whether Practice can listen.
  'settings-changed': [...SESSION_DATA, keys.settings, keys.models],
  'models-changed': [keys.models],
};

const DELETES = new Set<DataChange['what']>(['session-deleted', 'all-deleted', 'settings-changed']);

/** Marks the data `change` touched as stale; mounted screens re-read it, hidden ones included. */
export async function applyChange(client: QueryClient, change: DataChange): Promise<void> {
  await Promise.all(
    STALE[change.what].map((queryKey) =>
      // An open replay of a deleted session is closed by its screen (the list no longer has it), not re-read into an error.
      client.invalidateQueries({ queryKey, refetchType: queryKey === keys.allSessions && DELETES.has(change.what) ? 'none' : 'active' }),
    ),
  );
}

/** True when `change` removed the session `id` from disk. */
export function isSessionGone(change: DataChange, id: string): boolean {
  if (change.what === 'all-deleted') return true;
  return (change.what === 'session-deleted' || change.what === 'settings-changed') && (change.ids ?? []).includes(id);
}

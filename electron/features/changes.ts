/**
 * Which stored data each successful call changed. `dispatch` pushes the result as a
 * `data:changed` event, so every open screen (and every window) re-reads what it shows instead
 * of waiting for a reload; the renderer maps each kind to the queries it invalidates.
 */
import type { Channel, DataChange, RequestOf, ResponseOf } from '../../shared/ipc/contract';

type ChangeOf<K extends Channel> = (request: RequestOf<K>, response: ResponseOf<K>) => DataChange | undefined;

const CHANGES: { [K in Channel]?: ChangeOf<K> } = {
  'practice:start': (_req, view) => ({ what: 'session-saved', ids: [view.sessionId] }),
  'practice:reply': (req) => ({ what: 'session-saved', ids: [req.sessionId] }),
  'practice:end': (req) => ({ what: 'session-saved', ids: [req.sessionId] }),
  'practice:choose': (req) => ({ what: 'session-saved', ids: [req.sessionId] }),
  'practice:predict': (req) => ({ what: 'session-saved', ids: [req.sessionId] }),
  'practice:retry': (req) => ({ what: 'session-saved', ids: [req.sessionId] }),
  'sessions:delete': (req) => ({ what: 'session-deleted', ids: [req.id] }),
  'sessions:import': (_req, res) => ({ what: 'sessions-imported', ids: [res.id] }),
  'sessions:importUpload': (_req, res) => ({ what: 'sessions-imported', ids: [res.id] }),
  'data:deleteAll': () => ({ what: 'all-deleted' }),
  // Retention may delete sessions; a model choice changes what Practice can transcribe with.
  'settings:set': (_req, res) => ({ what: 'settings-changed', ids: res.retention.deleted }),
  'models:import': () => ({ what: 'models-changed' }),
  'models:fetch': () => ({ what: 'models-changed' }),
};

/** The change a successful call to `channel` made, or undefined for calls that only read. */
export function changeOf<K extends Channel>(channel: K, request: RequestOf<K>, response: ResponseOf<K>): DataChange | undefined {
  const change = CHANGES[channel] as ChangeOf<K> | undefined;
  return change?.(request, response);
}

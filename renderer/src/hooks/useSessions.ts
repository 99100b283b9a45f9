import { api } from '../lib/api';
import { useAsync } from './useAsync';

/** Stored sessions (newest first) and the session folders that could not be read. */
export function useSessions() {
  return useAsync(() => api.listSessions());
}

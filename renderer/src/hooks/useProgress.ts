import { api } from '../lib/api';
import { useAsync } from './useAsync';

/** The Progress summary, with days counted in this computer's time zone. */
export function useProgress() {
  return useAsync(() => api.progressSummary({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' }));
}

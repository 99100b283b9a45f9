import { api } from '../lib/api';
import { useAsync } from './useAsync';

/** The scenario cards (with last scores) and any scenario files that failed to load. */
export function useScenarios() {
  return useAsync(() => api.listScenarios());
}

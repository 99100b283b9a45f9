import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../../../electron/domain/sessions/types';
import { api } from '../lib/api';

/** One stored session by id, reloaded when the id changes. */
export function useSession(id: string): { session: Session | undefined; error: string | undefined } {
  const [state, setState] = useState<{ id?: string; session?: Session; error?: string }>({});
  const load = useCallback(() => api.getSession({ id }), [id]);
  useEffect(() => {
    let isCurrent = true;
    load().then(
      (session) => isCurrent && setState({ id, session }),
      (error: unknown) => isCurrent && setState({ id, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [id, load]);
  return state.id === id ? { session: state.session, error: state.error } : { session: undefined, error: undefined };
}

import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { DataChange } from '../../../shared/ipc/contract';
import { api } from '../lib/api';
import { applyChange } from './changes';

/**
 * A client whose data stays fresh until something says it changed: every mutation and every
 * `data:changed` push invalidates what it touched, so nothing polls and nothing needs Refresh.
 * No retries: the calls are local, and a failure should show its message at once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } } });
}

/** Runs `listener` on each change pushed by Node (including those made in another window). */
export function useDataChanges(listener: (change: DataChange) => void): void {
  useEffect(() => api.on('data:changed', listener), [listener]);
}

function ChangeListener() {
  const client = useQueryClient();
  useEffect(() => api.on('data:changed', (change) => void applyChange(client, change)), [client]);
  return null;
}

/** Gives the screens one query cache, kept current by Node's change events. */
export function DataProvider({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [own] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={own}>
      <ChangeListener />
      {children}
    </QueryClientProvider>
  );
}

/** The reads of the UI, one hook per resource, each under its own key (data/keys.ts). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api';
import { keys } from './keys';

/** The time zone Progress counts days in. */
const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Stored sessions (newest first) and the session folders that could not be read. */
export const useSessions = () => useQuery({ queryKey: keys.sessions, queryFn: () => api.listSessions() });

/** One stored session. */
export const useSession = (id: string) => useQuery({ queryKey: keys.session(id), queryFn: () => api.getSession({ id }) });

/** The Progress summary, with days counted in this computer's time zone. */
export const useProgress = () => useQuery({ queryKey: keys.progress, queryFn: () => api.progressSummary({ timeZone: timeZone() }) });

/** The stored settings. */
export const useSettings = () => useQuery({ queryKey: keys.settings, queryFn: () => api.getSettings() });

/** Each Whisper model: present, valid, size. */
export const useModelList = () => useQuery({ queryKey: keys.modelList, queryFn: () => api.modelsStatus() });

/** Whether the chosen speech model is installed, and what to do if not. */
export const useSpeechReadiness = () => useQuery({ queryKey: keys.speechReadiness, queryFn: () => api.speechStatus() });

/** Where the data lives and how much there is. */
export const useDataUsage = () => useQuery({ queryKey: keys.dataUsage, queryFn: () => api.dataLocation() });

/** The scenario cards (with last scores) and any scenario files that failed to load. */
export const useScenarios = () => useQuery({ queryKey: keys.scenarios, queryFn: () => api.listScenarios() });

/** Whether this host shows native file dialogs (Electron) or takes typed paths and uploads (browser mode). */
export function useDesktop(): { hasDialogs: boolean; isKnown: boolean } {
  const info = useQuery({ queryKey: keys.desktop, queryFn: () => api.dialogInfo(), staleTime: Infinity });
  return { hasDialogs: info.data?.hasDialogs ?? false, isKnown: info.data !== undefined };
}

/** A query's error as one plain sentence, or undefined. */
export const errorText = (error: unknown): string | undefined => (error == null ? undefined : error instanceof Error ? error.message : String(error));

import { api } from '../lib/api';
import { useAsync } from './useAsync';

/** Whether this host shows native file dialogs (Electron) or the UI should take typed paths and uploads (browser mode). */
export function useDesktop(): { hasDialogs: boolean; isKnown: boolean } {
  const info = useAsync(() => api.dialogInfo());
  return { hasDialogs: info.data?.hasDialogs ?? false, isKnown: info.data !== undefined };
}

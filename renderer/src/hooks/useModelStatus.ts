import { api } from '../lib/api';
import { useAsync } from './useAsync';

/** Whether a Whisper model is installed, and what to do if not. */
export function useModelStatus() {
  return useAsync(() => api.speechStatus());
}

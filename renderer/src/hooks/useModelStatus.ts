import { useEffect } from 'react';
import { api } from '../lib/api';
import { onModelsChanged } from '../lib/model-changes';
import { useAsync } from './useAsync';

/** Whether a Whisper model is installed, and what to do if not; re-read whenever Settings changes the models. */
export function useModelStatus() {
  const status = useAsync(() => api.speechStatus());
  useEffect(() => onModelsChanged(status.reload), [status.reload]);
  return status;
}

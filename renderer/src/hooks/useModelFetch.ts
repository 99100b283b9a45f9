import { useCallback, useEffect, useState } from 'react';
import type { ModelFetchProgress } from '../../../electron/domain/speech/types';
import type { ModelName } from '../../../electron/domain/settings/types';
import { api } from '../lib/api';

/** The state of a user-started model download: progress pushed by the fetch child, its outcome, and Cancel. */
export function useModelFetch(onInstalled: () => void) {
  const [progress, setProgress] = useState<ModelFetchProgress>();
  const [isRunning, setRunning] = useState(false);
  useEffect(() => api.on('models:fetch', setProgress), []);

  const start = useCallback(
    async (name: ModelName) => {
      setRunning(true);
      setProgress({ name, state: 'running', fraction: null, message: `Starting the download of ${name}…` });
      try {
        await api.fetchModel({ name });
        setProgress({ name, state: 'done', fraction: 1, message: `${name} is downloaded and installed. You can choose it now.` });
        onInstalled();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setProgress({ name, state: message.includes('was cancelled') ? 'cancelled' : 'failed', fraction: null, message });
      } finally {
        setRunning(false);
      }
    },
    [onInstalled],
  );
  const cancel = useCallback(() => void api.cancelModelFetch(), []);
  return { progress, isRunning, start, cancel };
}

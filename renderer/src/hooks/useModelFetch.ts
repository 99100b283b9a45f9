import { useCallback, useEffect, useState } from 'react';
import type { ModelFetchProgress } from '../../../shared/types/speech';
import type { ModelName } from '../../../shared/types/settings';
import { api } from '../lib/api';

/**
 * A user-started model download: the progress the fetch child pushes, its outcome, and Cancel.
 * State follows the pushed events, so leaving Settings and coming back mid-download still shows
 * the download and its Cancel button, and the model list refreshes when it is installed.
 */
export function useModelFetch(onInstalled: () => void) {
  const [progress, setProgress] = useState<ModelFetchProgress>();
  // `onInstalled` should be stable (a useCallback), or the subscription is renewed each render.
  useEffect(
    () =>
      api.on('models:fetch', (event) => {
        setProgress(event);
        if (event.state === 'done') onInstalled();
      }),
    [onInstalled],
  );

  const start = useCallback(async (name: ModelName) => {
    setProgress({ name, state: 'running', fraction: null, message: `Starting the download of ${name}…` });
    try {
      await api.fetchModel({ name });
      setProgress({ name, state: 'done', fraction: 1, message: `${name} is downloaded and installed. You can choose it now.` });
      onInstalled();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setProgress({ name, state: message.includes('was cancelled') ? 'cancelled' : 'failed', fraction: null, message });
    }
  }, [onInstalled]);
  const cancel = useCallback(() => void api.cancelModelFetch(), []);
  return { progress, isRunning: progress?.state === 'running', start, cancel };
}

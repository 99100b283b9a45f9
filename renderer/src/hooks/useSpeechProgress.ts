import { useEffect, useState } from 'react';
import type { SpeechProgress } from '../../../shared/types/speech';
import { api } from '../lib/api';

/** The latest progress pushed by the speech worker while `isActive`. */
export function useSpeechProgress(isActive: boolean): SpeechProgress | undefined {
  const [progress, setProgress] = useState<SpeechProgress>();
  useEffect(() => {
    if (!isActive) return;
    const off = api.on('speech:progress', setProgress);
    return () => {
      off();
      setProgress(undefined);
    };
  }, [isActive]);
  return progress;
}

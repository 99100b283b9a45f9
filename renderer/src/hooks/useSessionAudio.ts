import { useEffect, useState } from 'react';
import { api } from '../lib/api';

/**
 * One reply's WAV as a Blob. A Blob rather than a blob: URL because the page's CSP lets it
 * connect only to its own origin, so wavesurfer must not fetch() a URL; it decodes the Blob.
 */
export function useSessionAudio(id: string, file: string | undefined): { blob: Blob | undefined; error: string | undefined } {
  const [state, setState] = useState<{ key?: string; blob?: Blob; error?: string }>({});
  const key = `${id}/${file}`;
  useEffect(() => {
    if (!file) return;
    let isCurrent = true;
    api.getSessionAudio({ id, file }).then(
      ({ bytes }) => {
        if (isCurrent) setState({ key, blob: new Blob([bytes], { type: 'audio/wav' }) });
      },
      (error: unknown) => isCurrent && setState({ key, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [id, file, key]);
  return state.key === key ? { blob: state.blob, error: state.error } : { blob: undefined, error: undefined };
}

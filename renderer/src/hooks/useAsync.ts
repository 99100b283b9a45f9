import { useCallback, useEffect, useState } from 'react';

/** The state of one async load. */
export interface AsyncState<T> {
  data: T | undefined;
  error: string | undefined;
  isLoading: boolean;
  reload(): void;
}

/** Runs `load` on mount (and on `reload()`), tracking its result and error. */
export function useAsync<T>(load: () => Promise<T>): AsyncState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [isLoading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    load().then(
      (value) => {
        if (!isCurrent) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (reason: unknown) => {
        if (!isCurrent) return;
        setError(reason instanceof Error ? reason.message : String(reason));
        setLoading(false);
      },
    );
    return () => {
      isCurrent = false;
    };
    // `load` is a module-level API call; re-running is driven by `generation` only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, isLoading, reload };
}

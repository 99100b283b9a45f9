/**
 * Screens stay mounted, so a screen that read the model status once would keep showing "no
 * speech model" after a fetch or import in Settings. Settings announces each change here and
 * every status reader re-reads.
 */
const listeners = new Set<() => void>();

/** Says that the installed models or the chosen model changed. */
export function announceModelsChanged(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` after each change; returns the unsubscribe function. */
export function onModelsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

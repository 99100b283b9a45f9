/**
 * A stand-in for the renderer's `api` in component tests: each method answers from a handler the
 * test sets (unset methods reject with a plain message), and `push` plays a Node event.
 */
import type { AttuneApi, EventMap } from '../../../shared/ipc/contract';

type Methods = Omit<AttuneApi, 'on'>;
type Handlers = { [M in keyof Methods]?: (...args: Parameters<Methods[M]>) => ReturnType<Methods[M]> | Awaited<ReturnType<Methods[M]>> };

const handlers: Handlers = {};
const listeners = new Map<string, Set<(payload: unknown) => void>>();
/** Every call made, in order: method name and request. */
export const calls: { method: string; request: unknown }[] = [];

/** The fake API object (stable across tests; its behaviour is reset by `resetFake`). */
export const fakeApi = new Proxy({} as AttuneApi, {
  get(_target, name: string) {
    if (name === 'on') {
      return (event: string, listener: (payload: unknown) => void) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(listener);
        return () => listeners.get(event)?.delete(listener);
      };
    }
    return async (request?: unknown) => {
      calls.push({ method: name, request });
      const handler = handlers[name as keyof Methods] as ((request?: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`The test gave no answer for ${name}.`);
      return handler(request);
    };
  },
});

/** Sets how some methods answer. */
export function answer(next: Handlers): void {
  Object.assign(handlers, next);
}

/** Pushes an event as Node would. */
export function push<E extends keyof EventMap>(event: E, payload: EventMap[E]): void {
  for (const listener of listeners.get(event) ?? []) listener(payload);
}

/** Forgets all answers, calls and listeners. */
export function resetFake(): void {
  for (const key of Object.keys(handlers)) delete handlers[key as keyof Methods];
  listeners.clear();
  calls.length = 0;
}

/** A promise the test settles later (to hold a screen in its loading state). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Each named method of the renderer's API and the channel it invokes, derived from the channel
 * declarations: the Electron preload and the browser bridge both bind the API through `bindApi`.
 * Pure: no Node, no DOM.
 */
import { CHANNELS } from './channels';
import type { AttuneApi, Channel, MethodNameOf } from './contract';

/** Method name → channel, e.g. `getSession: 'sessions:get'`. */
export const API_METHODS = Object.fromEntries(Object.entries(CHANNELS).map(([name, spec]) => [spec.method, name])) as {
  [K in Channel as MethodNameOf<K>]: K;
};

/** Builds the named-method API over one transport's `invoke` and `on` (IPC or HTTP). */
export function bindApi(invoke: (channel: Channel, request: unknown) => Promise<unknown>, on: AttuneApi['on']): AttuneApi {
  const api: Record<string, unknown> = { on };
  for (const [name, channel] of Object.entries(API_METHODS)) {
    api[name] = (request?: unknown) => invoke(channel, request);
  }
  return api as AttuneApi;
}

/**
 * The same API as the Electron preload, over the loopback dev host: `POST /api/<channel>` for
 * requests and server-sent events for pushes. Used only when `window.attune` is absent.
 */
import type { ArgsOf, Channel, EventMap, ResponseOf } from '../../../shared/ipc/contract';
 
import { bindApi } from '../../../shared/ipc/methods';
 
import { encodeBinary, reviveBinary } from '../../../shared/ipc/wire';

async function invoke<K extends Channel>(channel: K, ...args: ArgsOf<K>): Promise<ResponseOf<K>> {
  const response = await fetch(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args[0] ?? null, encodeBinary),
  });
  const body = JSON.parse(await response.text(), reviveBinary) as { result?: ResponseOf<K>; error?: string };
  if (body.error !== undefined) throw new Error(body.error);
  return body.result as ResponseOf<K>;
}

let events: EventSource | undefined;

function on<E extends keyof EventMap>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  events ??= new EventSource('/api/events');
  const handler = (message: MessageEvent<string>): void => listener(JSON.parse(message.data, reviveBinary) as EventMap[E]);
  events.addEventListener(event, handler);
  return () => events?.removeEventListener(event, handler);
}

/** The HTTP implementation of the contract. */
export const httpApi = bindApi((channel, request) => invoke(channel, ...([request] as ArgsOf<typeof channel>)), on);

/**
 * The same API as the Electron preload, over the loopback dev host: `POST /api/<channel>` for
 * requests and server-sent events for pushes. Used only when `window.attune` is absent.
 */
import type { ArgsOf, AttuneApi, Channel, EventMap, ResponseOf } from '../../../electron/ipc/contract';
import { encodeTypedArrays } from './wire';

async function invoke<K extends Channel>(channel: K, ...args: ArgsOf<K>): Promise<ResponseOf<K>> {
  const response = await fetch(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args[0] ?? null, encodeTypedArrays),
  });
  const body = (await response.json()) as { result?: ResponseOf<K>; error?: string };
  if (body.error !== undefined) throw new Error(body.error);
  return body.result as ResponseOf<K>;
}

let events: EventSource | undefined;

function on<E extends keyof EventMap>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  events ??= new EventSource('/api/events');
  const handler = (message: MessageEvent<string>): void => listener(JSON.parse(message.data) as EventMap[E]);
  events.addEventListener(event, handler);
  return () => events?.removeEventListener(event, handler);
}

/** The HTTP implementation of the contract. */
export const httpApi = {
  appStatus: () => invoke('app:status'),
  listScenarios: () => invoke('scenarios:list'),
  listSessions: () => invoke('sessions:list'),
  getSession: (req) => invoke('sessions:get', req),
  saveSessionCopy: (req) => invoke('sessions:saveCopy', req),
  startPractice: (req) => invoke('practice:start', req),
  analyze: (req) => invoke('practice:analyze', req),
  reply: (req) => invoke('practice:reply', req),
  endPractice: (req) => invoke('practice:end', req),
  speechStatus: () => invoke('speech:status'),
  transcribe: (req) => invoke('speech:transcribe', req),
  getSessionAudio: (req) => invoke('sessions:audio', req),
  exportSession: (req) => invoke('sessions:export', req),
  importSession: (req) => invoke('sessions:import', req),
  deleteSession: (req) => invoke('sessions:delete', req),
  progressSummary: (req) => invoke('progress:summary', req),
  getSettings: () => invoke('settings:get'),
  setSettings: (req) => invoke('settings:set', req),
  dataLocation: () => invoke('data:location'),
  deleteAllData: (req) => invoke('data:deleteAll', req),
  modelsStatus: () => invoke('models:status'),
  importModel: (req) => invoke('models:import', req),
  on,
} satisfies AttuneApi;

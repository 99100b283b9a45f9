/**
 * The narrow bridge: one named method per operation of the contract, nothing generic. The only
 * file in the renderer process that touches `ipcRenderer`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ArgsOf, AttuneApi, Channel, EventMap, ResponseOf } from '../ipc/contract';

const EVENT_CHANNEL = 'attune:event';

function invoke<K extends Channel>(channel: K, ...args: ArgsOf<K>): Promise<ResponseOf<K>> {
  return ipcRenderer.invoke(channel, args[0]) as Promise<ResponseOf<K>>;
}

function on<E extends keyof EventMap>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  const handler = (_e: Electron.IpcRendererEvent, name: string, payload: unknown): void => {
    if (name === event) listener(payload as EventMap[E]);
  };
  ipcRenderer.on(EVENT_CHANNEL, handler);
  return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
}

const api = {
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

contextBridge.exposeInMainWorld('attune', api);

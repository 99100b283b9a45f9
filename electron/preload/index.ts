/**
 * The narrow bridge: one named method per operation of the contract, nothing generic. The only
 * file in the renderer process that touches `ipcRenderer`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ArgsOf, Channel, EventMap, ResponseOf } from '../../shared/ipc/contract';
import { bindApi } from '../../shared/ipc/methods';

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

const api = bindApi((channel, request) => invoke(channel, ...([request] as ArgsOf<typeof channel>)), on);

contextBridge.exposeInMainWorld('attune', api);

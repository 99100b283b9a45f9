/**
 * Each named method of the renderer's API and the channel it invokes: the one list from which the
 * `AttuneApi` type, the Electron preload and the browser bridge are all derived. Pure: no Node, no DOM.
 */
import type { AttuneApi, Channel } from './contract';

export const API_METHODS = {
  appStatus: 'app:status',
  listScenarios: 'scenarios:list',
  listSessions: 'sessions:list',
  getSession: 'sessions:get',
  saveSessionCopy: 'sessions:saveCopy',
  startPractice: 'practice:start',
  analyze: 'practice:analyze',
  reply: 'practice:reply',
  endPractice: 'practice:end',
  chooseAttempt: 'practice:choose',
  predictScore: 'practice:predict',
  speechStatus: 'speech:status',
  transcribe: 'speech:transcribe',
  getSessionAudio: 'sessions:audio',
  exportSession: 'sessions:export',
  importSession: 'sessions:import',
  deleteSession: 'sessions:delete',
  progressSummary: 'progress:summary',
  getSettings: 'settings:get',
  setSettings: 'settings:set',
  dataLocation: 'data:location',
  deleteAllData: 'data:deleteAll',
  modelsStatus: 'models:status',
  importModel: 'models:import',
  openFolder: 'data:openFolder',
  dialogInfo: 'dialog:info',
  pickPath: 'dialog:pick',
  fetchModel: 'models:fetch',
  cancelModelFetch: 'models:cancelFetch',
  importSessionUpload: 'sessions:importUpload',
  exportSessionTo: 'sessions:exportTo',
  zipSession: 'sessions:zip',
  getLineAudio: 'scenarios:lineAudio',
} as const satisfies Record<string, Channel>;

/** Builds the named-method API over one transport's `invoke` and `on` (IPC or HTTP). */
export function bindApi(invoke: (channel: Channel, request: unknown) => Promise<unknown>, on: AttuneApi['on']): AttuneApi {
  const api: Record<string, unknown> = { on };
  for (const [name, channel] of Object.entries(API_METHODS)) {
    api[name] = (request?: unknown) => invoke(channel, request);
  }
  return api as unknown as AttuneApi;
}

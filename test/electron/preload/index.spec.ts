/** The preload as the sandboxed page sees it: one `attune` object of named methods, nothing generic. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recorded } from '../../helpers/electron-mock';
import { API_METHODS } from '../../../shared/ipc/methods';

vi.mock('electron', () => import('../../helpers/electron-mock').then((m) => m.electron));

await import('../../../electron/preload/index');
const api = recorded.exposed.get('attune') as Record<string, (...args: unknown[]) => unknown>;

describe('the preload bridge', () => {
  beforeEach(() => void (recorded.rendererInvokes.length = 0));

  it('exposes exactly one object, `attune`, holding exactly the API methods and `on`', () => {
    expect([...recorded.exposed.keys()]).toEqual(['attune']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(API_METHODS), 'on'].sort());
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
    // Nothing generic: no invoke(channel), no ipcRenderer, no send.
    for (const name of ['invoke', 'send', 'ipcRenderer', 'sendSync']) expect(api).not.toHaveProperty(name);
  });

  it('sends each method on its own channel with its one argument', async () => {
    await api.listSessions!();
    await api.getSession!({ id: 'abc' });
    await api.transcribe!({ samples: new Float32Array(1) });
    expect(recorded.rendererInvokes).toEqual([
      [API_METHODS.listSessions, undefined],
      [API_METHODS.getSession, { id: 'abc' }],
      [API_METHODS.transcribe, { samples: new Float32Array(1) }],
    ]);
    // Extra arguments never reach main: one request object per call.
    await api.getSession!({ id: 'a' }, 'extra');
    expect(recorded.rendererInvokes.at(-1)).toEqual([API_METHODS.getSession, { id: 'a' }]);
  });

  it('delivers only the subscribed event and stops when unsubscribed', () => {
    const heard: unknown[] = [];
    const off = api.on!('data:changed', (payload: unknown) => heard.push(payload)) as () => void;
    const listeners = [...recorded.rendererListeners.get('attune:event')!];
    expect(listeners).toHaveLength(1);
    const deliver = (name: string, payload: unknown) => (listeners[0] as (...args: unknown[]) => void)({}, name, payload);
    deliver('data:changed', { kind: 'settings' });
    deliver('models:progress', { part: 1 });
    expect(heard).toEqual([{ kind: 'settings' }]);
    off();
    expect(recorded.rendererListeners.get('attune:event')!.size).toBe(0);
  });
});

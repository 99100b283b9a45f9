/** IPC as Electron would deliver it: every contract channel registered, and calls from anything but the app's main frame refused. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, recorded, resetElectron } from '../../helpers/electron-mock';
import { tempDir } from '../../helpers/temp-dir';

vi.mock('electron', () => import('../../helpers/electron-mock').then((m) => m.electron));
const { registerIpc, eventSender, EVENT_CHANNEL } = await import('../../../electron/main/ipc');
const { createAppContext } = await import('../../../electron/features/context');
const { API_METHODS } = await import('../../../shared/ipc/methods');

const REFUSED = 'Refused: this call did not come from the Attune window.';

/** An invoke event from `frame` inside web contents showing `pageUrl`. */
function eventFrom(pageUrl: string, frame: 'main' | { url: string } | null = 'main') {
  const sender = new FakeWebContents(pageUrl);
  return { sender, senderFrame: frame === 'main' ? sender.mainFrame : frame };
}

describe('registerIpc', () => {
  let call: (channel: string, event: unknown, request?: unknown) => Promise<unknown>;
  let dir: string;
  beforeEach(() => {
    resetElectron();
    dir = tempDir('attune-ipc-');
    registerIpc(createAppContext({ dataDir: dir, modelsDir: dir }));
    call = async (channel, event, request) => recorded.ipcHandlers.get(channel)!(event, request);
  });

  it('registers a handler for every method the renderer can call, and nothing else', () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual([...new Set(Object.values(API_METHODS))].sort());
  });

  it('serves a call from the app’s main frame', async () => {
    await expect(call('settings:get', eventFrom('app://attune/index.html'))).resolves.toHaveProperty('retentionDays');
  });

  it('refuses a call from a subframe, a foreign page, a foreign host or a vanished frame', async () => {
    await expect(call('settings:get', eventFrom('app://attune/index.html', { url: 'app://attune/index.html' }))).rejects.toThrow(REFUSED);
    await expect(call('settings:get', eventFrom('https://x.example/'))).rejects.toThrow(REFUSED);
    await expect(call('settings:get', eventFrom('app://evil/index.html'))).rejects.toThrow(REFUSED);
    await expect(call('settings:get', eventFrom('file:///tmp/index.html'))).rejects.toThrow(REFUSED);
    await expect(call('settings:get', eventFrom('app://attune/index.html', null))).rejects.toThrow(REFUSED);
  });

  it('refuses a destructive call from a foreign sender before it can touch anything', async () => {
    mkdirSync(join(dir, 'exports'));
    writeFileSync(join(dir, 'exports/keep.zip'), 'x');
    const confirm = { confirm: 'delete all' };
    await expect(call('data:deleteAll', eventFrom('https://x.example/'), confirm)).rejects.toThrow(REFUSED);
    await expect(call('data:deleteAll', eventFrom('app://attune/index.html', { url: 'https://ad.example/' }), confirm)).rejects.toThrow(REFUSED);
    expect(existsSync(join(dir, 'exports/keep.zip'))).toBe(true);
    // The same call from the app's own page goes through: the refusal above was the sender check.
    await expect(call('data:deleteAll', eventFrom('app://attune/index.html'), confirm)).resolves.toEqual({ deleted: 0 });
    expect(existsSync(join(dir, 'exports/keep.zip'))).toBe(false);
  });

  it('validates the arguments of a call it accepts', async () => {
    await expect(call('sessions:get', eventFrom('app://attune/index.html'), { id: 42 })).rejects.toThrow(/Invalid request for sessions:get/);
  });
});

describe('eventSender', () => {
  it('sends events on the one event channel to live windows only', () => {
    const live = new FakeWebContents();
    const gone = new FakeWebContents();
    gone.destroyed = true;
    eventSender(() => [live, gone] as never)('data:changed', { kind: 'settings' } as never);
    expect(live.sent).toEqual([[EVENT_CHANNEL, 'data:changed', { kind: 'settings' }]]);
    expect(gone.sent).toEqual([]);
  });
});

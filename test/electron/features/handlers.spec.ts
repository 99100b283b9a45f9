import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS } from '../../../shared/ipc/channels';
import { dispatch, handlers } from '../../../electron/features/handlers';
import { createAppContext } from '../../../electron/features/context';
import { appHandlers } from '../../../electron/features/app';
import { scenariosHandlers } from '../../../electron/features/scenarios';
import { sessionsHandlers } from '../../../electron/features/sessions';
import { practiceHandlers } from '../../../electron/features/practice';
import { speechHandlers } from '../../../electron/features/speech';
import { progressHandlers } from '../../../electron/features/progress';
import { settingsHandlers } from '../../../electron/features/settings';
import { dataHandlers } from '../../../electron/features/data';
import { foldersHandlers } from '../../../electron/features/folders';
import { modelsHandlers } from '../../../electron/features/models';
import { modelFetchHandlers } from '../../../electron/features/model-fetch';

describe('the handler table', () => {
  it('serves every declared channel, each from exactly one feature module (a module missing here fails too)', () => {
    const modules: object[] = [
      appHandlers,
      scenariosHandlers,
      sessionsHandlers,
      practiceHandlers,
      speechHandlers,
      progressHandlers,
      settingsHandlers,
      dataHandlers,
      foldersHandlers,
      modelsHandlers,
      modelFetchHandlers,
    ];
    const served = modules.flatMap((entries) => Object.keys(entries));
    expect(served.sort()).toEqual(Object.keys(CHANNELS).sort());
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(CHANNELS).sort());
  });

  it('serves every sessions:* channel from one module, sessions.ts', () => {
    const declared = Object.keys(CHANNELS).filter((name) => name.startsWith('sessions:'));
    expect(declared.length).toBeGreaterThan(0);
    expect(Object.keys(sessionsHandlers).sort()).toEqual(declared.sort());
  });

  it('refuses an unknown channel and a request its schema refuses, in one sentence, before any feature runs', async () => {
    const ctx = createAppContext({ dataDir: await mkdtemp(join(tmpdir(), 'attune-handlers-')), modelsDir: '/nonexistent' });
    await expect(dispatch(ctx, 'sessions:rm', { id: 'a' })).rejects.toThrow('Unknown channel "sessions:rm".');
    await expect(dispatch(ctx, 'toString', undefined)).rejects.toThrow('Unknown channel');
    await expect(dispatch(ctx, 'sessions:get', { id: 'a', extra: 1 })).rejects.toThrow(/^Invalid request for sessions:get: /);
    await expect(dispatch(ctx, 'sessions:list', { id: 'a' })).rejects.toThrow(/^Invalid request for sessions:list/);
    await expect(dispatch(ctx, 'sessions:list', null)).resolves.toEqual({ sessions: [], problems: [] });
  });
});

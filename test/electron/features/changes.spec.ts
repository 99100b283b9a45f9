import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createAppContext } from '../../../electron/features/context';
import { dispatch } from '../../../electron/features/handlers';
import type { DataChange, EventMap, PracticeView } from '../../../shared/ipc/contract';
import { tempDir } from '../../helpers/temp-dir';

/** An app context whose pushed `data:changed` events are collected. */
function recordingContext() {
  const dir = tempDir('attune-changes-');
  const changes: DataChange[] = [];
  const emit = <E extends keyof EventMap>(event: E, payload: EventMap[E]): void => {
    if (event === 'data:changed') changes.push(payload as DataChange);
  };
  return { ctx: createAppContext({ dataDir: dir, modelsDir: join(dir, 'models'), emit }), changes };
}

describe('data:changed events', () => {
  it('follow each call that changes stored data, naming the sessions, and never a read', async () => {
    const { ctx, changes } = recordingContext();
    const view = (await dispatch(ctx, 'practice:start', { scenarioId: 'conflict-its-nothing' })) as PracticeView;
    await dispatch(ctx, 'practice:reply', { sessionId: view.sessionId, text: 'That sounds hard. What happened?' });
    await dispatch(ctx, 'sessions:list', undefined);
    await dispatch(ctx, 'progress:summary', { timeZone: 'UTC' });
    await dispatch(ctx, 'sessions:delete', { id: view.sessionId });
    await dispatch(ctx, 'settings:set', { retentionDays: 30 });
    await dispatch(ctx, 'data:deleteAll', { confirm: 'delete all' });
    expect(changes).toEqual([
      { what: 'session-saved', ids: [view.sessionId] },
      { what: 'session-saved', ids: [view.sessionId] },
      { what: 'session-deleted', ids: [view.sessionId] },
      { what: 'settings-changed', ids: [] },
      { what: 'all-deleted' },
    ]);
  });

  it('are not pushed when a call fails', async () => {
    const { ctx, changes } = recordingContext();
    await expect(dispatch(ctx, 'data:deleteAll', { confirm: 'nope' })).rejects.toThrow();
    await expect(dispatch(ctx, 'sessions:delete', { id: 'missing' })).rejects.toThrow();
    expect(changes).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createAppContext } from '../../../electron/features/context';
import { forgetLive, keepLive, LIVE_SESSIONS_KEPT, liveSessions, type LiveSession } from '../../../electron/features/live';

const ctx = () => createAppContext({ dataDir: '/nonexistent/attune', modelsDir: '/nonexistent/models' });
const live = (id: string, unsavedWav = false, saved = true): LiveSession & { saved: boolean } => ({
  session: { schemaVersion: 1, id, scenarioId: 's', scenarioTitle: 'S', startedAt: '2026-11-23T10:00:00.000Z', turns: [] },
  audio: new Map(unsavedWav ? [['turn-0-a.wav', new Uint8Array(4)]] : []),
  conversation: undefined,
  saved,
});
const isSaved = (l: LiveSession) => (l as LiveSession & { saved: boolean }).saved;

describe('live sessions in memory', () => {
  it('never drops a session holding an unsaved recording or an unsaved file', () => {
    const c = ctx();
    keepLive(c, live('wav', true), isSaved);
    keepLive(c, live('file', false, false), isSaved);
    for (let i = 0; i < LIVE_SESSIONS_KEPT + 2; i++) keepLive(c, live(`s${i}`), isSaved);
    const ids = [...liveSessions(c).keys()];
    expect(ids.slice(0, 2)).toEqual(['wav', 'file']);
    expect(ids.slice(2)).toEqual(['s4', 's5']);
  });

  it('counts use, not creation: a session used again moves to the end', () => {
    const c = ctx();
    const first = live('first');
    keepLive(c, first, isSaved);
    for (let i = 0; i < LIVE_SESSIONS_KEPT - 1; i++) keepLive(c, live(`s${i}`), isSaved);
    keepLive(c, first, isSaved);
    keepLive(c, live('new'), isSaved);
    expect(liveSessions(c).has('first')).toBe(true);
    expect(liveSessions(c).has('s0')).toBe(false);
    forgetLive(c, ['first', 'unknown']);
    expect(liveSessions(c).has('first')).toBe(false);
  });
});

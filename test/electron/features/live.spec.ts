import { describe, expect, it } from 'vitest';
import { createAppContext } from '../../../electron/features/context';
import { forgetLive, keepLive, LIVE_SESSIONS_KEPT, liveSessions, type LiveSession } from '../../../electron/features/live';
import { appConversationDeps } from '../../../electron/features/practice';
import { Conversation } from '../../../electron/domain/sessions/conversation';
import { loadScenarios } from '../../../electron/storage/scenarios';

const ctx = () => createAppContext({ dataDir: '/nonexistent/attune', modelsDir: '/nonexistent/models' });
const scenario = loadScenarios().scenarios[0]!;
const live = (id: string, unsavedWav = false, saved = true): LiveSession => {
  const conversation = Conversation.start(scenario, id, appConversationDeps);
  return { session: conversation.session, conversation, audio: new Map(unsavedWav ? [['turn-0-a.wav', new Uint8Array(4)]] : []), storage: { saved } };
};

describe('live sessions in memory', () => {
  it('never drops a session holding an unsaved recording or an unsaved file', () => {
    const c = ctx();
    keepLive(c, live('wav', true));
    keepLive(c, live('file', false, false));
    for (let i = 0; i < LIVE_SESSIONS_KEPT + 2; i++) keepLive(c, live(`s${i}`));
    const ids = [...liveSessions(c).keys()];
    expect(ids.slice(0, 2)).toEqual(['wav', 'file']);
    expect(ids.slice(2)).toEqual(['s4', 's5']);
  });

  it('counts use, not creation: a session used again moves to the end', () => {
    const c = ctx();
    const first = live('first');
    keepLive(c, first);
    for (let i = 0; i < LIVE_SESSIONS_KEPT - 1; i++) keepLive(c, live(`s${i}`));
    keepLive(c, first);
    keepLive(c, live('new'));
    expect(liveSessions(c).has('first')).toBe(true);
    expect(liveSessions(c).has('s0')).toBe(false);
    forgetLive(c, ['first', 'unknown']);
    expect(liveSessions(c).has('first')).toBe(false);
  });
});

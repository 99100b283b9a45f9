/**
 * The reply/delete race (issue #14): a reply still saving when its session is deleted used to
 * write the folder back (3 of 15 tries). Each round races one reply against one delete through
 * the real handlers. The reply is spoken, as in the probe: a stand-in speech service (Whisper is
 * not what is tested) answers after a random few milliseconds, and each store write is a little
 * late too, so the delete lands before, during and after the save; it must never come back.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../electron/features/context';
import { dispatch } from '../../electron/features/handlers';
import { setSlot } from '../../electron/features/slots';
import { SPEECH_SLOT } from '../../electron/features/speech';
import { createSessionStore, type SessionStore } from '../../electron/storage/sessions/store';
import type { SpeechService } from '../../electron/speech/service';
import type { PracticeView } from '../../shared/ipc/contract';

const ROUNDS = 200;
const REPLY = 'It sounds like that really hurt. What has it been like since then?';
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The real store, each write a little late (as a transcription or a slow disk would make it). */
function slowStore(dir: string): SessionStore {
  const real = createSessionStore(dir);
  return {
    ...real,
    list: () => real.list(),
    load: (id) => real.load(id),
    readAudio: (id, name) => real.readAudio(id, name),
    save: async (session) => {
      await pause(Math.random() * 3);
      return real.save(session);
    },
    saveAudio: async (id, name, wav) => {
      await pause(Math.random() * 3);
      return real.saveAudio(id, name, wav);
    },
  };
}

/** Transcribes any recording as REPLY after 0–4 ms, like a (very fast) Whisper. */
const standInSpeech: SpeechService = {
  async transcribe(samples) {
    await pause(Math.random() * 4);
    const durationSec = samples.length / 16_000;
    return { text: REPLY, segments: [{ start: 0, end: durationSec, text: REPLY }], words: [], wordTimestamps: 'estimated', model: 'tiny.en', noSpeech: false, durationSec };
  },
  modelStatus: async () => [],
  testLoad: async () => undefined,
  forget: async () => undefined,
  networkAttempts: async () => [],
  dispose: async () => undefined,
};

let dir: string;
let ctx: AppContext;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-race-'));
  ctx = createAppContext({ dataDir: dir, modelsDir: join(dir, 'models'), store: slowStore(join(dir, 'sessions')) });
  setSlot(ctx, SPEECH_SLOT, standInSpeech);
});
const recording = Float32Array.from({ length: 16_000 }, (_, i) => 0.2 * Math.sin(i / 10));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a reply racing a delete', () => {
  it(`never brings the deleted session back (${ROUNDS} rounds)`, async () => {
    const outcomes = { replySaved: 0, replyRefused: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const view = (await dispatch(ctx, 'practice:start', { scenarioId: 'conflict-its-nothing' })) as PracticeView;
      const id = view.sessionId;
      const [reply, deletion] = await Promise.allSettled([
        dispatch(ctx, 'practice:reply', { sessionId: id, audio: recording }),
        pause(Math.random() * 6).then(() => dispatch(ctx, 'sessions:delete', { id })),
      ]);
      expect(deletion.status).toBe('fulfilled');
      if (reply.status === 'fulfilled') outcomes.replySaved++;
      else {
        outcomes.replyRefused++;
        expect((reply.reason as Error).message).toMatch(/was deleted while the reply was being scored|no longer open/);
      }
      // Wait out anything still queued, then the folder must be gone for good.
      await pause(10);
      expect(await readdir(join(dir, 'sessions'))).not.toContain(id);
      // And a later reply cannot write it back either.
      await expect(dispatch(ctx, 'practice:reply', { sessionId: id, text: REPLY })).rejects.toThrow(/no longer open/);
    }
    expect(await readdir(join(dir, 'sessions'))).toEqual([]);
    // Both orders happened, so the race was really run.
    expect(outcomes.replySaved).toBeGreaterThan(0);
    expect(outcomes.replyRefused).toBeGreaterThan(0);
  }, 120_000);
});

describe('choosing an attempt racing a delete', () => {
  it(`never brings the deleted session back (${ROUNDS / 4} rounds)`, async () => {
    const outcomes = { chosen: 0, refused: 0 };
    for (let round = 0; round < ROUNDS / 4; round++) {
      const view = (await dispatch(ctx, 'practice:start', { scenarioId: 'conflict-its-nothing' })) as PracticeView;
      const id = view.sessionId;
      const first = (await dispatch(ctx, 'practice:reply', { sessionId: id, text: REPLY })) as { attempt: { id: string } };
      await dispatch(ctx, 'practice:reply', { sessionId: id, text: 'Tell me more?', redo: true });
      const [choice, deletion] = await Promise.allSettled([
        dispatch(ctx, 'practice:choose', { sessionId: id, attemptId: first.attempt.id }),
        pause(Math.random() * 6).then(() => dispatch(ctx, 'sessions:delete', { id })),
      ]);
      expect(deletion.status).toBe('fulfilled');
      if (choice.status === 'fulfilled') outcomes.chosen++;
      else {
        outcomes.refused++;
        expect((choice.reason as Error).message).toMatch(/deleted|no longer open/);
      }
      await pause(10);
      expect(await readdir(join(dir, 'sessions'))).not.toContain(id);
    }
    // The choice ran before the delete at least once (a refusal is rare: the choice is queued first).
    expect(outcomes.chosen).toBeGreaterThan(0);
  }, 120_000);
});

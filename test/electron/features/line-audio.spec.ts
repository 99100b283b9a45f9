import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext, type AppContext } from '../../../electron/features/context';
import { dispatch } from '../../../electron/features/handlers';
import { createSessionStore } from '../../../electron/storage/sessions/store';
import { MAX_RECORDING_BYTES } from '../../../electron/storage/scenarios';
import type { LineAudio, PracticeView, ReplyResult } from '../../../shared/ipc/contract';

const minimal = readFileSync('test/fixtures/scenarios/valid/minimal.yaml', 'utf8');
const wav = readFileSync('test/fixtures/scenarios/valid/audio/almost.wav');
const KIND = 'It sounds like today has been really heavy for you. What has it been like?';

let dir: string;
let ctx: AppContext;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'attune-line-audio-'));
  // A user scenario one folder down, beside its recordings; its opening line is recorded.
  const scenarioDir = join(dir, 'data', 'scenarios', 'voiced');
  mkdirSync(join(scenarioDir, 'audio'), { recursive: true });
  writeFileSync(join(scenarioDir, 'audio', 'almost.wav'), wav);
  writeFileSync(join(scenarioDir, 'audio', 'hi.wav'), wav);
  writeFileSync(join(scenarioDir, 'voiced.yaml'), minimal.replace('  line: "Hi."', '  line: { text: "Hi.", audio: audio/hi.wav }'));
  writeFileSync(join(dir, 'secret.wav'), wav);
  ctx = createAppContext({ dataDir: join(dir, 'data'), modelsDir: join(dir, 'models'), scenariosDir: join(dir, 'data', 'scenarios') });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const call = <T>(channel: string, request: unknown) => dispatch(ctx, channel, request) as Promise<T>;

describe('scenarios:lineAudio', () => {
  it('names the recorded line in the practice view and the session, and serves its bytes', async () => {
    const view = await call<PracticeView>('practice:start', { scenarioId: 'minimal' });
    expect(view.partnerLine).toBe('Hi.');
    expect(view.partnerAudio).toBe('opening.line');

    const clip = await call<LineAudio>('scenarios:lineAudio', { scenarioId: 'minimal', line: view.partnerAudio });
    expect(clip.mimeType).toBe('audio/wav');
    expect(clip.text).toBe('Hi.');
    expect(Buffer.from(clip.bytes)).toEqual(wav);

    const session = await createSessionStore(join(dir, 'data', 'sessions')).load(view.sessionId);
    expect(session.turns[0]).toMatchObject({ partnerLine: 'Hi.', partnerAudio: 'opening.line' });

    // The next line (a text-only one) has no reference; Redo still knows the answered line's recording.
    const result = await call<ReplyResult>('practice:reply', { sessionId: view.sessionId, text: KIND });
    expect(result.answeredAudio).toBe('opening.line');
    expect(result.view.partnerAudio).toBeUndefined();
  });

  it('refuses paths, unknown scenarios and lines without a recording', async () => {
    for (const line of ['../secret.wav', '/etc/passwd', 'audio/hi.wav', 'levels.3[0]/../..', 'thoughts.judgment[0]', 'levels.9[0]']) {
      await expect(call('scenarios:lineAudio', { scenarioId: 'minimal', line })).rejects.toThrow(/Invalid request for scenarios:lineAudio: line must name a partner line/);
    }
    await expect(call('scenarios:lineAudio', { scenarioId: 'minimal', line: 'opening.line', path: '/etc/passwd' })).rejects.toThrow(/Invalid request/);
    await expect(call('scenarios:lineAudio', { scenarioId: 'nobody', line: 'opening.line' })).rejects.toThrow('There is no scenario "nobody".');
    await expect(call('scenarios:lineAudio', { scenarioId: 'minimal', line: 'levels.0[0]' })).rejects.toThrow('has no recording');
    await expect(call('scenarios:lineAudio', { scenarioId: 'grief-birthday', line: 'opening.line' })).rejects.toThrow('has no recording');
  });

  it('refuses a recording that grew past the size limit after loading', async () => {
    await call<PracticeView>('practice:start', { scenarioId: 'minimal' });
    truncateSync(join(dir, 'data', 'scenarios', 'voiced', 'audio', 'hi.wav'), MAX_RECORDING_BYTES + 10);
    await expect(call('scenarios:lineAudio', { scenarioId: 'minimal', line: 'opening.line' })).rejects.toThrow(/the limit is 8 MiB/);
  });
});

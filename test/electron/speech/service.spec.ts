import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeWav } from '../../../electron/domain/audio/wav';
import type { SpeechProgress, Transcript } from '../../../shared/types/speech';
import { createSpeechService } from '../../../electron/speech/service';
import { LONG_REPLY, concatWavs, makeTempDir, silentWav, speechWav } from '../../helpers/speech-wav';
import { TINY_WHISPER_DIR } from '../../helpers/tiny-whisper';

const tmp = makeTempDir();
const emptyModels = join(tmp.dir, 'models');
const service = createSpeechService({ modelsDir: emptyModels });
afterAll(async () => {
  await service.dispose();
  tmp.cleanup();
});
const load = (path: string) => decodeWav(readFileSync(path), path);

/** Checks what every transcript must satisfy, whatever the words. */
function expectWellFormed(t: Transcript, durationSec: number): void {
  expect(t.noSpeech).toBe(false);
  expect(t.text.length).toBeGreaterThan(0);
  expect(t.text).toBe(t.segments.map((s) => s.text).join(' '));
  expect(t.segments.length).toBeGreaterThan(0);
  let last = 0;
  for (const s of t.segments) {
    expect(s.start).toBeGreaterThanOrEqual(last - 1e-9);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(durationSec + 0.01);
    last = s.start;
  }
  expect(t.words.map((w) => w.text).join(' ')).toBe(t.text);
  expect(t.wordTimestamps).toBe('estimated');
  for (const w of t.words) expect(w.end).toBeGreaterThanOrEqual(w.start);
}

describe('speech service on the tiny Whisper fixture (real transformers.js pipeline)', () => {
  const padded = load(speechWav(join(tmp.dir, 'reply.wav'), 'That sounds really hard. What happened after that?', { rate: 44100, channels: 2, padSec: [1, 1] }));

  it('transcribes speech into timed segments on the original clock, deterministically, with the model kept warm', async () => {
    const first: SpeechProgress[] = [];
    const a = await service.transcribe(padded.samples, { model: TINY_WHISPER_DIR, onProgress: (p) => first.push(p) });
    expectWellFormed(a, padded.durationSec);
    expect(a.model).toBe(TINY_WHISPER_DIR);
    expect(a.durationSec).toBeCloseTo(padded.durationSec, 1);
    // Leading silence was trimmed, and times were shifted back onto the recording.
    expect(a.segments[0]!.start).toBeGreaterThan(0.5);
    expect(first.some((p) => p.stage === 'loading')).toBe(true);
    expect(first.at(-1)).toMatchObject({ stage: 'transcribing', fraction: 1 });

    const again: SpeechProgress[] = [];
    const b = await service.transcribe(padded.samples, { model: TINY_WHISPER_DIR, onProgress: (p) => again.push(p) });
    expect(b).toEqual(a);
    expect(again.some((p) => p.stage === 'loading')).toBe(false);
  });

  it('never runs Whisper on silence or steady noise', async () => {
    for (const noise of [0, 0.02]) {
      const quiet = load(silentWav(join(tmp.dir, `quiet-${noise}.wav`), 2.5, {}, noise));
      const progress: SpeechProgress[] = [];
      const t = await service.transcribe(quiet.samples, { model: TINY_WHISPER_DIR, onProgress: (p) => progress.push(p) });
      expect(t).toEqual({ text: '', segments: [], words: [], wordTimestamps: 'estimated', model: TINY_WHISPER_DIR, noSpeech: true, durationSec: 2.5 });
      expect(progress).toEqual([]);
    }
  });

  it('cuts audio over 30 s into overlapping windows and reports progress per window', async () => {
    const part = speechWav(join(tmp.dir, 'part.wav'), LONG_REPLY);
    const long = load(concatWavs(join(tmp.dir, 'long.wav'), [part, part], { rate: 16000 }));
    expect(long.durationSec).toBeGreaterThan(40);
    const progress: SpeechProgress[] = [];
    const t = await service.transcribe(long.samples, { model: TINY_WHISPER_DIR, onProgress: (p) => progress.push(p) });
    expectWellFormed(t, long.durationSec);
    const windows = Math.ceil(t.durationSec / 20);
    expect(progress.filter((p) => p.stage === 'transcribing' && p.fraction !== null && p.fraction > 0)).toHaveLength(windows);
    expect(progress.at(-1)?.message).toBe(`transcribed ${windows} of ${windows}`);
  });

  it('transcribes with all networking refused in the worker, and nothing tried to connect', async () => {
    const t = await service.transcribe(padded.samples, { model: TINY_WHISPER_DIR });
    expect(t.noSpeech).toBe(false);
    expect(await service.networkAttempts()).toEqual([]);
  });

  it('says plainly when the default model is not installed, and how to fix it', async () => {
    await expect(service.transcribe(padded.samples)).rejects.toThrow(
      `the tiny.en model is not installed (looked in ${join(emptyModels, 'Xenova/whisper-tiny.en')}); run "npm run -s attune -- models fetch tiny.en --record-hashes"`,
    );
    await expect(service.transcribe(padded.samples, { model: join(tmp.dir, 'no-such-model') })).rejects.toThrow(/is neither tiny\.en or base\.en nor an existing folder/);
  });

  it('lists the known models as not installed in an empty folder', async () => {
    const status = await service.modelStatus();
    expect(status.map((s) => [s.name, s.present, s.valid, s.isDefault])).toEqual([
      ['tiny.en', false, false, true],
      ['base.en', false, false, false],
    ]);
  });
});

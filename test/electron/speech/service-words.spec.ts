import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeWav } from '../../../electron/domain/audio/wav';
import type { SpeechProgress, Transcript } from '../../../shared/types/speech';
import { createSpeechService } from '../../../electron/speech/service';
import { LONG_REPLY, concatWavs, makeTempDir, speechWav } from '../../helpers/speech-wav';
import { TINY_WHISPER_ATTN_DIR, TINY_WHISPER_DIR, TINY_WHISPER_WORD_TIMES } from '../../helpers/tiny-whisper';

const tmp = makeTempDir();
const service = createSpeechService({ modelsDir: join(tmp.dir, 'models') });
afterAll(async () => {
  await service.dispose();
  tmp.cleanup();
});
const load = (path: string) => decodeWav(readFileSync(path), path);

/** Word times a transcript must satisfy whatever their source: its own words, in order, inside their segment and the audio. */
function expectWordsInBounds(t: Transcript, durationSec: number): void {
  expect(t.words.map((w) => w.text).join(' ')).toBe(t.text);
  let i = 0;
  let previousEnd = 0;
  for (const segment of t.segments) {
    for (const text of segment.text.split(' ')) {
      const word = t.words[i++]!;
      expect(word.text).toBe(text);
      expect(word.start).toBeGreaterThanOrEqual(Math.max(segment.start, previousEnd));
      expect(word.end).toBeGreaterThanOrEqual(word.start);
      expect(word.end).toBeLessThanOrEqual(segment.end);
      expect(word.end).toBeLessThanOrEqual(durationSec);
      previousEnd = word.end;
    }
  }
  expect(i).toBe(t.words.length);
}

describe('word timestamps (real transformers.js pipeline on the tiny fixtures)', () => {
  const padded = load(speechWav(join(tmp.dir, 'reply.wav'), 'That sounds really hard. What happened after that? Tell me more.', { rate: 48000, padSec: [1, 1] }));
  let plain: Transcript;
  beforeAll(async () => {
    plain = await service.transcribe(padded.samples, { model: TINY_WHISPER_DIR });
  });

  it("come from the model's cross-attentions when it has them: same text and segments, words where its alignment head put them", async () => {
    const t = await service.transcribe(padded.samples, { model: TINY_WHISPER_ATTN_DIR });
    expect(t.wordTimestamps).toBe('model');
    // Same weights as the plain fixture: only the word times differ.
    expect(t.text).toBe(plain.text);
    expect(t.segments).toEqual(plain.segments);
    expectWordsInBounds(t, padded.durationSec);
    // Times are on the recording's clock: the trimmed lead-in is added back, as for segments.
    const start = t.segments[0]!.start;
    expect(start).toBeGreaterThan(0.5);
    expect(t.words.map((w) => w.text)).toEqual(TINY_WHISPER_WORD_TIMES.map(([text]) => text));
    TINY_WHISPER_WORD_TIMES.forEach(([, from, to], i) => {
      // One encoder position (20 ms) of slack for the median filter and the time warping.
      expect(Math.abs(t.words[i]!.start - start - from)).toBeLessThanOrEqual(0.03);
      expect(Math.abs(t.words[i]!.end - start - to)).toBeLessThanOrEqual(0.03);
    });
    // Not the length-proportional spread the plain fixture gets.
    expect(t.words).not.toEqual(plain.words);
    expect(Math.abs(t.words[3]!.end - plain.words[3]!.end)).toBeGreaterThan(0.05);
  });

  it('are estimated from segments, and say so, for a model without cross-attention outputs', () => {
    expect(plain.wordTimestamps).toBe('estimated');
    expectWordsInBounds(plain, padded.durationSec);
  });

  it('are estimated, without a failing trial run, when only half of what they need is there', async () => {
    const warn = vi.spyOn(console, 'warn');
    // Alignment heads but a decoder without attention outputs; attention outputs but no alignment heads.
    const headsOnly = join(tmp.dir, 'heads-only');
    cpSync(TINY_WHISPER_DIR, headsOnly, { recursive: true });
    const generation = JSON.parse(readFileSync(join(headsOnly, 'generation_config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(headsOnly, 'generation_config.json'), JSON.stringify({ ...generation, alignment_heads: [[0, 1]] }));
    const outputsOnly = join(tmp.dir, 'outputs-only');
    cpSync(TINY_WHISPER_ATTN_DIR, outputsOnly, { recursive: true });
    const { alignment_heads: _, ...rest } = JSON.parse(readFileSync(join(outputsOnly, 'generation_config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(outputsOnly, 'generation_config.json'), JSON.stringify(rest));
    for (const model of [headsOnly, outputsOnly]) {
      const t = await service.transcribe(padded.samples, { model });
      expect(t.wordTimestamps).toBe('estimated');
      expect(t.words).toEqual(plain.words);
    }
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('fall back to estimated, with the reason logged, when the word run throws anyway; the transcription still succeeds', async () => {
    // An even median filter width passes every check but makes transformers.js throw inside the word run.
    const broken = join(tmp.dir, 'even-filter');
    cpSync(TINY_WHISPER_ATTN_DIR, broken, { recursive: true });
    const config = JSON.parse(readFileSync(join(broken, 'config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(broken, 'config.json'), JSON.stringify({ ...config, median_filter_width: 4 }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const t = await service.transcribe(padded.samples, { model: broken });
    expect(t.wordTimestamps).toBe('estimated');
    expect(t.segments).toEqual(plain.segments);
    expect(t.words).toEqual(plain.words);
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      `attune: word timestamps from ${broken} failed (Window size must be a positive odd number); word times are estimated from segments instead`,
    );
    warn.mockRestore();
  });

  it('work over 30 s: windows merged, every word inside its segment, progress per window', async () => {
    const part = speechWav(join(tmp.dir, 'part.wav'), LONG_REPLY);
    const long = load(concatWavs(join(tmp.dir, 'long.wav'), [part, part], { rate: 16000 }));
    expect(long.durationSec).toBeGreaterThan(40);
    const progress: SpeechProgress[] = [];
    const t = await service.transcribe(long.samples, { model: TINY_WHISPER_ATTN_DIR, onProgress: (p) => progress.push(p) });
    const plainLong = await service.transcribe(long.samples, { model: TINY_WHISPER_DIR });
    expect(t.wordTimestamps).toBe('model');
    expect(t.segments).toEqual(plainLong.segments);
    expectWordsInBounds(t, long.durationSec);
    // The fixture says the same words in every window; some of them are timed in a later window.
    expect(t.words.at(-1)!.start).toBeGreaterThan(20);
    const windows = Math.ceil(t.durationSec / 20);
    expect(progress.at(-1)?.message).toBe(`transcribed ${windows} of ${windows}`);
  });

  it('are computed with all networking refused in the worker, and nothing tried to connect', async () => {
    const t = await service.transcribe(padded.samples, { model: TINY_WHISPER_ATTN_DIR });
    expect(t.wordTimestamps).toBe('model');
    expect(await service.networkAttempts()).toEqual([]);
  });
});

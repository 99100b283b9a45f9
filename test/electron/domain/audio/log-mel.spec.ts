import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WhisperFeatureExtractor } from '@xenova/transformers';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { WhisperLogMel, type WhisperFeatureConfig } from '../../../../electron/domain/audio/log-mel';
import { decodeWav } from '../../../../electron/domain/audio/wav';
import { LONG_REPLY, makeTempDir, speechWav } from '../../../helpers/speech-wav';
import { TINY_WHISPER_DIR } from '../../../helpers/tiny-whisper';

/**
 * Our features must equal transformers.js's. Both compute in double precision and store
 * float32; they differ only by rounding in the FFT (theirs is a chirp-z transform), which
 * stays below one float32 step of the output (~6e-8 near 1). The stated bound is 1e-6.
 */
const TOLERANCE = 1e-6;

const tmp = makeTempDir('attune-log-mel-');
afterAll(tmp.cleanup);
const load = (path: string) => decodeWav(readFileSync(path), path).samples;
const preprocessor = JSON.parse(readFileSync(join(TINY_WHISPER_DIR, 'preprocessor_config.json'), 'utf8')) as Record<string, unknown>;

type Extractor = ((audio: Float32Array | Float64Array) => Promise<{ input_features: { data: Float32Array; dims: number[] } }>) & { config: WhisperFeatureConfig };
const theirs = new WhisperFeatureExtractor({ ...preprocessor }) as unknown as Extractor;
const ours = new WhisperLogMel(theirs.config);

/** Largest absolute difference between our features and transformers.js's for one clip. */
async function maxDiff(audio: Float32Array | Float64Array, extractor = theirs, mine = ours): Promise<number> {
  const expected = await extractor(audio);
  const actual = mine.compute(audio);
  expect(expected.input_features.dims).toEqual([1, 80, 3000]);
  expect(actual.length).toBe(expected.input_features.data.length);
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff = Math.max(diff, Math.abs(actual[i]! - expected.input_features.data[i]!));
  return diff;
}

/** `seconds` of audio made by repeating `source`. */
function repeated(source: Float32Array, samples: number): Float32Array {
  const out = new Float32Array(samples);
  for (let i = 0; i < samples; i += source.length) out.set(source.subarray(0, Math.min(source.length, samples - i)), i);
  return out;
}

describe('WhisperLogMel equals transformers.js WhisperFeatureExtractor', () => {
  const speech = load(speechWav(join(tmp.dir, 'speech.wav'), 'That sounds really hard. What happened after that?'));
  const long = load(speechWav(join(tmp.dir, 'long.wav'), LONG_REPLY));
  const padded = load(speechWav(join(tmp.dir, 'padded.wav'), 'I hear you.', { rate: 48000, channels: 2, padSec: [2, 3] }));
  // Silence-padded: exact zeros inside the clip give the same constant frames as the 30 s padding.
  const zeroPadded = new Float32Array(speech.length + 64000);
  zeroPadded.set(speech, 32000);

  const cases: [string, () => Float32Array | Float64Array][] = [
    ['espeak speech (about 3 s)', () => speech],
    ['speech with 2 s and 3 s of recorded silence around it (48 kHz stereo source)', () => padded],
    ['speech with 2 s of digital zeros on both sides', () => zeroPadded],
    ['very short: 0.25 s', () => speech.subarray(4000, 8000)],
    ['very short: 399 samples (less than one frame)', () => speech.subarray(8000, 8399)],
    ['very short: 1 sample', () => speech.subarray(8000, 8001)],
    ['empty', () => new Float32Array(0)],
    ['digital silence, 2 s', () => new Float32Array(32000)],
    ['quiet speech (-60 dB), where the max - 8 clamp bites', () => speech.map((x) => x * 1e-3)],
    ['exactly 30 s (480000 samples)', () => repeated(long, 480000)],
    ['479990 samples: the end reflection brings audio into the last frames', () => repeated(long, 479990)],
    ['over 30 s (35 s): only the first 30 s count', () => repeated(long, 560000)],
    ['Float64 input', () => Float64Array.from(speech)],
  ];
  it.each(cases)('%s', async (_, audio) => {
    // transformers.js warns when given more than 30 s; that is the case under test.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(await maxDiff(audio())).toBeLessThan(TOLERANCE);
    } finally {
      warn.mockRestore();
    }
  });

  it('uses the mel filters given in the config (as real Whisper preprocessor configs carry them)', async () => {
    // Reweighted filters: equality holds only if both sides use these and not a recomputed bank.
    const mel_filters = theirs.config.mel_filters.map((row, i) => Array.from(row, (w) => w * (1 + i / 40)));
    const custom = new WhisperFeatureExtractor({ ...preprocessor, mel_filters }) as unknown as Extractor;
    const mine = new WhisperLogMel(custom.config);
    expect(await maxDiff(speech, custom, mine)).toBeLessThan(TOLERANCE);
    expect(await maxDiff(speech, custom, ours)).toBeGreaterThan(0.01);
  });
});

describe('frames of padding', () => {
  it('computes only frames that touch audio: ceil((length + 200) / 160), and all 3000 near 30 s', () => {
    expect(ours.framesWithAudio(0)).toBe(0);
    expect(ours.framesWithAudio(1)).toBe(2);
    expect(ours.framesWithAudio(160000)).toBe(1002);
    expect(ours.framesWithAudio(479000)).toBe(2995);
    expect(ours.framesWithAudio(480000)).toBe(3000);
    expect(ours.framesWithAudio(900000)).toBe(3000);
  });

  it('gives every padding frame the constant (max(log10(float32(1e-10)), max - 8) + 4) / 4', async () => {
    const clip = load(speechWav(join(tmp.dir, 'short.wav'), 'Go on.'));
    const features = ours.compute(clip);
    const computed = ours.framesWithAudio(clip.length);
    // The loudest value before scaling, recovered from the scaled features.
    let maxScaled = -Infinity;
    for (const v of features) maxScaled = Math.max(maxScaled, v);
    const max = maxScaled * 4 - 4;
    const expected = Math.fround((Math.max(Math.log10(Math.fround(1e-10)), max - 8) + 4) / 4);
    const padding = new Set<number>();
    for (let m = 0; m < 80; m++) {
      for (let f = computed; f < 3000; f++) padding.add(features[m * 3000 + f]!);
    }
    expect([...padding]).toEqual([expected]);
    // Speech is far louder than the 1e-10 floor, so padding sits at the clamp: max - 8.
    expect(expected).toBeCloseTo((max - 8 + 4) / 4, 5);
  });

  it('refuses a config whose window gives fewer frames than nb_max_frames', () => {
    expect(() => new WhisperLogMel({ ...theirs.config, n_samples: 16000 })).toThrow(/fewer than nb_max_frames/);
  });
});

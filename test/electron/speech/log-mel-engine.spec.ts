import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Tensor, env, pipeline } from '@xenova/transformers';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { WhisperLogMel } from '../../../electron/domain/audio/log-mel';
import { decodeWav } from '../../../electron/domain/audio/wav';
import { installLogMel, type LogMelEngine } from '../../../electron/speech/transformers-adapter';
import { CHUNK_SEC, STRIDE_SEC } from '../../../electron/speech/protocol';
import { LONG_REPLY, concatWavs, makeTempDir, speechWav } from '../../helpers/speech-wav';
import { TINY_WHISPER_DIR } from '../../helpers/tiny-whisper';

/** Same bound as the feature-level test (test/electron/domain/audio/log-mel.spec.ts). */
const TOLERANCE = 1e-6;

const tmp = makeTempDir('attune-log-mel-engine-');
afterAll(() => tmp.cleanup());
const load = (path: string) => decodeWav(readFileSync(path), path).samples;

const short = load(speechWav(join(tmp.dir, 'short.wav'), 'That sounds really hard. What happened after that?', { rate: 48000, channels: 2, padSec: [0.5, 0.5] }));
const part = speechWav(join(tmp.dir, 'part.wav'), LONG_REPLY);
const long = load(concatWavs(join(tmp.dir, 'long.wav'), [part, part], { rate: 16000 }));

interface Asr {
  (audio: Float32Array, options: Record<string, unknown>): Promise<unknown>;
  processor: { feature_extractor: Parameters<typeof installLogMel>[0] };
  model: { generate(features: Tensor, options: unknown): Promise<unknown> };
}

describe('the transformers.js pipeline with Attune log-mel in place', () => {
  it('hands the encoder the same features and gives the same output, over 30 s windows too', async () => {
    env.allowRemoteModels = false;
    env.useFSCache = false;
    env.localModelPath = dirname(TINY_WHISPER_DIR) + '/';
    const asr = (await pipeline('automatic-speech-recognition', basename(TINY_WHISPER_DIR), { quantized: true, local_files_only: true })) as unknown as Asr;
    let engine: LogMelEngine = 'transformers';
    installLogMel(asr.processor.feature_extractor, Tensor, () => engine);
    const seen: Float32Array[] = [];
    const generate = asr.model.generate.bind(asr.model);
    asr.model.generate = (features, options) => {
      seen.push((features.data as Float32Array).slice());
      return generate(features, options);
    };
    const ours = vi.spyOn(WhisperLogMel.prototype, 'compute');
    const options = { return_timestamps: true, chunk_length_s: CHUNK_SEC, stride_length_s: STRIDE_SEC };

    for (const audio of [short, long]) {
      seen.length = 0;
      engine = 'transformers';
      const expected = await asr(audio, { ...options });
      const theirFeatures = seen.splice(0);
      ours.mockClear();
      engine = 'attune';
      const actual = await asr(audio, { ...options });
      expect(actual).toEqual(expected);
      expect(seen).toHaveLength(theirFeatures.length);
      expect(ours).toHaveBeenCalledTimes(theirFeatures.length);
      for (const [i, features] of seen.entries()) {
        let diff = 0;
        for (let j = 0; j < features.length; j++) diff = Math.max(diff, Math.abs(features[j]! - theirFeatures[i]![j]!));
        expect(diff).toBeLessThan(TOLERANCE);
      }
    }
    // The long clip really went through several 30 s windows.
    expect(seen.length).toBe(Math.ceil(long.length / ((CHUNK_SEC - 2 * STRIDE_SEC) * 16000)));
    ours.mockRestore();
  });
});

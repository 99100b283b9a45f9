/**
 * Contract: the transformers.js internals Attune patches (electron/speech/transformers-adapter.ts)
 * are there, with the shapes the patches rely on, in the installed version. An upgrade that
 * renames or reshapes one fails here, naming it, before it can fail quietly in a transcription.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Tensor, env, pipeline } from '@xenova/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWav } from '../../../electron/domain/audio/wav';
import { decodeSegments, decoderOutputNames, missingInternals, TRANSFORMERS_VERSION, type PipelineWindow, type WhisperPipeline } from '../../../electron/speech/transformers-adapter';
import { installWordTimestamps } from '../../../electron/speech/word-timestamps';
import { makeTempDir, speechWav } from '../../helpers/speech-wav';
import { TINY_WHISPER_ATTN_DIR } from '../../helpers/tiny-whisper';

const tmp = makeTempDir('attune-adapter-');
afterAll(() => tmp.cleanup());

let asr: WhisperPipeline;
beforeAll(async () => {
  env.allowRemoteModels = false;
  env.useFSCache = false;
  env.localModelPath = dirname(TINY_WHISPER_ATTN_DIR) + '/';
  asr = (await pipeline('automatic-speech-recognition', basename(TINY_WHISPER_ATTN_DIR), { quantized: true, local_files_only: true })) as unknown as WhisperPipeline;
});

describe('the transformers.js internals the adapter patches', () => {
  it('are those of the version the patches were written for', () => {
    const pkg = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@xenova/transformers/package.json'), 'utf8')) as { version: string };
    expect(pkg.version, `transformers-adapter.ts was written against ${TRANSFORMERS_VERSION}; re-check its three patches before upgrading`).toBe(TRANSFORMERS_VERSION);
  });

  it('are all present on a loaded Whisper pipeline', () => {
    expect(missingInternals(asr)).toEqual([]);
    expect(missingInternals({})).toContain('tokenizer._decode_asr');
  });

  it('keep the shapes the patches read: the decoder names its attention outputs; _decode_asr gives the pipeline’s own segments', async () => {
    expect(decoderOutputNames(asr).some((n) => n.startsWith('cross_attentions.'))).toBe(true);
    const wav = decodeWav(readFileSync(speechWav(join(tmp.dir, 'reply.wav'), 'It sounds really hard. Tell me more.')), 'reply.wav');
    const windows: PipelineWindow[] = [];
    const output = await asr(wav.samples, { return_timestamps: true, chunk_callback: (w: PipelineWindow) => windows.push({ tokens: w.tokens, stride: w.stride }) });
    expect(windows.length).toBeGreaterThan(0);
    expect(output.chunks?.length).toBeGreaterThan(0);
    expect(decodeSegments(asr, windows)).toEqual(output.chunks);
  });

  it('take the token-timestamp patch: the model then calls Attune’s function', () => {
    const original = asr.model._extract_token_timestamps;
    expect(installWordTimestamps(asr, Tensor)).toEqual({ available: true });
    expect(asr.model._extract_token_timestamps).not.toBe(original);
    expect(asr.model.config.median_filter_width).toBeGreaterThan(0);
  });
});

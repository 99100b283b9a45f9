/**
 * `npm run bench -- speech`: the extra cost of word timestamps. The same espeak-ng speech (5, 10,
 * 30 and 45 s, the last cut into windows) is transcribed by three tiny fixture models: the plain
 * one (no attention outputs), the attention fixture with its alignment_heads removed (attention
 * outputs computed but only segment timestamps asked for), and the attention fixture giving word
 * timestamps. Inference is the tiny test fixture, NOT Whisper tiny.en, and is labelled so.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Tensor, WhisperForConditionalGeneration } from '@xenova/transformers';
import { decodeWav } from '../electron/domain/audio/wav';
import { createSpeechService } from '../electron/speech/service';
import { tokenTimestamps, type TensorLike } from '../electron/speech/token-timestamps';
import { SAMPLE_RATE } from '../shared/audio';

const FIXTURES = resolve(import.meta.dirname, '../test/fixtures');
const TEXT = [
  'It sounds like this week has been really heavy for you.',
  'What has been the hardest part of it so far?',
  'I can hear how tired you are, and that makes sense.',
  'Tell me more about what happened at work.',
].join(' ');

/** Random cross-attentions with tiny.en's shape (4 decoder layers, 6 heads, 1500 positions), one step per token. */
function tinyEnShapedAttentions(tokens: number) {
  return Array.from({ length: tokens }, () =>
    Array.from({ length: 4 }, () => new Tensor('float32', Float32Array.from({ length: 6 * 1500 }, () => Math.random()), [1, 6, 1, 1500])),
  );
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'attune-bench-words-'));
  const loadBefore = loadavg()[0]!.toFixed(1);
  const service = createSpeechService({ modelsDir: join(dir, 'models') });
  try {
    // The attention fixture without alignment_heads: same ONNX files, so only the word step differs.
    const segmentsOnly = join(dir, 'tiny-whisper-attn-no-heads');
    cpSync(join(FIXTURES, 'tiny-whisper-attn'), segmentsOnly, { recursive: true });
    const generationPath = join(segmentsOnly, 'generation_config.json');
    const { alignment_heads: _, ...generation } = JSON.parse(readFileSync(generationPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(generationPath, JSON.stringify(generation));
    const models = [join(FIXTURES, 'tiny-whisper'), segmentsOnly, join(FIXTURES, 'tiny-whisper-attn')];

    const raw = join(dir, 'speech.wav');
    execFileSync('espeak-ng', ['-v', 'en-us', '-s', '160', '-w', raw, Array.from({ length: 6 }, () => TEXT).join(' ')]);
    const rows: string[][] = [];
    for (const seconds of [5, 10, 30, 45]) {
      const file = join(dir, `reply-${seconds}.wav`);
      execFileSync('sox', ['-D', raw, '-r', String(SAMPLE_RATE), '-c', '1', '-b', '16', file, 'trim', '0', String(seconds)]);
      const samples = decodeWav(readFileSync(file), file).samples;
      for (const model of models) {
        const first = await service.transcribe(samples, { model }); // warm: each model loads once
        if ((model === models[2]) !== (first.wordTimestamps === 'model')) throw new Error(`unexpected word timestamps from ${model}: ${first.wordTimestamps}`);
      }
      // Interleaved rounds, so a busy moment on the machine hits all three alike.
      // CPU time counts every thread of this process (the worker's included), so waiting for a busy core does not.
      const wall: number[][] = models.map(() => []);
      const cpu: number[][] = models.map(() => []);
      for (let round = 0; round < 7; round++) {
        for (const [i, model] of models.entries()) {
          const t = performance.now();
          const c = process.cpuUsage();
          await service.transcribe(samples, { model });
          const used = process.cpuUsage(c);
          wall[i]!.push(performance.now() - t);
          cpu[i]!.push((used.user + used.system) / 1000);
        }
      }
      const median = (r: number[]) => r.sort((a, b) => a - b)[3]!;
      const ms = wall.map(median);
      const cpuMs = cpu.map(median);
      const cell = (i: number) => `${ms[i]!.toFixed(1)} (${cpuMs[i]!.toFixed(1)})`;
      const windows = seconds > 30 ? Math.ceil(seconds / 20) : 1;
      const extra = (values: number[]) => `${(values[2]! - values[1]!).toFixed(1)} (${(((values[2]! - values[1]!) / values[1]!) * 100).toFixed(0)}%)`;
      rows.push([`${seconds} s (${windows} window${windows > 1 ? 's' : ''})`, cell(0), cell(1), cell(2), extra(ms), extra(cpuMs)]);
    }
    console.log('median wall ms (CPU ms) of a whole transcription (silence trim, worker round trip, log-mel, inference, decoding) on the tiny fixtures, 7 interleaved runs each');
    console.log(['audio', 'plain fixture (segments)', 'attn fixture, no alignment_heads (segments)', 'attn fixture (segments + words)', 'words extra, wall ms', 'words extra, CPU ms'].join(' | '));
    for (const r of rows) console.log(r.join(' | '));
    console.log('model: the committed tiny Whisper-architecture fixtures (d_model 64, 1+1 layers, 1 alignment head, 10 words per window), NOT tiny.en;');
    console.log('the word step (attention gathering, median filter, time warping over tokens x audio positions, a second tokenizer decode) grows with tokens, alignment heads and audio length:');

    // The token-timestamp step alone at a real model's size, where it matters most.
    type Extract = (outputs: unknown, heads: number[][], numFrames: number) => unknown;
    const theirs = (WhisperForConditionalGeneration.prototype as unknown as { _extract_token_timestamps: Extract })._extract_token_timestamps;
    const heads: [number, number][] = [[1, 0], [2, 0], [2, 5], [3, 0], [3, 1], [3, 2], [3, 3], [3, 4]];
    console.log('\ntoken-timestamp step alone, synthetic attention of tiny.en\'s shape (4 layers x 6 heads, 8 alignment heads), ms:');
    console.log('speech | tokens | encoder positions | transformers.js 2.17.2 (1 run) | Attune tokenTimestamps (median of 5)');
    for (const [seconds, tokens] of [[10, 40], [30, 100]] as const) {
      const steps = tinyEnShapedAttentions(tokens);
      const positions = seconds * 50;
      const outputs = { cross_attentions: [steps], sequences: [Array.from({ length: tokens + 1 }, () => 0)] };
      let t = performance.now();
      theirs.call({ config: { decoder_layers: 4, median_filter_width: 7 } }, outputs, heads, positions);
      const slow = performance.now() - t;
      const ours: number[] = [];
      for (let i = 0; i < 5; i++) {
        t = performance.now();
        tokenTimestamps(steps as unknown as TensorLike[][], heads, positions, 7, tokens + 1);
        ours.push(performance.now() - t);
      }
      console.log([`${seconds} s`, tokens, positions, slow.toFixed(0), ours.sort((a, b) => a - b)[2]!.toFixed(1)].join(' | '));
    }
    console.log(`1-min load average: ${loadBefore} before, ${loadavg()[0]!.toFixed(1)} after (cores: ${(await import('node:os')).availableParallelism()})`);
  } finally {
    await service.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

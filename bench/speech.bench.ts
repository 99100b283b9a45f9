/**
 * `npm run bench -- speech`: per-stage cost of a spoken reply of 5, 10 and 30 s (espeak-ng
 * speech, 48 kHz stereo WAV): decode+resample, silence trimming, log-mel features, inference,
 * analysis and delivery; then peak memory. Inference runs on the tiny test fixture, not on
 * Whisper tiny.en (whose weights are not available here), and is labelled so.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { analyze } from '../electron/domain/analysis';
import { trimSilence } from '../electron/domain/audio/silence';
import { decodeWav } from '../electron/domain/audio/wav';
import { computeDelivery } from '../electron/domain/speech/delivery';
import { createSpeechService } from '../electron/speech/service';

const FIXTURE = resolve(import.meta.dirname, '../test/fixtures/tiny-whisper');
const SENTENCES = [
  'It sounds like this week has been really heavy for you.',
  'What has been the hardest part of it so far?',
  'I can hear how tired you are, and that makes sense.',
  'Tell me more about what happened at work.',
  'How are you feeling about it right now?',
  'I am here, and there is no rush.',
];

/** Median wall time in ms of `runs` calls. */
async function time(runs: number, fn: () => unknown): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'attune-bench-'));
  const loadBefore = loadavg()[0]!.toFixed(1);
  try {
    const text = Array.from({ length: 12 }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' ');
    const raw = join(dir, 'speech.wav');
    execFileSync('espeak-ng', ['-v', 'en-us', '-s', '160', '-w', raw, text]);
    const { env, AutoProcessor } = await import('@xenova/transformers');
    env.allowRemoteModels = false;
    env.useFSCache = false;
    env.localModelPath = dirname(FIXTURE) + '/';
    const processor = await AutoProcessor.from_pretrained(basename(FIXTURE));
    const service = createSpeechService({ modelsDir: join(dir, 'models') });
    const rows: string[][] = [];
    for (const seconds of [5, 10, 30]) {
      const file = join(dir, `reply-${seconds}.wav`);
      execFileSync('sox', ['-D', raw, '-r', '48000', '-c', '2', '-b', '16', file, 'trim', '0', String(seconds)]);
      const bytes = readFileSync(file);
      const audio = decodeWav(bytes, file);
      const decode = await time(5, () => decodeWav(bytes, file));
      const trim = await time(5, () => trimSilence(audio.samples, 16000));
      const features = await time(3, () => processor(audio.samples));
      await service.transcribe(audio.samples, { model: FIXTURE }); // warm: model loaded once
      const inference = await time(3, () => service.transcribe(audio.samples, { model: FIXTURE }));
      const transcript = await service.transcribe(audio.samples, { model: FIXTURE });
      // Analysis runs on what was actually said (the fixture's own words do not depend on the audio).
      const words = text.split(' ').slice(0, Math.round((seconds * 160) / 60)).join(' ');
      const analysis = await time(5, () => analyze(words));
      const delivery = await time(5, () => computeDelivery(audio.samples, transcript));
      const around = decode + trim + features + analysis + delivery;
      rows.push([`${seconds} s`, decode, trim, features, inference, analysis, delivery, around].map((v) => (typeof v === 'number' ? v.toFixed(1) : v)));
    }
    await service.dispose();
    const head = ['audio', 'decode+resample', 'silence', 'log-mel*', 'inference (tiny fixture)', 'analysis', 'delivery', 'all but inference'];
    console.log('median ms per stage; WAV is 48 kHz stereo 16-bit espeak-ng speech');
    console.log(head.join(' | '));
    for (const r of rows) console.log(r.join(' | '));
    console.log('* log-mel measured on the calling thread with transformers.js WhisperFeatureExtractor; inside transcribe it runs in the worker and is also part of the inference figure.');
    console.log('inference: the committed tiny Whisper-architecture fixture (d_model 64, 1+1 layers), NOT tiny.en; real tiny.en is far slower.');
    // Other processes inflate every figure; the load average says how busy the machine was.
    console.log(`1-min load average: ${loadBefore} before, ${loadavg()[0]!.toFixed(1)} after (cores: ${(await import('node:os')).availableParallelism()})`);
    console.log(`peak memory (max RSS of this process, worker thread included): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

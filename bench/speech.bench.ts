/**
 * `npm run bench -- speech`: per-stage cost of a spoken reply of 5, 10 and 30 s of espeak-ng
 * speech: decode+resample (a 48 kHz stereo WAV file, and a 16 kHz mono WAV as the app captures),
 * silence trimming, log-mel features (Attune's and transformers.js's, for comparison),
 * transcription, analysis and delivery; the total around inference against the 100 ms goal;
 * then peak memory. Inference runs on the tiny test fixture, not on Whisper tiny.en (whose
 * weights are not available here), and is labelled so.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { analyze } from '../electron/domain/analysis';
import { WhisperLogMel, type WhisperFeatureConfig } from '../electron/domain/audio/log-mel';
import { trimSilence } from '../electron/domain/audio/silence';
import { decodeWav } from '../electron/domain/audio/wav';
import { computeDelivery } from '../electron/domain/speech/delivery';
import { createSpeechService } from '../electron/speech/service';
import { SAMPLE_RATE } from '../shared/audio';

const FIXTURE = resolve(import.meta.dirname, '../test/fixtures/tiny-whisper');
const SENTENCES = [
  'It sounds like this week has been really heavy for you.',
  'What has been the hardest part of it so far?',
  'I can hear how tired you are, and that makes sense.',
  'Tell me more about what happened at work.',
  'How are you feeling about it right now?',
  'I am here, and there is no rush.',
];
/** The goal for everything around inference, for 10 s of audio. */
const GOAL_MS = 100;

/** Wall-clock and CPU milliseconds of one stage. */
interface Cost {
  wall: number;
  cpu: number;
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Median wall time and median CPU time (this process, all threads) in ms of `runs` calls. On a
 * shared machine wall time includes waiting for a core; CPU time does not, so both are shown.
 */
async function time(runs: number, fn: () => unknown): Promise<Cost> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const sum = (...costs: Cost[]): Cost => ({ wall: costs.reduce((s, c) => s + c.wall, 0), cpu: costs.reduce((s, c) => s + c.cpu, 0) });
const show = (c: Cost) => `${c.wall.toFixed(1)} (${c.cpu.toFixed(1)})`;

/** Prints rows as a table with aligned columns. */
function table(head: string[], rows: (string | Cost)[][]): void {
  const cells = [head, ...rows.map((r) => r.map((v) => (typeof v === 'string' ? v : show(v))))];
  const widths = head.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  for (const r of cells) console.log(r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  '));
}

type Extractor = ((audio: Float32Array) => Promise<unknown>) & { config: WhisperFeatureConfig };

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
    const processor = (await AutoProcessor.from_pretrained(basename(FIXTURE))) as unknown as { feature_extractor: Extractor };
    const theirs = processor.feature_extractor;
    // Built exactly as the speech worker builds it (electron/speech/log-mel-engine.ts).
    const ours = new WhisperLogMel(theirs.config);
    const service = createSpeechService({ modelsDir: join(dir, 'models') });
    const stages: (string | Cost)[][] = [];
    const inference: (string | Cost)[][] = [];
    const totals: (string | Cost)[][] = [];
    for (const seconds of [5, 10, 30]) {
      const file = join(dir, `reply-${seconds}.wav`);
      const capture = join(dir, `capture-${seconds}.wav`);
      execFileSync('sox', ['-D', raw, '-r', '48000', '-c', '2', '-b', '16', file, 'trim', '0', String(seconds)]);
      execFileSync('sox', ['-D', raw, '-r', String(SAMPLE_RATE), '-c', '1', '-b', '16', capture, 'trim', '0', String(seconds)]);
      const bytes = readFileSync(file);
      const captureBytes = readFileSync(capture);
      const audio = decodeWav(bytes, file);
      const decode48 = await time(7, () => decodeWav(bytes, file));
      const decode16 = await time(7, () => decodeWav(captureBytes, capture));
      const trim = await time(7, () => trimSilence(audio.samples, SAMPLE_RATE));
      const melOurs = await time(7, () => ours.compute(audio.samples));
      const melTheirs = await time(3, () => theirs(audio.samples));
      await service.transcribe(audio.samples, { model: FIXTURE }); // warm: model loaded once
      const transcribe = await time(3, () => service.transcribe(audio.samples, { model: FIXTURE }));
      const transcribeTheirs = await time(3, () => service.transcribe(audio.samples, { model: FIXTURE, logMel: 'transformers' }));
      const transcript = await service.transcribe(audio.samples, { model: FIXTURE });
      // Analysis runs on what was actually said (the fixture's own words do not depend on the audio).
      const words = text.split(' ').slice(0, Math.round((seconds * 160) / 60)).join(' ');
      const analysis = await time(7, () => analyze(words));
      const delivery = await time(7, () => computeDelivery(audio.samples, transcript));
      const label = `${seconds} s`;
      stages.push([label, decode48, decode16, trim, melOurs, melTheirs, analysis, delivery]);
      inference.push([label, transcribe, transcribeTheirs]);
      const rest = sum(trim, analysis, delivery);
      const fileTotal = sum(decode48, melOurs, rest);
      const captureTotal = sum(decode16, melOurs, rest);
      const verdict = (c: Cost) => (seconds === 10 ? (c.wall <= GOAL_MS ? 'within' : c.cpu <= GOAL_MS ? 'CPU within' : 'OVER') : '');
      totals.push([label, fileTotal, verdict(fileTotal), captureTotal, verdict(captureTotal), sum(decode48, melTheirs, rest)]);
    }
    await service.dispose();
    console.log('median ms per stage as wall (CPU), espeak-ng speech (16-bit WAV)');
    table(['audio', 'decode+resample 48k stereo', 'decode 16k mono', 'silence', 'log-mel Attune', 'log-mel transformers.js', 'analysis', 'delivery'], stages);
    console.log('\ntranscribe in the worker (log-mel + encoder + decoder), tiny fixture model, NOT tiny.en');
    table(['audio', 'with Attune log-mel', 'with transformers.js log-mel'], inference);
    console.log(`\naround inference = decode + silence + log-mel + analysis + delivery; goal: ${GOAL_MS} ms for 10 s`);
    table(['audio', '48k stereo file', '10 s goal', '16k mono capture', '10 s goal', 'file, transformers.js log-mel'], totals);
    console.log('log-mel runs on this thread here; in the app it runs in the speech worker, where it is also inside the transcribe figure.');
    console.log('inference: the committed tiny Whisper-architecture fixture (d_model 64, 1+1 layers); real tiny.en is far slower.');
    // Other processes inflate every figure; the load average says how busy the machine was.
    console.log(`1-min load average: ${loadBefore} before, ${loadavg()[0]!.toFixed(1)} after (cores: ${availableParallelism()})`);
    console.log(`peak memory (max RSS of this process, worker thread included): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

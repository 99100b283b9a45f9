/**
 * The speech worker as electron-vite builds it transcribes under plain node (no tsx). It runs in
 * the e2e stage because it needs the build that stage makes (`electron-vite build` → out/).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeTempDir, speechWav } from '../helpers/speech-wav';
import { TINY_WHISPER_DIR } from '../helpers/tiny-whisper';

const root = resolve(import.meta.dirname, '../..');
const worker = join(root, 'out/main/speech-worker.js');

// Speaks the worker protocol directly: the same messages the service sends.
const script = `
  import { Worker } from 'node:worker_threads';
  import { readFileSync } from 'node:fs';
  import { basename, dirname } from 'node:path';
  import wavefile from 'wavefile';
  const { WaveFile } = wavefile;
  const [workerPath, wavPath, modelDir] = process.argv.slice(2);
  const wav = new WaveFile(readFileSync(wavPath)); wav.toBitDepth('32f');
  const samples = Float32Array.from(wav.getSamples(false, Float64Array));
  const w = new Worker(workerPath);
  const model = { label: 'fixture', dir: modelDir, root: dirname(modelDir) + '/', id: basename(modelDir) };
  w.on('message', async (m) => {
    if (m.type === 'transcribed') { w.postMessage({ type: 'network-attempts', id: 2 }); console.log(JSON.stringify({ text: m.text, chunks: m.chunks.length })); }
    if (m.type === 'network-attempts') { console.log(JSON.stringify({ attempts: m.attempts })); await w.terminate(); }
    if (m.type === 'error') { console.error(m.message); process.exit(1); }
  });
  w.postMessage({ type: 'transcribe', id: 1, samples, model });
`;

test('the built speech worker is emitted next to the main bundle and transcribes under plain node', () => {
  expect(existsSync(worker), `${worker} is missing; run "npx electron-vite build" first (npm run test:e2e does)`).toBe(true);
  const tmp = makeTempDir();
  // Inside the project so the runner resolves wavefile from node_modules.
  const runnerDir = mkdtempSync(join(root, 'out', '.worker-test-'));
  try {
    const wav = speechWav(join(tmp.dir, 'reply.wav'), 'I hear you. Tell me more.');
    const runner = join(runnerDir, 'run-worker.mjs');
    writeFileSync(runner, script);
    const out = execFileSync(process.execPath, [runner, worker, wav, TINY_WHISPER_DIR], { cwd: root, encoding: 'utf8' });
    const [result, network] = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(typeof result?.text).toBe('string');
    expect((result?.text as string).trim().length).toBeGreaterThan(0);
    expect(result?.chunks).toBeGreaterThan(0);
    expect(network).toEqual({ attempts: [] });
  } finally {
    rmSync(runnerDir, { recursive: true, force: true });
    tmp.cleanup();
  }
});

/**
 * The files electron-vite builds from main's `?modulePath` imports (electron/main/entries.ts): the
 * main bundle names each one, each exists, and each runs under plain node (no tsx). It runs in the
 * e2e stage because it needs the build that stage makes (`electron-vite build` → out/).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeTempDir, speechWav } from '../helpers/speech-wav';
import { TINY_WHISPER_DIR } from '../helpers/tiny-whisper';

const root = resolve(import.meta.dirname, '../..');
const mainBundle = join(root, 'out/main/index.js');

/** The path main's bundle gives for one entry of `builtEntries` (electron-vite writes `name: join(import.meta.dirname, "…")`). */
function builtEntry(name: 'speechWorker' | 'analysisWorker' | 'modelFetch'): string {
  expect(existsSync(mainBundle), `${mainBundle} is missing; run "npx electron-vite build" first (npm run test:e2e does)`).toBe(true);
  const match = new RegExp(`${name}: [\\w$]+\\(import\\.meta\\.dirname, "([^"]+)"\\)`).exec(readFileSync(mainBundle, 'utf8'));
  expect(match, `out/main/index.js does not name the built ${name}`).not.toBeNull();
  return join(root, 'out/main', match![1]!);
}

/** Runs an ES-module script inside the project (so it resolves packages from node_modules) with `args`. */
function runScript(script: string, args: string[]): string {
  const dir = mkdtempSync(join(root, 'out', '.entry-test-'));
  try {
    writeFileSync(join(dir, 'run.mjs'), script);
    return execFileSync(process.execPath, [join(dir, 'run.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Speaks the speech worker's protocol directly: the same messages the service sends.
const speechScript = `
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

// Speaks the analysis worker's protocol: wait for ready, score one reply.
const REPLY = 'It sounds like the move has been really hard on you. What has been hardest?';
const analysisScript = `
  import { Worker } from 'node:worker_threads';
  const w = new Worker(process.argv[2]);
  w.on('message', async (m) => {
    if (m.type === 'ready') w.postMessage({ id: 1, text: ${JSON.stringify(REPLY)}, options: {} });
    if (m.type === 'done') { console.log(JSON.stringify(m.result)); await w.terminate(); }
    if (m.type === 'error') { console.error(m.message); process.exit(1); }
  });
`;

test('the built speech worker is named by the main bundle and transcribes under plain node', () => {
  const tmp = makeTempDir();
  try {
    const wav = speechWav(join(tmp.dir, 'reply.wav'), 'I hear you. Tell me more.');
    const out = runScript(speechScript, [builtEntry('speechWorker'), wav, TINY_WHISPER_DIR]);
    const [result, network] = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(typeof result?.text).toBe('string');
    expect((result?.text as string).trim().length).toBeGreaterThan(0);
    expect(result?.chunks).toBeGreaterThan(0);
    expect(network).toEqual({ attempts: [] });
  } finally {
    tmp.cleanup();
  }
});

test('the built analysis worker is named by the main bundle and scores a reply under plain node', () => {
  const built = JSON.parse(runScript(analysisScript, [builtEntry('analysisWorker')]).trim()) as unknown;
  // The same analysis the source gives (run through tsx): the bundle carries the analyzer whole (rules, tagger, learned weights).
  const source = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `const { analyze } = await import('./electron/domain/analysis/index.ts'); console.log(JSON.stringify(analyze(${JSON.stringify(REPLY)})));`], { cwd: root, encoding: 'utf8' });
  expect(built).toEqual(JSON.parse(source.trim()));
});

test('the built model-fetch child is named by the main bundle and answers bad arguments with its usage line', () => {
  const child = spawnSync(process.execPath, [builtEntry('modelFetch'), '--model', 'large', '--models-dir', '/nowhere'], { cwd: root, encoding: 'utf8' });
  expect(child.status).toBe(2);
  expect(JSON.parse(child.stdout.trim())).toEqual({ type: 'error', kind: 'failed', message: 'usage: fetch-child --model tiny.en|base.en --models-dir DIR' });
});

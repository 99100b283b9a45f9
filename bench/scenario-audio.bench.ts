/**
 * `npm run bench -- scenario-audio`: what recordings cost. Loading a scenario whose every spoken
 * line is recorded (each clip is resolved, followed through links and sniffed), and serving one
 * clip over `scenarios:lineAudio` (read, checked again, base64) at a typical and at the largest size.
 */
import { performance } from 'node:perf_hooks';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext } from '../electron/features/context';
import { lineAudio } from '../electron/features/scenarios';
import { loadScenarioFile, MAX_RECORDING_BYTES } from '../electron/storage/scenarios';

/** A 16-bit mono WAV of `bytes` total size (silence: the content does not matter here). */
function wav(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  out.write('RIFF', 0, 'latin1');
  out.writeUInt32LE(bytes - 8, 4);
  out.write('WAVEfmt ', 8, 'latin1');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(22050, 24);
  out.writeUInt32LE(44100, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'latin1');
  out.writeUInt32LE(bytes - 44, 40);
  return out;
}

/** Median of `rounds` timed runs, after as many untimed ones (JIT and zod's first parse would dominate otherwise). */
function median(run: () => void, rounds: number): number {
  for (let i = 0; i < rounds; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

/** Prints the medians. */
export default async function bench(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'attune-bench-audio-'));
  try {
    const dir = join(root, 'scenarios', 'voiced');
    mkdirSync(join(dir, 'audio'), { recursive: true });
    // Twenty recorded lines per level and the opening: 81 clips of 200 kB (about 4.5 s of 22 kHz speech each).
    const clip = wav(200_000);
    const lines = Array.from({ length: 20 }, (_, i) => i);
    for (let level = 0; level < 4; level++) for (const i of lines) writeFileSync(join(dir, 'audio', `l${level}-${i}.wav`), clip);
    writeFileSync(join(dir, 'audio', 'opening.wav'), clip);
    let yaml = readFileSync('test/fixtures/scenarios/valid/minimal.yaml', 'utf8').replace('  line: "Hi."', '  line: { text: "Hi.", audio: audio/opening.wav }');
    const pool = (level: number) => lines.map((i) => `    - { text: "Line ${level}.${i}", audio: audio/l${level}-${i}.wav }`).join('\n');
    yaml = yaml.replace(/levels:\n[\s\S]*?\nreactions:/, `levels:\n${[0, 1, 2, 3].map((l) => `  ${l}:\n${pool(l)}`).join('\n')}\nreactions:`);
    const file = join(dir, 'voiced.yaml');
    writeFileSync(file, yaml);
    // The same file with every `audio:` removed, to separate YAML and schema time from clip checks.
    const plain = join(dir, 'plain.yaml.txt');
    writeFileSync(plain, yaml.replace(/, audio: audio\/[\w-]+\.wav \}/g, ' }'));

    const withClips = median(() => {
      if (loadScenarioFile(file).problems.length) throw new Error('the bench scenario should be valid');
    }, 100);
    const without = median(() => {
      if (loadScenarioFile(plain).problems.length) throw new Error('the plain bench scenario should be valid');
    }, 100);
    console.log(`loadScenarioFile with 81 recorded lines: median ${withClips.toFixed(2)} ms; the same file without its audio fields: ${without.toFixed(2)} ms`);

    const ctx = createAppContext({ dataDir: root, modelsDir: join(root, 'models'), scenariosDir: join(root, 'scenarios') });
    for (const [label, bytes] of [['a 200 kB', 200_000], [`an ${MAX_RECORDING_BYTES / 1048576} MiB (the limit)`, MAX_RECORDING_BYTES]] as const) {
      writeFileSync(join(dir, 'audio', 'opening.wav'), wav(bytes));
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        await lineAudio(ctx, { scenarioId: 'minimal', line: 'opening.line' });
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(`scenarios:lineAudio for ${label} clip: median ${times[7]!.toFixed(2)} ms (read, re-check, base64)`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

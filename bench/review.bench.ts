/**
 * `npm run bench -- review`: the Progress summary over a year of daily sessions, and exporting then
 * importing a session with two minutes of recorded replies (zip, in a temp folder).
 */
import { performance } from 'node:perf_hooks';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildProgress } from '../electron/domain/progress/summary';
import { createSessionStore } from '../electron/storage/sessions/store';
import { attempt, flag, scores, session } from '../test/electron/domain/progress/history';
import { spokenSession, toneWav, writeSessionFolder } from '../test/electron/storage/archive/fixture';
import { writeFile } from 'node:fs/promises';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function bench(): Promise<void> {
  // 365 sessions, one a day, five turns each with a flag or two: a heavy year of practice.
  const year = Array.from({ length: 365 }, (_, d) =>
    session(
      `s${d}`,
      new Date(Date.UTC(2025, 0, 1 + d, 18)).toISOString(),
      Array.from({ length: 5 }, (_, t) => [attempt(scores((d + t * 7) % 100), d % 3 ? [flag('dismissing')] : [flag('fixing'), flag('label')])]),
      d % 4 ? 'burnout' : 'grief',
    ),
  );
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    buildProgress(year, { now: new Date('2026-01-01T12:00:00Z'), timeZone: 'Europe/Berlin' });
    times.push(performance.now() - t0);
  }
  console.log(`progress summary, 365 sessions × 5 replies: median ${median(times).toFixed(1)} ms over 20 runs`);

  const root = await mkdtemp(join(tmpdir(), 'attune-bench-'));
  const sessionsDir = join(root, 'sessions');
  await writeSessionFolder(sessionsDir, spokenSession('bench'));
  const store = createSessionStore(sessionsDir);
  // Replace the fixture's short tones with one minute each: two minutes of 16 kHz speech-sized audio.
  await writeFile(join(sessionsDir, 'bench', 'turn-0-a.wav'), toneWav(60));
  await writeFile(join(sessionsDir, 'bench', 'turn-0-b.wav'), toneWav(60));
  const exportMs: number[] = [];
  const importMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const zip = join(root, `bench-${i}.zip`);
    let t0 = performance.now();
    const result = await store.export('bench', { kind: 'zip', path: zip });
    exportMs.push(performance.now() - t0);
    await store.remove('bench');
    t0 = performance.now();
    await store.import(zip);
    importMs.push(performance.now() - t0);
    if (i === 0) console.log(`export zip size: ${(result.bytes / 1024 / 1024).toFixed(2)} MB`);
  }
  console.log(`export (2 min of WAV): median ${median(exportMs).toFixed(1)} ms; import with validation and fsync: median ${median(importMs).toFixed(1)} ms (5 runs)`);
  await rm(dirname(sessionsDir), { recursive: true, force: true });
}

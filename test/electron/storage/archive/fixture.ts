/** A real session folder on disk for the archive tests: session.json written like the store does, plus real WAVs. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeWav16 } from '../../../../electron/domain/audio/wav';
import type { Session } from '../../../../shared/types/sessions';
import { attempt, flag, scores, session } from '../../domain/progress/history';

/** A 16 kHz mono 16-bit WAV holding `seconds` of a 220 Hz tone. */
export function toneWav(seconds: number): Uint8Array {
  const samples = Float32Array.from({ length: Math.round(16000 * seconds) }, (_, i) => 0.25 * Math.sin((2 * Math.PI * 220 * i) / 16000));
  return encodeWav16(samples, 16000);
}

/** A session with two spoken replies (one redone) and one typed reply. */
export function spokenSession(id: string, startedAt = '2026-03-01T09:00:00Z'): Session {
  const s = session(id, startedAt, [
    [{ ...attempt(scores(30), [flag('dismissing')]), source: 'voice', audioFile: 'turn-0-a.wav', text: 'Just get over it.' }, { ...attempt(scores(80)), source: 'voice', audioFile: 'turn-0-b.wav', text: 'What has been weighing on you?' }],
    [attempt(scores(70))],
  ]);
  return s;
}

const tempRoots: string[] = [];
afterAll(async () => {
  await Promise.all(tempRoots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/** A fresh temp data folder (removed after the spec file); returns its sessions folder. */
export async function tempSessionsDir(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'attune-archive-'));
  tempRoots.push(root);
  return join(root, 'sessions');
}

/** Writes `s` and its WAVs into `<sessionsDir>/<id>/`. */
export async function writeSessionFolder(sessionsDir: string, s: Session): Promise<void> {
  const folder = join(sessionsDir, s.id);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'session.json'), JSON.stringify(s, null, 2) + '\n');
  await writeFile(join(folder, 'turn-0-a.wav'), toneWav(0.5));
  await writeFile(join(folder, 'turn-0-b.wav'), toneWav(0.8));
}

/** Retries on disk: kept by the store, by export and import, and by the crash clean-up; a version-1 file still loads. */
import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createSessionStore } from '../../../../electron/storage/sessions/store';
import { cleanOrphans } from '../../../../electron/storage/sessions/orphans';
import { SESSION_SCHEMA_VERSION, type Session } from '../../../../shared/types/sessions';
import { attempt, scores } from '../../domain/progress/history';
import { spokenSession, tempSessionsDir, toneWav, writeSessionFolder } from '../archive/fixture';

/** The fixture's session, retried from turn 2 with a spoken reply whose WAV lives in the same folder. */
function retried(id: string): Session {
  const s = spokenSession(id);
  s.branches = [
    {
      id: 'r1',
      fromTurn: 1,
      createdAt: '2026-03-01T09:05:00Z',
      ending: 'success',
      turns: [{ index: 1, partnerLine: 'line 1', attempts: [{ ...attempt(scores(90)), id: 'c', source: 'voice', audioFile: 'turn-1-c.wav', text: 'That sounds exhausting.' }] }],
    },
  ];
  return s;
}

async function writeRetried(dir: string, id: string): Promise<Session> {
  const s = retried(id);
  await writeSessionFolder(dir, s);
  await writeFile(join(dir, id, 'turn-1-c.wav'), toneWav(0.3));
  return s;
}

describe('a session with retries, on disk', () => {
  it('saves and loads its retries unchanged', async () => {
    const dir = await tempSessionsDir();
    const store = createSessionStore(dir);
    const s = retried('s-1');
    await store.save(s);
    expect(await store.load('s-1')).toEqual(s);
    // The summary's score is the main line's, whatever the retry scored.
    const { sessions } = await store.list();
    expect(sessions[0]?.scores?.overall).toBe(75); // turns 80 (kept after a redo) and 70
    expect(sessions[0]?.retryCount).toBe(1);
  });

  it('loads a version-1 file (written before retries existed) and writes it back as the current version', async () => {
    const dir = await tempSessionsDir();
    const store = createSessionStore(dir);
    const current = spokenSession('old');
    await writeSessionFolder(dir, { ...current, schemaVersion: 1 } as unknown as Session);
    const loaded = await store.load('old');
    expect(loaded).toEqual({ ...current, branches: [] });
    await store.save(loaded);
    expect(JSON.parse(await readFile(join(dir, 'old', 'session.json'), 'utf8'))).toMatchObject({ schemaVersion: SESSION_SCHEMA_VERSION, branches: [] });
  });

  it('round-trips through a zip export and import, the retry\'s audio included', async () => {
    const dir = await tempSessionsDir();
    const store = createSessionStore(dir);
    const s = await writeRetried(dir, 's-2');
    const zipPath = join(dirname(dir), 's-2.zip');
    const exported = await store.export('s-2', { kind: 'zip', path: zipPath });
    expect(exported.files).toContain('turn-1-c.wav');
    await store.remove('s-2');
    expect(await store.import(zipPath)).toMatchObject({ id: 's-2', status: 'imported' });
    expect(await store.load('s-2')).toEqual(s);
    expect(await store.readAudio('s-2', 'turn-1-c.wav')).toEqual(toneWav(0.3));
    const summary = await readFile(join(dir, 's-2', 'summary.md'), 'utf8').catch(() => '');
    expect(summary).toBe(''); // summary.md is for people; import keeps only the session's own files
  });

  it('names the retry in the export\'s summary.md', async () => {
    const dir = await tempSessionsDir();
    await writeRetried(dir, 's-3');
    const out = join(dirname(dir), 'exports');
    await createSessionStore(dir).export('s-3', { kind: 'folder', parent: out });
    const summary = await readFile(join(out, 's-3', 'summary.md'), 'utf8');
    expect(summary).toContain('## Retry from turn 2 — partner opened up');
    expect(summary).toContain('Score of this retry (its whole line): overall 85.');
    expect(summary).toContain('That sounds exhausting.');
  });

  it('keeps a retry\'s WAV when cleaning up after a crash', async () => {
    const dir = await tempSessionsDir();
    await writeRetried(dir, 's-4');
    await writeFile(join(dir, 's-4', 'turn-9-zz.wav'), toneWav(0.1));
    expect(await cleanOrphans(dir)).toEqual(['s-4/turn-9-zz.wav']);
    expect((await readdir(join(dir, 's-4'))).sort()).toEqual(['session.json', 'turn-0-a.wav', 'turn-0-b.wav', 'turn-1-c.wav']);
  });

  it('refuses an import whose retry names audio the archive lacks', async () => {
    const dir = await tempSessionsDir();
    await writeSessionFolder(dir, retried('s-5'));
    await expect(createSessionStore(dir).export('s-5', { kind: 'zip', path: join(dirname(dir), 's-5.zip') })).rejects.toThrow('turn-1-c.wav missing');
  });
});

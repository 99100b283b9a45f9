import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir, chmod } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSessionStore, StorageError } from '../../../../electron/storage/sessions/store';
import type { StoreFs } from '../../../../electron/storage/atomic';
import { makeSession } from '../../domain/sessions/fixtures';
import { SESSION_SCHEMA_VERSION } from '../../../../shared/types/sessions';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-store-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** A file system whose `open` for writing fails with the given errno code. */
function failingFs(code: string): StoreFs {
  return {
    ...nodeFs,
    open: (async (path: string, flags?: string) => {
      if (flags === 'w') throw Object.assign(new Error(`${code}: simulated`), { code });
      return nodeFs.open(path, flags);
    }) as StoreFs['open'],
  };
}

describe('session store', () => {
  it('saves a session and its WAV in one folder and reads them back', async () => {
    const store = createSessionStore(dir);
    const session = makeSession('20261123-160000-aaaaaa');
    await store.saveAudio(session.id, 'turn-0-a1.wav', new Uint8Array([82, 73, 70, 70]));
    await store.save(session);
    expect(await readdir(join(dir, session.id))).toEqual(['session.json', 'turn-0-a1.wav']);
    expect(await store.load(session.id)).toEqual(session);
    expect(Array.from(await store.readAudio(session.id, 'turn-0-a1.wav'))).toEqual([82, 73, 70, 70]);
  });

  it('lists sessions newest first with their session scores', async () => {
    const store = createSessionStore(dir);
    await store.save(makeSession('s-old', '2026-11-01T10:00:00.000Z'));
    await store.save(makeSession('s-new', '2026-11-20T10:00:00.000Z'));
    const { sessions, problems } = await store.list();
    expect(sessions.map((s) => s.id)).toEqual(['s-new', 's-old']);
    expect(sessions[0]?.scores?.overall).toBe(80);
    expect(sessions[0]?.replyCount).toBe(1);
    expect(problems).toEqual([]);
  });

  it('returns an empty list when the data folder does not exist yet', async () => {
    expect(await createSessionStore(join(dir, 'missing')).list()).toEqual({ sessions: [], problems: [] });
  });

  it('reports a corrupt or invalid session file and still lists the others', async () => {
    const store = createSessionStore(dir);
    await store.save(makeSession('good'));
    await mkdir(join(dir, 'torn'));
    await writeFile(join(dir, 'torn', 'session.json'), '{"schemaVersion": 1, "id": "torn", "turns": [');
    await mkdir(join(dir, 'wrong'));
    await writeFile(join(dir, 'wrong', 'session.json'), JSON.stringify({ ...makeSession('wrong'), turns: 'none' }));
    await mkdir(join(dir, 'empty'));
    const { sessions, problems } = await store.list();
    expect(sessions.map((s) => s.id)).toEqual(['good']);
    expect(problems.map((p) => p.id).sort()).toEqual(['empty', 'torn', 'wrong']);
    expect(problems.find((p) => p.id === 'torn')?.message).toMatch(/not valid JSON/);
    expect(problems.find((p) => p.id === 'wrong')?.message).toMatch(/turns/);
  });

  it('rejects a session file from a newer schema version with a clear message', async () => {
    await mkdir(join(dir, 'future'));
    await writeFile(join(dir, 'future', 'session.json'), JSON.stringify({ ...makeSession('future'), schemaVersion: SESSION_SCHEMA_VERSION + 1 }));
    await expect(createSessionStore(dir).load('future')).rejects.toThrow(`schema version ${SESSION_SCHEMA_VERSION + 1}; this Attune reads version ${SESSION_SCHEMA_VERSION}`);
  });

  it('never turns a hostile id or file name into a path', async () => {
    const store = createSessionStore(dir);
    for (const id of ['../escape', '..', 'a/b', 'a\\b', '', '.hidden', '/etc']) {
      await expect(store.load(id)).rejects.toThrow(/not a valid session id/);
    }
    await expect(store.saveAudio('ok', '../x.wav', new Uint8Array())).rejects.toThrow(/not a valid file name/);
    await expect(store.save({ ...makeSession('ok'), id: '../../evil' })).rejects.toThrow(/not a valid session id/);
  });

  it('replaces the file atomically: no temp files are left and the old content survives a failed write', async () => {
    const store = createSessionStore(dir);
    const session = makeSession('atomic');
    await store.save(session);
    const before = await readFile(join(dir, 'atomic', 'session.json'), 'utf8');
    const broken = createSessionStore(dir, failingFs('ENOSPC'));
    await expect(broken.save({ ...session, ending: 'ended' })).rejects.toBeInstanceOf(StorageError);
    expect(await readFile(join(dir, 'atomic', 'session.json'), 'utf8')).toBe(before);
    expect(await readdir(join(dir, 'atomic'))).toEqual(['session.json']);
  });

  it('explains a full disk in a plain sentence', async () => {
    const store = createSessionStore(dir, failingFs('ENOSPC'));
    const error = await store.save(makeSession('full')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('ENOSPC');
    expect((error as Error).message).toBe(`The disk holding ${dir} is full, so the session could not be saved.`);
  });

  it('explains an unwritable folder (a real read-only directory)', async () => {
    await chmod(dir, 0o555);
    const probe = await writeFile(join(dir, 'probe'), 'x').then(
      () => true,
      () => false,
    );
    // Root ignores permission bits; then fall back to an injected EACCES so the message is still checked.
    const store = probe ? createSessionStore(dir, failingFs('EACCES')) : createSessionStore(dir);
    const error = await store.save(makeSession('ro')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toBe(`Attune is not allowed to write to ${dir}, so the session could not be saved.`);
  });
});

import { describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { zipSync, strToU8, unzipSync } from 'fflate';
import { importSession } from '../../../../electron/storage/archive/import';
import { createSessionStore } from '../../../../electron/storage/sessions/store';

const exportSession = (dir: string, ...args: Parameters<ReturnType<typeof createSessionStore>['export']>) => createSessionStore(dir).export(...args);
const deleteSession = (dir: string, id: string) => createSessionStore(dir).remove(id);
import { spokenSession, tempSessionsDir, toneWav, writeSessionFolder } from './fixture';
import { SESSION_SCHEMA_VERSION } from '../../../../shared/types/sessions';

/** Every file of a folder as bytes, by name. */
async function snapshot(folder: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const name of (await readdir(folder)).sort()) out[name] = await readFile(join(folder, name));
  return out;
}

describe('export and import', () => {
  it('round-trips a session through a zip byte for byte', async () => {
    const dir = await tempSessionsDir();
    await writeSessionFolder(dir, spokenSession('s-1'));
    const before = await snapshot(join(dir, 's-1'));
    const zipPath = join(dirname(dir), 'out', 's-1.zip');

    const exported = await exportSession(dir, 's-1', { kind: 'zip', path: zipPath });
    expect(exported.files.sort()).toEqual(['session.json', 'summary.md', 'turn-0-a.wav', 'turn-0-b.wav']);
    const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
    expect(Object.keys(entries).sort()).toEqual(['s-1/session.json', 's-1/summary.md', 's-1/turn-0-a.wav', 's-1/turn-0-b.wav']);
    const summary = new TextDecoder().decode(entries['s-1/summary.md']);
    expect(summary).toContain('# Burned out at work');
    expect(summary).toContain('Hurt (dismissing)');
    expect(summary).toContain('audio `turn-0-a.wav`');

    await deleteSession(dir, 's-1');
    expect(await readdir(dir)).toEqual([]);
    expect(await importSession(dir, zipPath)).toMatchObject({ id: 's-1', status: 'imported', scenarioTitle: 'Burned out at work', startedAt: spokenSession('s-1').startedAt });
    expect(await snapshot(join(dir, 's-1'))).toEqual(before);
  });

  it('round-trips through a folder export into a fresh data folder', async () => {
    const dir = await tempSessionsDir();
    await writeSessionFolder(dir, spokenSession('s-2'));
    const out = join(dirname(dir), 'exports');
    const exported = await exportSession(dir, 's-2', { kind: 'folder', parent: out });
    expect(exported.path).toBe(join(out, 's-2'));
    await expect(exportSession(dir, 's-2', { kind: 'folder', parent: out })).rejects.toThrow('already exists');

    const other = await tempSessionsDir();
    expect(await importSession(other, exported.path)).toMatchObject({ id: 's-2', status: 'imported' });
    expect(await snapshot(join(other, 's-2'))).toEqual(await snapshot(join(dir, 's-2')));
  });

  it('recognises a session that is already there, and keeps both when the id is taken by another', async () => {
    const dir = await tempSessionsDir();
    await writeSessionFolder(dir, spokenSession('s-3'));
    const zipPath = join(dirname(dir), 's-3.zip');
    await exportSession(dir, 's-3', { kind: 'zip', path: zipPath });
    expect(await importSession(dir, zipPath)).toMatchObject({ id: 's-3', status: 'already-present' });

    // Change the stored session so the archive no longer matches it.
    const changed = { ...spokenSession('s-3'), scenarioTitle: 'Changed' };
    await writeFile(join(dir, 's-3', 'session.json'), JSON.stringify(changed, null, 2) + '\n');
    // The imported session's own title, for the app's message (not the stored one it was renamed beside).
    expect(await importSession(dir, zipPath)).toMatchObject({ id: 's-3-2', status: 'renamed', scenarioTitle: 'Burned out at work' });
    const renamed = JSON.parse(await readFile(join(dir, 's-3-2', 'session.json'), 'utf8'));
    expect(renamed.id).toBe('s-3-2');
    expect(renamed.scenarioTitle).toBe('Burned out at work');
    expect(await readFile(join(dir, 's-3-2', 'turn-0-a.wav'))).toEqual(await readFile(join(dir, 's-3', 'turn-0-a.wav')));
  });
});

describe('import refuses bad archives and leaves nothing behind', () => {
  const json = (id = 'evil') => strToU8(JSON.stringify(spokenSession(id)));
  const wavs = { 'evil/turn-0-a.wav': toneWav(0.1), 'evil/turn-0-b.wav': toneWav(0.1) };

  async function tryZip(files: Record<string, Uint8Array>): Promise<{ error: string; left: string[] }> {
    const dir = await tempSessionsDir();
    await mkdir(dir, { recursive: true });
    const zipPath = join(dirname(dir), 'bad.zip');
    await writeFile(zipPath, zipSync(files));
    const error = await importSession(dir, zipPath).then(
      () => 'no error',
      (e: Error) => e.message,
    );
    return { error, left: await readdir(dir) };
  }

  it.each([
    ['a parent-folder path (zip slip)', { '../evil/session.json': json() }, 'unexpected path'],
    ['an absolute path', { '/tmp/session.json': json() }, 'unsafe path'],
    ['a backslash path', { 'evil\\..\\session.json': json() }, 'unsafe path'],
    ['a nested folder', { 'a/b/session.json': json() }, 'unexpected path'],
    ['a hidden file', { 'evil/.bashrc': strToU8('x'), 'evil/session.json': json() }, 'unsafe name'],
    ['a foreign file', { 'evil/run.sh': strToU8('x'), 'evil/session.json': json() }, 'not part of a session'],
    ['two session folders', { 'a/session.json': json(), 'b/turn-0-a.wav': toneWav(0.1) }, 'more than one session folder'],
    ['no session.json', { 'evil/turn-0-a.wav': toneWav(0.1) }, 'no session.json'],
    ['missing audio', { 'evil/session.json': json() }, 'turn-0-a.wav, turn-0-b.wav missing'],
    ['invalid JSON', { 'evil/session.json': strToU8('{nope') }, 'not valid JSON'],
    ['a path-like id', { 'evil/session.json': strToU8(JSON.stringify({ ...spokenSession('x'), id: '../../etc' })), ...wavs }, 'not a valid session id'],
    ['a path-like audio name', { 'evil/session.json': strToU8(JSON.stringify({ ...spokenSession('x'), turns: [{ index: 0, partnerLine: '', attempts: [{ ...spokenSession('x').turns[0]!.attempts[0]!, audioFile: '../x.wav' }] }] })) }, 'not a plain .wav name'],
    ['a newer schema', { 'evil/session.json': strToU8(JSON.stringify({ ...spokenSession('x'), schemaVersion: SESSION_SCHEMA_VERSION + 1 })) }, `schema version ${SESSION_SCHEMA_VERSION + 1}`],
  ])('refuses %s', async (_label, files, message) => {
    const { error, left } = await tryZip(files as Record<string, Uint8Array>);
    expect(error).toContain(message);
    expect(left).toEqual([]);
  });

  it('refuses a file that is not a zip', async () => {
    const dir = await tempSessionsDir();
    const path = join(dirname(dir), 'notes.zip');
    await writeFile(path, 'hello');
    await expect(importSession(dir, path)).rejects.toThrow('not a readable zip archive');
  });

  it('refuses a folder holding a symlink instead of following it', async () => {
    const dir = await tempSessionsDir();
    const src = join(dirname(dir), 'src');
    await mkdir(src);
    await writeFile(join(src, 'session.json'), json('linked'));
    await symlink('/etc/passwd', join(src, 'turn-0-a.wav'));
    await expect(importSession(dir, src)).rejects.toThrow('something other than a plain file');
  });
});

describe('deleteSession', () => {
  it('removes the folder from disk and refuses unsafe or unknown ids', async () => {
    const dir = await tempSessionsDir();
    await writeSessionFolder(dir, spokenSession('gone'));
    await writeSessionFolder(dir, spokenSession('stays'));
    await deleteSession(dir, 'gone');
    expect(await readdir(dir)).toEqual(['stays']);
    await expect(deleteSession(dir, 'gone')).rejects.toThrow('There is no session gone.');
    await expect(deleteSession(dir, '../stays')).rejects.toThrow('not a valid session id');
    await rm(dirname(dir), { recursive: true });
  });
});

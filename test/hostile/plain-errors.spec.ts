/** Read-only, full, missing and broken places (issue #14): one sentence saying what to do, and crash leftovers cleaned at start. */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../electron/features/context';
import { dispatch } from '../../electron/features/handlers';
import { cleanOrphanFiles } from '../../electron/features/data';
import { plainFileError } from '../../electron/storage/files/plain-errors';
import { spokenSession, toneWav } from '../electron/storage/archive/fixture';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-plain-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The error a file-system call throws, with its code, call and path. */
function errno(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: raw message, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

describe('file-system errors in plain words', () => {
  it.each([
    ['ENOSPC', 'write', '/data/exports/a.zip', 'The disk is full, so /data/exports/a.zip could not be written; free some space and try again.'],
    ['EROFS', 'mkdir', '/data/sessions', '/data/sessions is on a read-only disk, so Attune cannot write there; make it writable or choose another folder.'],
    ['ENOENT', 'mkdir', '/media/usb/attune', 'The folder /media/usb/attune could not be created because a folder above it is missing; check that its disk is connected, or choose another folder.'],
    ['EACCES', 'open', '/data/settings.json', "Attune is not allowed to write to /data/settings.json; check that folder's permissions and try again."],
  ])('%s from %s', (code, syscall, path, sentence) => {
    const plain = plainFileError(errno(code, syscall, path)) as Error;
    expect(plain.message).toBe(sentence);
    expect(plain.message).not.toMatch(/[A-Z]{4,}:/);
  });

  it('leaves errors that are not from the file system alone', () => {
    const error = new Error('The reply is empty: record it or type it.');
    expect(plainFileError(error)).toBe(error);
  });

  it('reaches the page through the handlers (a data folder whose path runs through a file)', async () => {
    await writeFile(join(dir, 'a-file'), 'x');
    const ctx = createAppContext({ dataDir: join(dir, 'a-file', 'data'), modelsDir: join(dir, 'models') });
    await expect(dispatch(ctx, 'settings:set', { retentionDays: 30 })).rejects.toThrow(/^.*a-file\/data is not inside a folder Attune can use \(part of that path is a file\)\.$/);
  });
});

describe('cleaning up after a crash, at start', () => {
  it('removes temp files, half-written folders and WAVs no session names, and nothing else', async () => {
    const data = join(dir, 'crashed');
    const sessions = join(data, 'sessions');
    const good = join(sessions, 's-1');
    await mkdir(good, { recursive: true });
    await writeFile(join(good, 'session.json'), JSON.stringify(spokenSession('s-1')));
    await writeFile(join(good, 'turn-0-a.wav'), toneWav(0.1));
    await writeFile(join(good, 'turn-0-b.wav'), toneWav(0.1));
    await writeFile(join(good, 'turn-1-x.wav'), toneWav(0.1)); // written just before a crash, never named
    await writeFile(join(good, '.session.json.1a2b3c4d.tmp'), '{"half');
    await mkdir(join(sessions, '.partial-s-2-deadbeef'));
    await mkdir(join(sessions, '.deleting-s-3-cafebabe'));
    // A folder whose session.json cannot be read keeps all its WAVs.
    await mkdir(join(sessions, 's-4'));
    await writeFile(join(sessions, 's-4', 'session.json'), '{ broken');
    await writeFile(join(sessions, 's-4', 'turn-0-a.wav'), toneWav(0.1));

    const ctx = createAppContext({ dataDir: data, modelsDir: join(dir, 'models') });
    expect((await cleanOrphanFiles(ctx)).sort()).toEqual(['.deleting-s-3-cafebabe', '.partial-s-2-deadbeef', 's-1/.session.json.1a2b3c4d.tmp', 's-1/turn-1-x.wav']);
    expect((await readdir(good)).sort()).toEqual(['session.json', 'turn-0-a.wav', 'turn-0-b.wav']);
    expect((await readdir(sessions)).sort()).toEqual(['s-1', 's-4']);
    expect(await readdir(join(sessions, 's-4'))).toContain('turn-0-a.wav');
  });
});

import { describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { exportToFeature, importUploadFeature, MAX_UPLOAD_BYTES, zipForDownload } from '../../../electron/features/archive-io';
import { deleteSessionFeature } from '../../../electron/features/review';
import { pickPath } from '../../../electron/features/folders';
import { Slots } from '../../../electron/features/slots';
import type { Desktop } from '../../../electron/features/desktop';
import { createSessionStore } from '../../../electron/storage/sessions/store';
import { spokenSession, tempSessionsDir, writeSessionFolder } from '../storage/archive/fixture';

async function folders() {
  const sessionsDir = await tempSessionsDir();
  return { dataDir: dirname(sessionsDir), sessionsDir, store: createSessionStore(sessionsDir), slots: new Slots() };
}

/** The user picks `path` in a dialog of `kind` (a desktop whose dialog answers with it); returns the dialog's token. */
async function userPicks(ctx: { slots: Slots }, kind: 'export-zip' | 'export-folder' | 'session-zip', path: string): Promise<string> {
  const desktop: Desktop = { hasDialogs: true, openFolder: async () => undefined, pick: async () => path };
  return (await pickPath({ ...ctx, desktop }, { kind })).token!;
}

async function snapshot(folder: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const name of (await readdir(folder)).sort()) out[name] = await readFile(join(folder, name));
  return out;
}

describe('session uploads and chosen export places', () => {
  it('the download zip, uploaded back after a delete, restores the session byte for byte; nothing is written to exports', async () => {
    const ctx = await folders();
    await writeSessionFolder(ctx.sessionsDir, spokenSession('a'));
    const original = await snapshot(join(ctx.sessionsDir, 'a'));
    const download = await zipForDownload(ctx, { id: 'a' });
    expect(download.fileName).toBe('a.zip');
    await expect(stat(join(ctx.dataDir, 'exports'))).rejects.toThrow();
    await deleteSessionFeature(ctx, { id: 'a' });
    await expect(importUploadFeature(ctx, { fileName: 'a.zip', bytes: download.bytes })).resolves.toMatchObject({ id: 'a', status: 'imported' });
    expect(await snapshot(join(ctx.sessionsDir, 'a'))).toEqual(original);
    await expect(importUploadFeature(ctx, { fileName: 'a.zip', bytes: download.bytes })).resolves.toMatchObject({ status: 'already-present' });
  });

  it('refuses a hostile or broken upload with its name in a plain message and writes nothing', async () => {
    const ctx = await folders();
    const slip = zipSync({ '../evil/session.json': strToU8('{}') });
    await expect(importUploadFeature(ctx, { fileName: 'slip.zip', bytes: slip })).rejects.toThrow('slip.zip: The archive holds an unexpected path: "../evil/session.json".');
    await expect(importUploadFeature(ctx, { fileName: 'notes.txt', bytes: strToU8('hello') })).rejects.toThrow('notes.txt: The file is not a readable zip archive');
    await expect(importUploadFeature(ctx, { fileName: 'empty.zip', bytes: new Uint8Array(0) })).rejects.toThrow('empty.zip is empty.');
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    await expect(importUploadFeature(ctx, { fileName: 'big.zip', bytes: big })).rejects.toThrow('big.zip is larger than 45 MB; import it by its path instead.');
    await expect(readdir(ctx.sessionsDir)).rejects.toThrow();
  });

  it('exports to exactly the zip path the save dialog confirmed (no .zip added) or into a picked folder, refusing relative paths and missing folders', async () => {
    const ctx = await folders();
    await writeSessionFolder(ctx.sessionsDir, spokenSession('a'));
    const place = join(ctx.dataDir, 'chosen');
    await mkdir(place);
    const zip = await exportToFeature(ctx, { id: 'a', format: 'zip', token: await userPicks(ctx, 'export-zip', join(place, 'my-session')) });
    // The dialog confirmed "my-session"; adding .zip would write (or replace) a file nobody confirmed.
    expect(zip.path).toBe(join(place, 'my-session'));
    expect((await stat(zip.path)).size).toBe(zip.bytes);
    await expect(stat(join(place, 'my-session.zip'))).rejects.toThrow();
    // The save dialog has asked before replacing, so an export to an existing file replaces it.
    await writeFile(join(place, 'old.zip'), 'stale');
    expect((await exportToFeature(ctx, { id: 'a', format: 'zip', token: await userPicks(ctx, 'export-zip', join(place, 'old.zip')) })).bytes).toBe(zip.bytes);
    const folder = await exportToFeature(ctx, { id: 'a', format: 'folder', token: await userPicks(ctx, 'export-folder', place) });
    expect(folder.path).toBe(join(place, 'a'));
    expect((await readdir(folder.path)).sort()).toEqual(['session.json', 'summary.md', 'turn-0-a.wav', 'turn-0-b.wav']);
    await expect(exportToFeature(ctx, { id: 'a', format: 'folder', token: await userPicks(ctx, 'export-folder', place) })).rejects.toThrow('already exists; choose another folder.');
    await expect(exportToFeature(ctx, { id: 'a', format: 'zip', token: await userPicks(ctx, 'export-zip', 'relative.zip') })).rejects.toThrow('Choose a full path to export to');
    await expect(exportToFeature(ctx, { id: 'a', format: 'folder', token: await userPicks(ctx, 'export-folder', join(place, 'nope')) })).rejects.toThrow('is not a folder.');
    await expect(exportToFeature(ctx, { id: '../a', format: 'zip', token: await userPicks(ctx, 'export-zip', join(place, 'x.zip')) })).rejects.toThrow('not a valid session id');
  });

  it('writes only where the user chose, once per choice', async () => {
    const ctx = await folders();
    await writeSessionFolder(ctx.sessionsDir, spokenSession('a'));
    const target = join(ctx.dataDir, 'elsewhere.zip');
    await expect(exportToFeature(ctx, { id: 'a', format: 'zip', token: 'made-up' })).rejects.toThrow('That choice from the file dialog has expired or was already used; choose the place again.');
    const token = await userPicks(ctx, 'export-zip', target);
    await exportToFeature(ctx, { id: 'a', format: 'zip', token });
    await expect(exportToFeature(ctx, { id: 'a', format: 'zip', token })).rejects.toThrow('expired or was already used');
    // A place picked for an import is never an export target.
    await expect(exportToFeature(ctx, { id: 'a', format: 'zip', token: await userPicks(ctx, 'session-zip', target) })).rejects.toThrow('expired or was already used');
  });
});

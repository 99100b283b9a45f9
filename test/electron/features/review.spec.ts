import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deleteSessionFeature, exportSessionFeature, getSessionAudio, importSessionFeature } from '../../../electron/features/review';
import { setSettings } from '../../../electron/features/settings';
import { progressSummary } from '../../../electron/features/progress';
import { dataLocation, deleteAllData } from '../../../electron/features/data';
import { createSessionStore } from '../../../electron/storage/sessions/store';
import { spokenSession, tempSessionsDir, writeSessionFolder } from '../storage/archive/fixture';

async function folders() {
  const sessionsDir = await tempSessionsDir();
  return { dataDir: dirname(sessionsDir), sessionsDir, store: createSessionStore(sessionsDir) };
}

describe('review features', () => {
  it('serves a recording, refusing names that are not recordings', async () => {
    const ctx = await folders();
    await writeSessionFolder(ctx.sessionsDir, spokenSession('a'));
    const { bytes } = await getSessionAudio(ctx, { id: 'a', file: 'turn-0-a.wav' });
    expect(Buffer.from(bytes)).toEqual(await readFile(join(ctx.sessionsDir, 'a', 'turn-0-a.wav')));
    await expect(getSessionAudio(ctx, { id: 'a', file: 'session.json' })).rejects.toThrow('not a recording name');
    await expect(getSessionAudio(ctx, { id: 'a', file: '../a/turn-0-a.wav' })).rejects.toThrow('not a recording name');
    await expect(getSessionAudio(ctx, { id: 'a', file: 'nope.wav' })).rejects.toThrow('is missing');
  });

  it('exports into the exports folder without overwriting, then imports back', async () => {
    const ctx = await folders();
    await writeSessionFolder(ctx.sessionsDir, spokenSession('a'));
    const first = await exportSessionFeature(ctx, { id: 'a', format: 'zip' });
    const second = await exportSessionFeature(ctx, { id: 'a', format: 'zip' });
    expect([first.path, second.path]).toEqual([join(ctx.dataDir, 'exports', 'a.zip'), join(ctx.dataDir, 'exports', 'a-2.zip')]);
    const folder1 = await exportSessionFeature(ctx, { id: 'a', format: 'folder' });
    const folder2 = await exportSessionFeature(ctx, { id: 'a', format: 'folder' });
    expect([folder1.path, folder2.path]).toEqual([join(ctx.dataDir, 'exports', 'a'), join(ctx.dataDir, 'exports', 'copy', 'a')]);
    await deleteSessionFeature(ctx, { id: 'a' });
    expect(await importSessionFeature(ctx, { path: first.path })).toMatchObject({ id: 'a', status: 'imported' });
  });

  it('summarises progress, applies retention on change, reports and deletes all data', async () => {
    const ctx = await folders();
    await writeSessionFolder(ctx.sessionsDir, spokenSession('old', '2020-01-01T10:00:00Z'));
    await writeSessionFolder(ctx.sessionsDir, spokenSession('new', new Date().toISOString()));
    const summary = await progressSummary(ctx, { timeZone: 'Europe/Paris' });
    expect(summary.sessions.map((s) => s.id)).toEqual(['old', 'new']);
    expect(summary.unreadable).toBe(0);
    expect((await dataLocation(ctx)).sessionCount).toBe(2);

    const { retention } = await setSettings(ctx, { retentionDays: 365 });
    expect(retention.deleted).toEqual(['old']);
    expect(await readdir(ctx.sessionsDir)).toEqual(['new']);

    await expect(deleteAllData(ctx, { confirm: 'yes' })).rejects.toThrow('confirmation phrase');
    expect(await deleteAllData(ctx, { confirm: 'delete all' })).toEqual({ deleted: 1 });
    expect(await readdir(ctx.sessionsDir)).toEqual([]);
    expect((await dataLocation(ctx)).bytes).toBe(0);
  });
});

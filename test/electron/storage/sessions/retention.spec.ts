import { describe, expect, it } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyRetention } from '../../../../electron/storage/sessions/retention';
import { createSessionStore } from '../../../../electron/storage/sessions/store';
import { spokenSession, tempSessionsDir, writeSessionFolder } from '../archive/fixture';

describe('applyRetention', () => {
  const now = new Date('2026-03-31T12:00:00Z');

  async function history(): Promise<string> {
    const dir = await tempSessionsDir();
    await writeSessionFolder(dir, spokenSession('old', '2026-02-01T09:00:00Z'));
    await writeSessionFolder(dir, spokenSession('edge', '2026-03-01T12:00:01Z'));
    await writeSessionFolder(dir, spokenSession('new', '2026-03-30T09:00:00Z'));
    await mkdir(join(dir, 'broken'));
    await writeFile(join(dir, 'broken', 'session.json'), '{');
    return dir;
  }

  it('deletes sessions started more than N days ago and keeps the rest, never touching unreadable ones', async () => {
    const dir = await history();
    const result = await applyRetention(createSessionStore(dir), 30, now);
    expect(result.deleted).toEqual(['old']);
    expect(result.kept).toBe(2);
    expect(result.skipped.map((s) => s.id)).toEqual(['broken']);
    expect((await readdir(dir)).sort()).toEqual(['broken', 'edge', 'new']);
  });

  it('keeps everything when set to keep forever', async () => {
    const dir = await history();
    expect(await applyRetention(createSessionStore(dir), null, now)).toEqual({ deleted: [], kept: 0, skipped: [] });
    expect((await readdir(dir)).length).toBe(4);
  });

  it('refuses a retention of less than a day', async () => {
    await expect(applyRetention(createSessionStore(await tempSessionsDir()), 0, now)).rejects.toThrow('at least one day');
  });

  it('does nothing when there is no data folder yet', async () => {
    expect(await applyRetention(createSessionStore(join(await tempSessionsDir(), 'none')), 7, now)).toEqual({ deleted: [], kept: 0, skipped: [] });
  });
});

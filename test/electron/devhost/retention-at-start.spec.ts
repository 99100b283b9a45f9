import { describe, expect, it } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { startDevHost } from '../../../electron/devhost/server';
import { spokenSession, tempSessionsDir, writeSessionFolder } from '../storage/archive/fixture';

describe('retention at start', () => {
  it('deletes sessions past the stored retention period before the host serves anything', async () => {
    const sessionsDir = await tempSessionsDir();
    const dataDir = dirname(sessionsDir);
    const recent = new Date(Date.now() - 2 * 86_400_000).toISOString();
    await writeSessionFolder(sessionsDir, spokenSession('old', '2020-05-01T10:00:00Z'));
    await writeSessionFolder(sessionsDir, spokenSession('recent', recent));
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ retentionDays: 30 }));
    await mkdir(join(dataDir, 'renderer'));
    const host = await startDevHost({ port: 0, dataDir, modelsDir: join(dataDir, 'models'), rendererDir: join(dataDir, 'renderer') });
    try {
      expect(await readdir(sessionsDir)).toEqual(['recent']);
    } finally {
      await host.close();
    }
  });
});

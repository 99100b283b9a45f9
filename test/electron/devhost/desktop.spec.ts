import { describe, expect, it } from 'vitest';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devHostDesktop, platformOpener } from '../../../electron/devhost/desktop';

describe('dev host desktop', () => {
  it('names the platform opener', () => {
    expect([platformOpener('linux'), platformOpener('darwin'), platformOpener('win32')]).toEqual(['xdg-open', 'open', 'explorer']);
  });

  it('runs the given opener with the folder, and turns a missing or failing opener into a plain sentence', async () => {
    const root = await mkdtemp(join(tmpdir(), 'attune-opener-'));
    const log = join(root, 'opened.log');
    const opener = join(root, 'record-open.sh');
    await writeFile(opener, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\n`);
    await chmod(opener, 0o755);
    const desktop = devHostDesktop(opener);
    expect(desktop.hasDialogs).toBe(false);
    await desktop.openFolder('/some/data dir');
    expect(await readFile(log, 'utf8')).toBe('/some/data dir\n');
    await expect(devHostDesktop(join(root, 'missing')).openFolder('/x')).rejects.toThrow(`No "${join(root, 'missing')}" command is installed to open folders; the folder is /x.`);
    await expect(devHostDesktop('false').openFolder('/x')).rejects.toThrow('"false" could not open /x (exit code 1).');
    await expect(desktop.pick('session-zip')).resolves.toBeNull();
  });
});

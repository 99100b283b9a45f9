import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncFolder, writeFileAtomic, writeFolderAtomic, type StoreFs } from '../../../electron/storage/atomic';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A file system whose folder fsync (open for reading, then sync) fails with `code`. */
function folderSyncFails(code: string): StoreFs {
  return {
    ...nodeFs,
    open: (async (path: string, flags?: string) => {
      const handle = await nodeFs.open(path, flags);
      if (flags !== 'r') return handle;
      await handle.close();
      return { sync: async () => Promise.reject(Object.assign(new Error(`${code}: simulated`), { code })), close: async () => undefined };
    }) as StoreFs['open'],
  };
}

describe('writeFileAtomic (the one atomic write)', () => {
  it('creates the folder, writes the file and leaves no temp file', async () => {
    const path = join(dir, 'a', 'b.json');
    await writeFileAtomic(path, '{"x":1}');
    await writeFileAtomic(path, '{"x":2}');
    expect(await readFile(path, 'utf8')).toBe('{"x":2}');
    expect(await readdir(join(dir, 'a'))).toEqual(['b.json']);
  });

  it.each(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP'])('treats %s from a folder fsync as "this platform cannot" and keeps the write', async (code) => {
    const path = join(dir, 'kept.json');
    await writeFileAtomic(path, 'new', folderSyncFails(code));
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('throws a real I/O failure of the folder fsync, for files and folders alike', async () => {
    await expect(writeFileAtomic(join(dir, 'x.json'), 'data', folderSyncFails('EIO'))).rejects.toThrow('EIO');
    await expect(writeFolderAtomic(join(dir, 'folder'), new Map([['a.txt', 'a']]), folderSyncFails('EIO'))).rejects.toThrow('EIO');
    await expect(syncFolder(dir, folderSyncFails('EIO'))).rejects.toThrow('EIO');
    await expect(syncFolder(dir, folderSyncFails('EPERM'))).resolves.toBeUndefined();
    // The failed folder write left nothing behind.
    expect((await readdir(dir)).filter((n) => n.startsWith('.partial'))).toEqual([]);
  });

  it('writes a folder whole or not at all, and never over an existing one', async () => {
    const path = join(dir, 'session');
    await writeFolderAtomic(path, new Map<string, Uint8Array | string>([['session.json', '{}'], ['a.wav', new Uint8Array([1, 2])]]));
    expect((await readdir(path)).sort()).toEqual(['a.wav', 'session.json']);
    await expect(writeFolderAtomic(path, new Map([['other.json', '{}']]))).rejects.toThrow('already exists');
    expect((await readdir(path)).sort()).toEqual(['a.wav', 'session.json']);
    expect(await readdir(dir)).toEqual(['session']);
  });
});

/** Crash-safe file writes: a reader sees either the old file or the whole new one, never a torn one. */
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The slice of `node:fs/promises` the store uses; tests inject failures through it. */
export type StoreFs = Pick<typeof nodeFs, 'open' | 'rename' | 'mkdir' | 'readdir' | 'readFile' | 'rm' | 'stat'>;

/** The real file system. */
export const realFs: StoreFs = nodeFs;

/** Writes temp file, fsyncs it, renames it over `path`, then fsyncs the folder so the rename survives power loss. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, fs: StoreFs = realFs): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDir(dir, fs);
}

/** fsync on a directory is unsupported on Windows; there the rename is already durable enough. */
async function syncDir(dir: string, fs: StoreFs): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close();
  }
}

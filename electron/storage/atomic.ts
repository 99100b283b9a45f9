/**
 * Crash-safe writes, the only way Attune writes user data: a reader sees the old file (or folder)
 * or the whole new one, never a torn one. Temp file, fsync, rename, fsync the folder.
 */
import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The slice of `node:fs/promises` storage uses; tests inject failures through it. */
export type StoreFs = Pick<typeof nodeFs, 'open' | 'rename' | 'mkdir' | 'readdir' | 'readFile' | 'rm' | 'stat' | 'lstat'>;

/** The real file system. */
export const realFs: StoreFs = nodeFs;

/**
 * Errors from fsyncing a folder that mean the platform cannot do it (Windows, some network file
 * systems); there the rename is as durable as it gets. Any other error is a real I/O failure and
 * is thrown, the same everywhere.
 */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP']);

/** A hidden sibling name for temporary work, skipped by the session list (ids never start with a dot). */
export function tempSibling(path: string, tag: string): string {
  return join(dirname(path), `.${tag}-${basename(path)}-${randomBytes(4).toString('hex')}`);
}

/** Writes bytes to `path`, fsyncing the file before returning. */
async function writeSynced(path: string, data: Uint8Array | string, fs: StoreFs): Promise<void> {
  const handle = await fs.open(path, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsyncs a folder so a rename inside it survives power loss. */
export async function syncFolder(path: string, fs: StoreFs = realFs): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(path, 'r');
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/** Writes a file atomically (creating its folder if needed): temp file, fsync, rename, fsync the folder. */
export async function writeFileAtomic(path: string, data: Uint8Array | string, fs: StoreFs = realFs): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const temp = tempSibling(path, 'tmp');
  try {
    await writeSynced(temp, data, fs);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path), fs);
}

/**
 * Creates folder `path` holding `files`, atomically: they are written into a hidden temp folder
 * next to it, which is renamed into place only when complete. Fails if `path` already exists.
 */
export async function writeFolderAtomic(path: string, files: ReadonlyMap<string, Uint8Array | string>, fs: StoreFs = realFs): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const temp = tempSibling(path, 'partial');
  try {
    await fs.mkdir(temp);
    for (const [name, data] of files) await writeSynced(join(temp, name), data, fs);
    await syncFolder(temp, fs);
    // rename() onto an existing non-empty folder fails (ENOTEMPTY/EEXIST), but onto an empty one it
    // would succeed, so check first; the window between is harmless (we never overwrite data).
    if (await exists(path, fs)) throw Object.assign(new Error(`${path} already exists.`), { code: 'EEXIST' });
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path), fs);
}

async function exists(path: string, fs: StoreFs): Promise<boolean> {
  return fs.lstat(path).then(
    () => true,
    () => false,
  );
}

/** Atomic file and folder writes for archives: readers see the old state or the whole new one. */
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A hidden sibling name for temporary work, skipped by the session list (ids never start with a dot). */
export function tempSibling(path: string, tag: string): string {
  return join(dirname(path), `.${tag}-${basename(path)}-${randomBytes(4).toString('hex')}`);
}

/** Writes bytes to `path`, fsyncing the file before returning. */
export async function writeSynced(path: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsyncs a folder so a rename inside it survives power loss; not supported everywhere, so best effort. */
export async function syncFolder(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open folders for sync; the rename is as durable as it gets there.
  }
}

/** Writes a file atomically: temp file, fsync, rename, fsync the folder. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempSibling(path, 'tmp');
  try {
    await writeSynced(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Creates folder `path` holding `files`, atomically: they are written into a hidden temp folder
 * next to it, which is renamed into place only when complete. Fails if `path` already exists.
 */
export async function writeFolderAtomic(path: string, files: ReadonlyMap<string, Uint8Array | string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempSibling(path, 'partial');
  try {
    await mkdir(temp);
    for (const [name, data] of files) await writeSynced(join(temp, name), data);
    await syncFolder(temp);
    // rename() onto an existing non-empty folder fails (ENOTEMPTY/EEXIST), but onto an empty one it
    // would succeed, so check first; the window between is harmless (we never overwrite data).
    if (await exists(path)) throw Object.assign(new Error(`${path} already exists.`), { code: 'EEXIST' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

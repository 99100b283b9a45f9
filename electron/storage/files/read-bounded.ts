/**
 * Reading a file whose path came from outside (a user's pick, an archive, a data folder anyone can
 * write to) without trusting it. `stat().size` is 0 for /dev/zero and a FIFO, so a plain readFile
 * of one grows without bound or never returns. Here the file is opened without blocking (a FIFO
 * opens at once), checked on the open descriptor to be a regular file of at most `maxBytes`, and
 * read with that cap even if it grows meanwhile. Links are refused unless the caller allows them.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** A file refused before or while reading, with one plain sentence. */
export class UnsafeFileError extends Error {
  constructor(
    message: string,
    readonly reason: 'link' | 'missing' | 'folder' | 'not-a-file' | 'too-large',
  ) {
    super(message);
    this.name = 'UnsafeFileError';
  }
}

/** How to read: the cap, the words naming the file in messages, and whether a link may be followed. */
export interface BoundedReadOptions {
  maxBytes: number;
  /** How the file is named in a message, e.g. "session.json" or "The archive". Default: the path. */
  what?: string;
  /** Follow a symbolic link (only for a path the user picked themselves). Default: refuse it. */
  followLinks?: boolean;
}

// O_NOFOLLOW and O_NONBLOCK do not exist on Windows, where FIFOs and device paths do not arise this way.
const flags = (followLinks: boolean): number => constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (followLinks ? 0 : (constants.O_NOFOLLOW ?? 0));

/** A size for a message: "300 bytes", "2 KB", "16 MB", "2.5 MB". */
export function megabytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / 1024 / 1024;
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
}

function refusal(what: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP' || code === 'EMLINK') return new UnsafeFileError(`${what} is a link to another file; Attune does not follow links here, so copy the file itself instead.`, 'link');
  if (code === 'ENOENT') return new UnsafeFileError(`${what} does not exist.`, 'missing');
  if (code === 'EISDIR') return new UnsafeFileError(`${what} is a folder, not a file.`, 'folder');
  return error as Error;
}

function check(what: string, stats: Stats, maxBytes: number): void {
  if (stats.isDirectory()) throw new UnsafeFileError(`${what} is a folder, not a file.`, 'folder');
  if (!stats.isFile()) throw new UnsafeFileError(`${what} is not a plain file (it is a device, pipe or socket), so it was not read.`, 'not-a-file');
  if (stats.size > maxBytes) throw new UnsafeFileError(`${what} is ${megabytes(stats.size)}, more than the ${megabytes(maxBytes)} it may be.`, 'too-large');
}

function tooLarge(what: string, maxBytes: number): UnsafeFileError {
  return new UnsafeFileError(`${what} grew past ${megabytes(maxBytes)} while being read, so it was not used.`, 'too-large');
}

/** Reads a regular file of at most `maxBytes` (see the module comment). */
export async function readBounded(path: string, options: BoundedReadOptions): Promise<Buffer> {
  const what = options.what ?? path;
  const handle = await open(path, flags(options.followLinks ?? false)).catch((error: unknown) => {
    throw refusal(what, error);
  });
  try {
    check(what, await handle.stat(), options.maxBytes);
    const buffer = Buffer.alloc(Math.min(options.maxBytes + 1, 64 * 1024));
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > options.maxBytes) throw tooLarge(what, options.maxBytes);
      parts.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
    return Buffer.concat(parts, total);
  } finally {
    await handle.close();
  }
}

/** readBounded for synchronous callers (the scenario loader). */
export function readBoundedSync(path: string, options: BoundedReadOptions): Buffer {
  const what = options.what ?? path;
  let fd: number;
  try {
    fd = openSync(path, flags(options.followLinks ?? false));
  } catch (error) {
    throw refusal(what, error);
  }
  try {
    check(what, fstatSync(fd), options.maxBytes);
    const buffer = Buffer.alloc(Math.min(options.maxBytes + 1, 64 * 1024));
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > options.maxBytes) throw tooLarge(what, options.maxBytes);
      parts.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
    return Buffer.concat(parts, total);
  } finally {
    closeSync(fd);
  }
}

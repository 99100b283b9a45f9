/**
 * File-system errors as one sentence a person can act on. Node's own messages ("ENOSPC: no space
 * left on device, write", "EROFS: read-only file system, mkdir '…'") reached the UI unchanged.
 */

const FILE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EMFILE', 'ENFILE', 'EIO', 'EBUSY']);

/** True for an error a file-system call threw (it carries an errno code Attune explains). */
export function isFileError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return error instanceof Error && typeof code === 'string' && FILE_CODES.has(code) && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** One sentence for a file-system error: what happened to which file, and what to do. */
export function plainFileMessage(error: NodeJS.ErrnoException): string {
  const where = error.path ?? 'the file';
  const writing = ['mkdir', 'open', 'write', 'rename', 'copyfile', 'unlink', 'rmdir', 'rm', 'fsync', 'mkdtemp'].includes(error.syscall ?? '');
  switch (error.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full, so ${where} could not be written; free some space and try again.`;
    case 'EROFS':
      return `${where} is on a read-only disk, so Attune cannot write there; make it writable or choose another folder.`;
    case 'EACCES':
    case 'EPERM':
      return `Attune is not allowed to ${writing ? 'write to' : 'read'} ${where}; check that folder's permissions and try again.`;
    case 'ENOENT':
      return error.syscall === 'mkdir'
        ? `The folder ${where} could not be created because a folder above it is missing; check that its disk is connected, or choose another folder.`
        : `${where} does not exist (it may have been moved, deleted, or be on a disk that is not connected).`;
    case 'ENOTDIR':
      return `${where} is not inside a folder Attune can use (part of that path is a file).`;
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open at once; close some programs and try again.';
    case 'EBUSY':
      return `${where} is in use by another program; close it and try again.`;
    default:
      return `${where} could not be read or written (a disk error); check the disk and try again.`;
  }
}

/** The same error in plain words when it is a file-system error; anything else unchanged. */
export function plainFileError(error: unknown): unknown {
  return isFileError(error) ? new Error(plainFileMessage(error), { cause: error }) : error;
}

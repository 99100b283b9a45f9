/** Session ids name folders on disk, so they are checked before they ever become part of a path. */
import { randomBytes } from 'node:crypto';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const FILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

/** A new sortable id: the UTC start time plus a random suffix, e.g. `20261123-160102-a1b2c3`. */
export function newSessionId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** A short random id for one reply attempt. */
export function newAttemptId(): string {
  return randomBytes(4).toString('hex');
}

/** True for ids made only of letters, digits, `-` and `_` (so never `..`, `/` or `\`). */
export function isValidSessionId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

/** True for a plain file name inside a session folder (no separators, no leading dot). */
export function isValidFileName(name: unknown): name is string {
  return typeof name === 'string' && FILE_PATTERN.test(name) && !name.includes('..');
}

/** New session and attempt ids; the checks every id and file name pass live with the session schema. */
import { randomBytes } from 'node:crypto';

export { isValidFileName, isValidSessionId } from '../../../shared/types/sessions';

/** A new sortable id: the UTC start time plus a random suffix, e.g. `20261123-160102-a1b2c3`. */
export function newSessionId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** A short random id for one reply attempt. */
export function newAttemptId(): string {
  return randomBytes(4).toString('hex');
}

/**
 * The one check of what may live in a session folder, made before any name becomes a path:
 * session ids and file names follow the schema's patterns (shared/types/sessions.ts).
 */
import { isValidFileName, isValidSessionId } from '../../../shared/types/sessions';

/** The session's own record inside its folder. */
export const SESSION_FILE = 'session.json';
/** Readable summaries written on export; not part of the session, so skipped on import. */
export const SUMMARY_FILES = ['summary.md'] as const;

/** True for a safe session folder name. */
export const isSafeSessionId: (id: unknown) => id is string = isValidSessionId;

/** True for a plain file name (no separators, no `..`, no leading dot). */
export const isSafeFileName: (name: unknown) => name is string = isValidFileName;

/** True for the files that make up a session: its `session.json` and its WAVs. */
export function isSessionFile(name: string): boolean {
  return name === SESSION_FILE || (isSafeFileName(name) && name.toLowerCase().endsWith('.wav'));
}

/** Throws a plain error unless `id` is a safe session id. */
export function assertSafeSessionId(id: string): void {
  if (!isSafeSessionId(id)) throw new Error(`"${id}" is not a valid session id.`);
}

/** Throws a plain error unless `name` is a plain file name. */
export function assertSafeFileName(name: string): void {
  if (!isSafeFileName(name)) throw new Error(`"${name}" is not a valid file name.`);
}

/**
 * What may live in a session folder, checked before any name becomes a path. The rules match the
 * session store's (letters, digits, `-`, `_`; files without separators or a leading dot).
 */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const FILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

export const SESSION_FILE = 'session.json';
/** Readable summaries written on export; not part of the session, so skipped on import. */
export const SUMMARY_FILES = ['summary.md'] as const;

/** True for a safe session folder name. */
export function isSafeSessionId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

/** True for a plain file name (no separators, no `..`, no leading dot). */
export function isSafeFileName(name: unknown): name is string {
  return typeof name === 'string' && FILE_PATTERN.test(name) && !name.includes('..');
}

/** True for the files that make up a session: its `session.json` and its WAVs. */
export function isSessionFile(name: string): boolean {
  return name === SESSION_FILE || (isSafeFileName(name) && name.toLowerCase().endsWith('.wav'));
}

/** Throws a plain error unless `id` is a safe session id. */
export function assertSafeSessionId(id: string): void {
  if (!isSafeSessionId(id)) throw new Error(`"${id}" is not a valid session id.`);
}

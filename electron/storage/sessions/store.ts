/**
 * The session store, the one module that reads and writes sessions: one folder per session under
 * the sessions folder, holding `session.json` and one WAV per voice reply. Every write is atomic
 * (storage/atomic.ts), every id and file name is checked before it becomes a path (names.ts), and
 * every `session.json` is read through the one schema with its migrations (domain/sessions/schema.ts).
 * Settings, Progress, retention, export and import all go through it.
 */
import { join } from 'node:path';
import { sessionSchema, type Session, type SessionProblem, type SessionSummary } from '../../../shared/types/sessions';
import type { ExportResult, ImportResult } from '../../../shared/types/archive';
import { parseSession } from '../../domain/sessions/schema';
import { MAX_SESSION_JSON_BYTES, MAX_WAV_BYTES } from '../../domain/sessions/caps';
import { attemptCount, replyCount, sessionScores } from '../../../shared/sessions/scores';
import { megabytes, readBounded } from '../files/read-bounded';
import { isFileError, plainFileMessage } from '../files/plain-errors';
import { realFs, tempSibling, writeFileAtomic, type StoreFs } from '../atomic';
import { collectExport, writeExport, type ExportTarget } from '../archive/export';
import { importSession, importSessionZip } from '../archive/import';
import { readSessionFiles, type SessionFiles } from './files';
import { assertSafeFileName, assertSafeSessionId, isSafeSessionId, SESSION_FILE } from './names';

export { SESSION_FILE } from './names';

/** A write that failed for a reason the user can act on (full disk, no permission). */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** The session store bound to one sessions folder. */
export interface SessionStore {
  readonly dir: string;
  /** Ids of the session folders, sorted (hidden temp folders and stray files are not sessions). */
  ids(): Promise<string[]>;
  /** Every readable session, by id, and one problem per folder that could not be read. */
  loadAll(): Promise<{ sessions: Session[]; problems: SessionProblem[] }>;
  /** Summaries, newest first, and the folders that could not be read. */
  list(): Promise<{ sessions: SessionSummary[]; problems: SessionProblem[] }>;
  load(id: string): Promise<Session>;
  save(session: Session): Promise<void>;
  saveAudio(id: string, fileName: string, wav: Uint8Array): Promise<void>;
  readAudio(id: string, fileName: string): Promise<Uint8Array>;
  /** A session's files as bytes (session.json and WAVs), checked, for export. */
  files(id: string): Promise<SessionFiles>;
  /** Deletes a session: renamed to a hidden name first, so no list ever shows it half-deleted. */
  remove(id: string): Promise<void>;
  /** Exports a session as a zip file or a folder (with summary.md); never overwrites a folder. */
  export(id: string, target: ExportTarget): Promise<ExportResult>;
  /** Imports an exported session from a zip file or folder on disk. */
  import(source: string): Promise<ImportResult>;
  /** Imports a session zip held in memory (an upload). */
  importZip(bytes: Uint8Array): Promise<ImportResult>;
  /** How many sessions there are and how many bytes their folders hold. */
  usage(): Promise<{ sessionCount: number; bytes: number }>;
}

/** Turns a file-system error into a sentence a person can act on. */
export function describeWriteError(error: unknown, dir: string): StorageError {
  const code = (error as NodeJS.ErrnoException)?.code ?? 'EUNKNOWN';
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new StorageError(`The disk holding ${dir} is full, so the session could not be saved.`, code);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StorageError(`Attune is not allowed to write to ${dir}, so the session could not be saved.`, code);
  }
  if (isFileError(error)) return new StorageError(`The session could not be saved: ${plainFileMessage(error)}`, code);
  return new StorageError(`The session could not be saved in ${dir}: ${(error as Error)?.message ?? String(error)}`, code);
}

/** Summarises a session for the list. */
export function summarize(session: Session): SessionSummary {
  const scores = sessionScores(session);
  return {
    id: session.id,
    scenarioId: session.scenarioId,
    scenarioTitle: session.scenarioTitle,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    ending: session.ending,
    replyCount: replyCount(session),
    attemptCount: attemptCount(session),
    ...(scores ? { scores } : {}),
    ...(session.branches?.length ? { retryCount: session.branches.length } : {}),
  };
}

/** Opens (without creating) the store in `dir`; folders are created on first write. */
export function createSessionStore(dir: string, fs: StoreFs = realFs): SessionStore {
  const folder = (id: string): string => {
    assertSafeSessionId(id);
    return join(dir, id);
  };
  const file = (id: string, name: string): string => {
    assertSafeFileName(name);
    return join(folder(id), name);
  };
  const write = async (id: string, name: string, data: string | Uint8Array): Promise<void> => {
    const path = file(id, name);
    try {
      await writeFileAtomic(path, data, fs);
    } catch (error) {
      throw describeWriteError(error, dir);
    }
  };
  const ids = async (): Promise<string[]> => {
    let entries: string[];
    try {
      entries = await fs.readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const found: string[] = [];
    for (const name of entries.filter(isSafeSessionId).sort()) {
      if ((await fs.stat(join(dir, name)).catch(() => null))?.isDirectory()) found.push(name);
    }
    return found;
  };

  const store: SessionStore = {
    dir,
    ids,
    async loadAll() {
      const sessions: Session[] = [];
      const problems: SessionProblem[] = [];
      for (const id of await ids()) {
        try {
          sessions.push(await store.load(id));
        } catch (error) {
          problems.push({ id, message: (error as Error).message });
        }
      }
      return { sessions, problems };
    },
    async list() {
      const { sessions, problems } = await store.loadAll();
      const summaries = sessions.map(summarize).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
      return { sessions: summaries, problems };
    },
    async load(id) {
      const path = file(id, SESSION_FILE);
      let text: string;
      try {
        // A FIFO or device here would hang or fill memory; a huge file would stall every list (see domain/sessions/caps.ts).
        const info = await fs.stat(path);
        if (!info.isFile()) throw new Error(`Session ${id}'s ${SESSION_FILE} is not a plain file, so it was not read.`);
        if (info.size > MAX_SESSION_JSON_BYTES) throw new Error(`Session ${id}'s ${SESSION_FILE} is ${megabytes(info.size)}, more than the ${megabytes(MAX_SESSION_JSON_BYTES)} it may be.`);
        text = await fs.readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`Session ${id} has no ${SESSION_FILE}.`, { cause: error });
        throw error;
      }
      let session: Session;
      try {
        session = parseSession(text);
      } catch (error) {
        throw new Error(`Session ${id} could not be read: ${(error as Error).message}`, { cause: error });
      }
      if (session.id !== id) throw new Error(`Session ${id} could not be read: its file names another id (${session.id}).`);
      return session;
    },
    async save(session) {
      // Never write what the next load would refuse: a field the strict schema does not know is a bug here, not in the file.
      const checked = sessionSchema.safeParse(session);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new Error(`Session ${session.id} was not saved: it does not fit the session format (${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}).`);
      }
      await write(session.id, SESSION_FILE, JSON.stringify(session, null, 2) + '\n');
    },
    async saveAudio(id, fileName, wav) {
      await write(id, fileName, wav);
    },
    async readAudio(id, fileName) {
      return new Uint8Array(await readBounded(file(id, fileName), { maxBytes: MAX_WAV_BYTES, what: `The recording ${fileName} of session ${id}` }));
    },
    files: (id) => readSessionFiles(dir, id),
    async remove(id) {
      const path = folder(id);
      const trash = tempSibling(path, 'deleting');
      try {
        await fs.rename(path, trash);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`There is no session ${id}.`, { cause: error });
        throw error;
      }
      await fs.rm(trash, { recursive: true, force: true });
    },
    async export(id, target) {
      return writeExport(id, collectExport(await store.files(id)), target);
    },
    import: (source) => importSession(dir, source),
    importZip: (bytes) => importSessionZip(dir, bytes),
    async usage() {
      const found = await ids();
      let bytes = 0;
      for (const id of found) {
        for (const name of await fs.readdir(join(dir, id)).catch(() => [] as string[])) {
          bytes += (await fs.stat(join(dir, id, name)).catch(() => ({ size: 0 }))).size;
        }
      }
      return { sessionCount: found.length, bytes };
    },
  };
  return store;
}

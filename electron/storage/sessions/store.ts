/**
 * The local session store: one folder per session under a data folder, holding `session.json`
 * and one WAV per voice reply. Every write is atomic, and the session file is rewritten after
 * each reply, so a crash loses at most the reply being recorded.
 */
import { join } from 'node:path';
import { parseSession } from '../../domain/sessions/schema';
import { isValidFileName, isValidSessionId } from '../../domain/sessions/ids';
import type { Session, SessionProblem, SessionSummary } from '../../../shared/types/sessions';
import { MAX_SESSION_JSON_BYTES } from '../archive/session-caps';
import { megabytes } from '../files/read-bounded';
import { isFileError, plainFileMessage } from '../files/plain-errors';
import { realFs, writeFileAtomic, type StoreFs } from './atomic-write';
import { attemptCount, replyCount, sessionScores } from '../../domain/sessions/scores';

export const SESSION_FILE = 'session.json';

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

/** The session store bound to one data folder. */
export interface SessionStore {
  readonly dir: string;
  list(): Promise<{ sessions: SessionSummary[]; problems: SessionProblem[] }>;
  load(id: string): Promise<Session>;
  save(session: Session): Promise<void>;
  saveAudio(id: string, fileName: string, wav: Uint8Array): Promise<void>;
  readAudio(id: string, fileName: string): Promise<Uint8Array>;
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

/** Throws unless `id` is a safe folder name. */
export function assertSessionId(id: string): void {
  if (!isValidSessionId(id)) throw new Error(`"${id}" is not a valid session id.`);
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
  };
}

/** Opens (without creating) the store in `dir`; folders are created on first write. */
export function createSessionStore(dir: string, fs: StoreFs = realFs): SessionStore {
  const folder = (id: string): string => {
    assertSessionId(id);
    return join(dir, id);
  };
  const file = (id: string, name: string): string => {
    if (!isValidFileName(name)) throw new Error(`"${name}" is not a valid file name.`);
    return join(folder(id), name);
  };
  const write = async (id: string, name: string, data: string | Uint8Array): Promise<void> => {
    try {
      await fs.mkdir(folder(id), { recursive: true });
      await writeFileAtomic(file(id, name), data, fs);
    } catch (error) {
      throw describeWriteError(error, dir);
    }
  };

  return {
    dir,
    async list() {
      const sessions: SessionSummary[] = [];
      const problems: SessionProblem[] = [];
      let entries: string[];
      try {
        entries = await fs.readdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { sessions, problems };
        throw error;
      }
      for (const name of entries.sort()) {
        if (!isValidSessionId(name)) continue;
        try {
          const stat = await fs.stat(join(dir, name));
          if (!stat.isDirectory()) continue;
          const session = await this.load(name);
          sessions.push(summarize(session));
        } catch (error) {
          problems.push({ id: name, message: (error as Error).message });
        }
      }
      sessions.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
      return { sessions, problems };
    },
    async load(id) {
      const path = file(id, SESSION_FILE);
      let text: string;
      try {
        // A FIFO or device here would hang or fill memory; a huge file would stall every list (see session-caps).
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
        throw new Error(`Session ${id} could not be read: ${SESSION_FILE} ${(error as Error).message}.`, { cause: error });
      }
      if (session.id !== id) throw new Error(`Session ${id} could not be read: its file names another id (${session.id}).`);
      return session;
    },
    async save(session) {
      await write(session.id, SESSION_FILE, JSON.stringify(session, null, 2) + '\n');
    },
    async saveAudio(id, fileName, wav) {
      await write(id, fileName, wav);
    },
    async readAudio(id, fileName) {
      return new Uint8Array(await fs.readFile(file(id, fileName)));
    },
  };
}

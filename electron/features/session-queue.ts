/**
 * One queue per session: all work that reads or writes one session (reply, redo, end, delete,
 * export, copy) runs one at a time, and work on every session (retention, delete all) waits for
 * all of it. Before this, a spoken reply saved after its transcription `await`, while a delete had
 * already removed the folder: the save wrote the folder back (3 of 15 tries in the probe).
 *
 * A deleted session is also remembered, so a reply still in flight when the delete is asked for
 * saves nothing (the delete wins), and a later save can never recreate it. Queues are keyed by the
 * sessions folder, not by app context, because the race is about the folder on disk.
 */

interface Queues {
  tails: Map<string, Promise<unknown>>;
  barrier: Promise<unknown>;
  deleted: Set<string>;
}

const byFolder = new Map<string, Queues>();

function queues({ sessionsDir }: { sessionsDir: string }): Queues {
  let q = byFolder.get(sessionsDir);
  if (!q) {
    q = { tails: new Map(), barrier: Promise.resolve(), deleted: new Set() };
    byFolder.set(sessionsDir, q);
  }
  return q;
}

/** Runs `work` after all earlier work on session `id` (and any whole-folder work) has finished. */
export function onSession<T>(where: { sessionsDir: string }, id: string, work: () => Promise<T>): Promise<T> {
  const q = queues(where);
  // Earlier work's failure is its caller's to report; it must not stop the queue.
  const run = Promise.all([q.barrier, q.tails.get(id)]).then(work, work);
  const tail = run.catch(() => undefined);
  q.tails.set(id, tail);
  void tail.then(() => {
    if (q.tails.get(id) === tail) q.tails.delete(id);
  });
  return run;
}

/** Runs `work` once every session's queued work is done; new per-session work waits for it. */
export function onAllSessions<T>(where: { sessionsDir: string }, work: () => Promise<T>): Promise<T> {
  const q = queues(where);
  const run = Promise.all([q.barrier, ...q.tails.values()]).then(work, work);
  q.barrier = run.catch(() => undefined);
  return run;
}

/** Remembers sessions as deleted: saves of them are refused from now on. */
export function markDeleted(where: { sessionsDir: string }, ids: Iterable<string>): void {
  const q = queues(where);
  for (const id of ids) q.deleted.add(id);
}

/** Forgets a deletion: the session was imported again on purpose. */
export function unmarkDeleted(where: { sessionsDir: string }, id: string): void {
  queues(where).deleted.delete(id);
}

/** True when session `id` was deleted while this app ran. */
export function isDeleted(where: { sessionsDir: string }, id: string): boolean {
  return queues(where).deleted.has(id);
}

/** The sentence for work on a session deleted meanwhile. */
export const DELETED_MESSAGE = 'This practice session was deleted while the reply was being scored, so the reply was not saved; start a new session.';

/**
 * The lines of a session: the main line (`session.turns`) and each retry (`session.branches`),
 * whose turns before `fromTurn` are those of the line it was retried from. Pure; Review, the
 * ending screen, scores and the Conversation all read a line through here.
 */
import type { Branch, Session, SessionEnding, Turn } from '../types/sessions';

/** One line of a session, with every turn from the first: shared turns, then its own. */
export interface SessionLine {
  /** The branch's id; absent for the main line. */
  branchId?: string;
  /** The 0-based index of the first turn that is this line's own (0 for the main line). */
  fromTurn: number;
  turns: Turn[];
  ending?: SessionEnding;
  endedAt?: string;
}

/** The branch `id` of `session`, or a plain sentence saying it is not there. */
export function findBranch(session: Session, id: string): Branch {
  const branch = session.branches?.find((b) => b.id === id);
  if (!branch) throw new Error(`Session ${session.id} has no retry "${id}".`);
  return branch;
}

/** The line of `branchId` (the main line when absent), turns shared with its parent line included. */
export function sessionLine(session: Session, branchId?: string): SessionLine {
  if (branchId === undefined) return { fromTurn: 0, turns: session.turns, ...endOf(session) };
  const chain: Branch[] = [];
  for (let id: string | undefined = branchId; id !== undefined; id = chain[0]!.parent) {
    // The schema makes each parent an earlier branch; the bound keeps a hand-built object from looping.
    if (chain.length > (session.branches?.length ?? 0)) throw new Error(`Session ${session.id}'s retries name each other in a loop.`);
    chain.unshift(findBranch(session, id));
  }
  let turns = session.turns;
  for (const branch of chain) turns = [...turns.slice(0, branch.fromTurn), ...branch.turns];
  const own = chain.at(-1)!;
  return { branchId, fromTurn: own.fromTurn, turns, ...endOf(own) };
}

function endOf(line: { ending?: SessionEnding; endedAt?: string }): Pick<SessionLine, 'ending' | 'endedAt'> {
  return { ...(line.ending ? { ending: line.ending } : {}), ...(line.endedAt ? { endedAt: line.endedAt } : {}) };
}

const OUTCOMES: Record<SessionEnding | 'open', string> = { success: 'partner opened up', withdrawn: 'partner withdrew', ended: 'you ended it', open: 'not finished' };

/** A branch's name in plain words, e.g. "Retry from turn 2 — partner opened up". */
export function branchLabel(branch: Pick<Branch, 'fromTurn' | 'ending'>): string {
  return `Retry from turn ${branch.fromTurn + 1} — ${OUTCOMES[branch.ending ?? 'open']}`;
}

/** Every turn stored in the session once: the main line's, then each retry's own (for audio files and attempt look-ups). */
export function storedTurns(session: Session): Turn[] {
  return [...session.turns, ...(session.branches ?? []).flatMap((b) => b.turns)];
}

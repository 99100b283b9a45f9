/**
 * Size caps on a session file from outside (an import, or a folder someone edited), checked on
 * the parsed JSON before the schema runs: a 20 MB title took 15 s to list, and 5,000 turns never
 * finished loading in Review. The numbers are far above any real session (a reply is at most ten
 * minutes; a conversation ends well within 100 turns).
 */
import { SESSION_LIMITS } from '../../../shared/types/session-parts';

/** Largest session.json read from disk or an archive. */
export const MAX_SESSION_JSON_BYTES = 16 * 1024 * 1024;
/** Largest reply WAV: ten minutes of 16 kHz 16-bit mono is 19.2 MB. */
export const MAX_WAV_BYTES = 20 * 1024 * 1024;

/** The schema's own caps (shared/types/session-parts.ts), checked here on the raw JSON before the schema walks it. */
export const SESSION_CAPS = {
  maxTurns: SESSION_LIMITS.turns,
  maxBranches: SESSION_LIMITS.branches,
  maxAttemptsPerTurn: SESSION_LIMITS.attemptsPerTurn,
  maxTitle: SESSION_LIMITS.title,
  maxString: SESSION_LIMITS.text,
  maxArray: SESSION_LIMITS.list,
  maxDepth: 12,
};

/** Throws one plain sentence when a parsed session is too big in any part. */
export function assertSessionWithinCaps(data: unknown): void {
  const s = data as { scenarioTitle?: unknown; turns?: unknown; branches?: unknown };
  if (typeof s.scenarioTitle === 'string' && s.scenarioTitle.length > SESSION_CAPS.maxTitle) {
    throw new Error(`session.json has a scenario title of ${s.scenarioTitle.length.toLocaleString('en-US')} characters; at most ${SESSION_CAPS.maxTitle} are allowed.`);
  }
  assertTurnsWithinCaps(s.turns);
  if (Array.isArray(s.branches)) {
    if (s.branches.length > SESSION_CAPS.maxBranches) throw new Error(`session.json has ${s.branches.length.toLocaleString('en-US')} retries; at most ${SESSION_CAPS.maxBranches} are allowed.`);
    for (const branch of s.branches as Array<{ turns?: unknown }>) assertTurnsWithinCaps(branch?.turns);
  }
  // Every other string and list, at any depth, walked without recursion.
  const stack: Array<[unknown, number]> = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string' && value.length > SESSION_CAPS.maxString) {
      throw new Error(`session.json holds a text of ${value.length.toLocaleString('en-US')} characters; at most ${SESSION_CAPS.maxString.toLocaleString('en-US')} are allowed.`);
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > SESSION_CAPS.maxDepth) throw new Error('session.json is nested deeper than any session is.');
    const children = Array.isArray(value) ? value : Object.values(value);
    if (children.length > SESSION_CAPS.maxArray) throw new Error(`session.json holds a list of ${children.length.toLocaleString('en-US')} items; at most ${SESSION_CAPS.maxArray.toLocaleString('en-US')} are allowed.`);
    for (const child of children) stack.push([child, depth + 1]);
  }
}

/** The turn caps, for the main line and for each retry alike. */
function assertTurnsWithinCaps(turns: unknown): void {
  if (!Array.isArray(turns)) return;
  if (turns.length > SESSION_CAPS.maxTurns) throw new Error(`session.json has ${turns.length.toLocaleString('en-US')} turns; at most ${SESSION_CAPS.maxTurns} are allowed.`);
  for (const turn of turns as Array<{ attempts?: unknown }>) {
    if (Array.isArray(turn?.attempts) && turn.attempts.length > SESSION_CAPS.maxAttemptsPerTurn) {
      throw new Error(`session.json has a turn with ${turn.attempts.length.toLocaleString('en-US')} replies; at most ${SESSION_CAPS.maxAttemptsPerTurn} are allowed.`);
    }
  }
}

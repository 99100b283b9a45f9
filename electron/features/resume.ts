/**
 * Rebuilds a practice session's conversation from its saved file: the engine is pure and every
 * attempt keeps its analysis, so replaying the answer each turn kept gives the partner's state
 * back exactly. This lets the app drop idle sessions from memory and pick them up again later.
 */
import { respond, startConversation, type ConversationState, type Scenario } from '../domain/scenarios';
import type { Session } from '../../shared/types/sessions';
import { continuingAttempt } from '../../shared/sessions/scores';

/** The partner's state after a saved session's replies, and what Redo needs. */
export interface ReplayedConversation {
  state: ConversationState;
  /** The state before the last answered line, when that reply can still be redone. */
  before?: ConversationState;
  /** The index of the turn `before` answers. */
  answeredTurn?: number;
}

/**
 * Replays the attempt each turn went on from (chosen after a redo, else its last). Throws when the
 * result differs from the file, e.g. the scenario was edited since, because the partner's state
 * would then be a guess.
 */
export function replayConversation(scenario: Scenario, session: Session): ReplayedConversation {
  if (session.scenarioId !== scenario.id) throw new Error(`Session ${session.id} belongs to scenario "${session.scenarioId}", not "${scenario.id}".`);
  let state = startConversation(scenario);
  let before: ConversationState | undefined;
  let answeredTurn: number | undefined;
  const mismatch = () => new Error(`Session ${session.id} no longer matches the scenario "${scenario.title}", which has changed since; it can be replayed in Review but not continued.`);
  if (session.turns[0]?.partnerLine !== state.line) throw mismatch();
  for (const [index, turn] of session.turns.entries()) {
    const kept = continuingAttempt(turn);
    if (!kept) break;
    const reaction = respond(scenario, state, kept.analysis);
    const next = session.turns[index + 1];
    if (reaction.openness !== kept.reaction.opennessAfter || (next ? next.partnerLine !== reaction.line : !reaction.ending)) throw mismatch();
    before = state;
    answeredTurn = index;
    state = reaction.state;
  }
  // Ending a session by hand closes Redo (see endPractice).
  return session.ending === 'ended' ? { state } : { state, before, answeredTurn };
}

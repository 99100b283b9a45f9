import { SESSION_SCHEMA_VERSION, type Session } from '../../../../shared/types/sessions';
import type { Analysis } from '../../../../electron/domain/analysis/types';

/** A plain analysis result for store tests; the store never reads its meaning. */
export const analysis: Analysis = {
  scores: { judgmentFree: 90, openQuestions: 80, empathy: 70, overall: 80 },
  questions: [{ text: 'what happened', start: 0, end: 13, type: 'open' }],
  judgments: [],
  empathy: { emotionalReactions: 1, interpretations: 0, explorations: 2 },
  reflection: false,
  advice: false,
};

/** A one-reply session with the given id. */
export function makeSession(id: string, startedAt = '2026-11-23T16:00:00.000Z'): Session {
  return {
    schemaVersion: SESSION_SCHEMA_VERSION,
    id,
    scenarioId: 'grief',
    scenarioTitle: 'After the funeral',
    startedAt,
    turns: [
      {
        index: 0,
        partnerLine: "I'm fine.",
        attempts: [
          {
            id: 'a1',
            createdAt: startedAt,
            source: 'voice',
            text: 'what happened',
            audioFile: 'turn-0-a1.wav',
            analysis,
            reaction: { opennessBefore: 1, opennessAfter: 2, line: 'It was a long week.', thought: 'Maybe they care.' },
          },
        ],
      },
    ],
  };
}

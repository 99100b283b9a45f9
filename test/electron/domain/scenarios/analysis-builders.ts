/** Hand-built analyzer results for engine tests, so the engine is tested apart from the analyzer. */
import type { Analysis, EmpathyLevel } from '../../../../electron/domain/analysis/types';

interface Shape {
  judgments?: string[];
  open?: number;
  closed?: number;
  reflection?: boolean;
  advice?: boolean;
  emotional?: EmpathyLevel;
  interpretations?: EmpathyLevel;
  explorations?: EmpathyLevel;
}

/** An Analysis with the given flags; scores are rough but consistent with the flags. */
export function analysis(shape: Shape = {}): Analysis {
  const judgments = (shape.judgments ?? []).map((kind, i) => ({ text: `j${i}`, start: 100 + i, end: 101 + i, kind, suggestion: 'better' }));
  const questions = [
    ...Array.from({ length: shape.open ?? 0 }, () => ({ text: 'what', start: 0, end: 4, type: 'open' as const })),
    ...Array.from({ length: shape.closed ?? 0 }, () => ({ text: 'are', start: 0, end: 3, type: 'closed' as const })),
  ];
  const empathy = { emotionalReactions: shape.emotional ?? 0, interpretations: shape.interpretations ?? 0, explorations: shape.explorations ?? 0 };
  const judgmentFree = judgments.length ? 30 : 90;
  const empathyScore = Math.round(((empathy.emotionalReactions + empathy.interpretations + empathy.explorations) / 6) * 100);
  return {
    scores: { judgmentFree, openQuestions: shape.open ? 85 : 50, empathy: empathyScore, overall: Math.round((judgmentFree + empathyScore) / 2) },
    questions,
    judgments,
    empathy,
    reflection: shape.reflection ?? false,
    advice: shape.advice ?? false,
  };
}

/** A warm reflection plus an open question: the best kind of reply. */
export const attentive = () => analysis({ reflection: true, interpretations: 2, emotional: 1, open: 1, explorations: 1 });
/** Blame. */
export const blaming = () => analysis({ judgments: ['blame'] });

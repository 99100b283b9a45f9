import { describe, expect, it } from 'vitest';
import type { Analysis, Evidence } from '../../../../shared/types/analysis';
import type { ReplyAttempt } from '../../../../shared/types/sessions';
import { inlineMarks, regionsFor, timedMarks } from '../../../../renderer/src/screens/review/replay-marks';

const text = "Just get over it. What's been hardest?";
const words = ['Just', 'get', 'over', 'it.', "What's", 'been', 'hardest?'].map((w, i) => ({ text: ` ${w}`, start: i * 0.5, end: i * 0.5 + 0.4 }));

function attempt(evidence: Evidence[] | undefined): ReplyAttempt {
  const analysis = {
    scores: { judgmentFree: 50, openQuestions: 80, empathy: 0, overall: 45 },
    questions: [{ text: "What's been hardest?", start: 18, end: 38, type: 'open' }],
    judgments: [{ text: 'Just get over it', start: 0, end: 16, kind: 'minimizing', suggestion: 'That sounds heavy.' }],
    empathy: { emotionalReactions: 0, interpretations: 0, explorations: 1 },
    reflection: false,
    advice: false,
    ...(evidence ? { evidence } : {}),
  } as Analysis;
  return {
    id: 'a',
    createdAt: '2026-03-01T09:00:00Z',
    source: 'voice',
    text,
    audioFile: 'a.wav',
    transcript: { text, segments: [], words, wordTimestamps: 'estimated', model: 'test', noSpeech: false, durationSec: 3.5 },
    analysis,
    reaction: { opennessBefore: 30, opennessAfter: 30, line: '', thought: '' },
  };
}

describe('replay marks', () => {
  it('times every piece of evidence, overlapping ones included, and colours it by its sign', () => {
    const evidence: Evidence[] = [
      { dimension: 'judgmentFree', delta: -30, start: 0, end: 16, text: 'Just get over it', kind: 'minimizing', note: 'Dismisses the feeling.', suggestion: 'That sounds heavy.' },
      { dimension: 'judgmentFree', delta: -10, start: 5, end: 8, text: 'get', kind: 'imperative', note: 'An order.' },
      { dimension: 'openQuestions', delta: 35, start: 18, end: 38, text: "What's been hardest?", kind: 'open-question', note: 'Invites more.' },
    ];
    const marks = timedMarks(attempt(evidence));
    expect(marks.map((m) => [m.tone, m.time])).toEqual([
      ['hurt', { start: 0, end: 1.9 }],
      ['hurt', { start: 0.5, end: 0.9 }],
      ['helped', { start: 2, end: 3.4 }],
    ]);
    expect(marks[0]!.label).toBe('making it smaller than it is (lowered judgment-free)');
    expect(regionsFor(attempt(evidence), marks)).toHaveLength(3);
    // Inline, overlapping spans cannot both be shown: the first hurt one is kept.
    expect(inlineMarks(marks).map((m) => [m.start, m.end])).toEqual([
      [0, 16],
      [18, 38],
    ]);
  });

  it('falls back to judgments and questions for sessions saved before evidence existed', () => {
    const marks = timedMarks(attempt(undefined));
    expect(marks.map((m) => [m.tone, m.label])).toEqual([
      ['hurt', 'making it smaller than it is'],
      ['helped', 'open question'],
    ]);
  });
});

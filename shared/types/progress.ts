/** Progress over many sessions: what the Progress screen and `progress:summary` show. */
import type { Scores } from './analysis';

/** The four score names, in display order. */
export type ScoreName = keyof Scores;

/** One session reduced to a point on the charts. */
export interface SessionPoint {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  startedAt: string;
  /** The practice day in the caller's time zone, `YYYY-MM-DD`. */
  day: string;
  /** The session's score (shared/sessions/scores.ts): mean over answered turns of each continuing attempt; null when nothing was answered. */
  scores: Scores | null;
  /** Turns answered. */
  replyCount: number;
}

/** One scenario's history. */
export interface ScenarioProgress {
  scenarioId: string;
  scenarioTitle: string;
  sessionCount: number;
  /** Overall score of the first and the latest scored session, and the best one. */
  firstOverall: number | null;
  latestOverall: number | null;
  bestOverall: number | null;
  /** Mean of each score over the scenario's scored sessions. */
  mean: Scores | null;
}

/** How often one kind of flagged language occurred, early on and lately. */
export interface FlagTrend {
  kind: string;
  total: number;
  /** Sessions the flag appeared in. */
  sessionCount: number;
  /** Occurrences per session in the earliest window of sessions. */
  earlyPerSession: number;
  /** Occurrences per session in the latest window of sessions. */
  recentPerSession: number;
  /** Number of sessions in each window (the same for both). */
  window: number;
}

/** Consecutive practice days. */
export interface Streaks {
  /** Days in a row up to today (or up to yesterday, when today has no practice yet). */
  current: number;
  longest: number;
  /** Distinct days with at least one session. */
  practiceDays: number;
  lastPracticeDay: string | null;
}

/** The highest value of one score, and where it came from. */
export interface PersonalBest {
  value: number;
  sessionId: string;
  startedAt: string;
  scenarioTitle: string;
}

/** How close the user's guesses came to the scores in one session (predict, then reveal). */
export interface CalibrationPoint {
  sessionId: string;
  startedAt: string;
  /** Mean of |guess − overall score| over the session's guessed replies, one decimal. */
  meanGap: number;
  guesses: number;
}

/** The whole Progress summary. */
export interface ProgressSummary {
  /** Sessions oldest first. */
  sessions: SessionPoint[];
  scenarios: ScenarioProgress[];
  /** Most frequent first. */
  flags: FlagTrend[];
  streaks: Streaks;
  /** Best single reply per score. */
  bestReply: Partial<Record<ScoreName, PersonalBest>>;
  /** Best session mean per score. */
  bestSession: Partial<Record<ScoreName, PersonalBest>>;
  /** Sessions with at least one guess, oldest first. */
  calibration: CalibrationPoint[];
  timeZone: string;
}

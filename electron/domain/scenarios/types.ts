/**
 * Scenario and conversation types shared by the loader, the engine, the CLI and the renderer.
 * Type-only on purpose: the renderer's tsconfig includes this file, so it must not pull in runtime code.
 * Fields may be added; none may be renamed.
 */
import type { z } from 'zod';
import type { LineAbout } from '../analysis/types';
import type { AboutSchema, CAUSES, LineSchema, REPLY_KINDS, ScenarioSchema, SEED_STRATEGIES, TipSchema, TopicSchema } from './schema';

/** What a line is about, as written in the scenario file: feelings, topic ids and what is unsaid. */
export type LineAboutSpec = z.output<typeof AboutSchema>;

/** A topic pool: the words that name it, what the partner says about it, and the topic it waits for. */
export type ScenarioTopic = z.output<typeof TopicSchema>;

/** A cause of withdrawal named in the seeds, e.g. 'grief'. */
export type Cause = (typeof CAUSES)[number];

/** How the engine reads a reply: 'judgment', 'dismissal', 'fixing', 'selfFocus', 'closedQuestion', 'neutral', 'openQuestion', 'validation', 'reflection', 'offTopic'. */
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** A strategy the seeds say helps, e.g. 'acknowledge-feelings'. */
export type SeedStrategy = (typeof SEED_STRATEGIES)[number];

/** One partner line: the text, optional recorded audio (relative to the scenario file) and preferred openness level. */
export type ScenarioLine = z.output<typeof LineSchema>;

/** A coaching tip: the advice, which seed strategy it draws on, and the reply kinds it answers. */
export type ScenarioTip = z.output<typeof TipSchema>;

/** A scenario as written in its file (validated, defaults applied). */
export type ScenarioFile = z.output<typeof ScenarioSchema>;

/** Where a loaded scenario came from; `dir` is the base for each line's `audio` path. */
export interface ScenarioSource {
  file: string;
  dir: string;
  builtin: boolean;
}

/** A loaded scenario. */
export type Scenario = ScenarioFile & { source: ScenarioSource };

/** One problem found while loading scenario files: the file, the field (dotted path) and YAML line when known. */
export interface ScenarioProblem {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

/** What `loadScenarios` returns: every valid scenario, plus a problem per invalid file or field. */
export interface LoadResult {
  scenarios: Scenario[];
  problems: ScenarioProblem[];
}

/** How a conversation ended on its own: the partner opened up, or withdrew completely. */
export type ConversationEnding = 'success' | 'withdrawn';

/**
 * The partner's state between replies. Plain JSON, never mutated by the engine: keep the previous
 * state to redo a reply (call `respond` again with it).
 */
export interface ConversationState {
  scenarioId: string;
  /** Replies received so far. */
  turn: number;
  /** 0 shut down … 4 open (4 is reached only by the success ending). */
  openness: number;
  /** 0–100: built by good replies, spent by hurtful ones; openness rises only when trust allows. */
  trust: number;
  /** Replies so far that hurt (judgment, dismissal, fixing, self-focus): each one costs more than the last. */
  hurts: number;
  /** The kind of the previous reply, if any. */
  lastKind?: ReplyKind;
  /** The partner's current line: what the user is answering. */
  line: string;
  /** Recorded audio for `line`, relative to the scenario file's folder. */
  audio?: string;
  /** What the partner was thinking as they said `line`. */
  thought: string;
  /** Times each line/thought/tip pool has been drawn from, so picks vary yet stay deterministic. */
  used: Record<string, number>;
  ending?: ConversationEnding;
  /** What `line` is about, as the analyzer takes it (topic ids widened to their words). */
  about?: LineAbout;
  /** Attentive replies so far on each scenario topic: a topic with `requires` opens after one on the topic it names. */
  topics?: Record<string, number>;
  /** Attentive replies so far (helpful, about what was said, not repeated); hard scenarios need five to succeed. */
  attentive?: number;
  /** The last few replies as word stems, to notice a repeat. */
  replies?: string[][];
}

/** The partner's reaction to one reply. */
export interface PartnerReaction {
  state: ConversationState;
  /** How the engine read the reply. */
  kind: ReplyKind;
  /** Every kind found in the reply (the first hurtful one decides `kind` when present). */
  kinds: ReplyKind[];
  line: string;
  /** Recorded audio for `line`, relative to the scenario file's folder. */
  audio?: string;
  /** What the partner thinks but does not say: why the reply landed as it did. */
  thought: string;
  /** Coaching after a reply that hurt or stalled. */
  tip?: { text: string; basis: SeedStrategy };
  /** The scenario topic the partner answered about, when the reply took one up. */
  topic?: string;
  /** True when the reply repeated an earlier one (or asked for what they already said): it earned less. */
  repeated?: boolean;
  openness: number;
  opennessDelta: number;
  trust: number;
  trustDelta: number;
  ending?: ConversationEnding;
}

/**
 * The nested parts of a stored session (analysis, transcript, delivery, attempt, turn), every field
 * typed and capped. They are built by `sessionParts(object)` so that one definition gives both the
 * strict schema a file must pass (`z.strictObject`: unknown fields refused) and the lenient one the
 * version-1 migration uses to drop fields nobody defines (`z.object` strips them). The caps sit far
 * above anything Attune writes (a reply is at most ten minutes and 10,000 characters).
 */
import { z } from 'zod';

/** Caps on the parts of a session; `electron/domain/sessions/caps.ts` checks the same ones before the schema walks a file. */
export const SESSION_LIMITS = {
  /** Reply text, transcripts, partner lines and the spans taken from them. */
  text: 20_000,
  /** Notes, suggestions, labels and readings written by the analyzer and delivery measures. */
  note: 2_000,
  /** Ids, kinds, rule names, units, recording references. */
  name: 200,
  /** The model that transcribed a reply: a model name or a folder path. */
  path: 4_096,
  title: 300,
  turns: 500,
  /** Retries from an earlier turn kept in one session. */
  branches: 50,
  attemptsPerTurn: 100,
  /** Words, segments, evidence, questions and the other lists of one reply. */
  list: 10_000,
  notes: 100,
} as const;

/** Session and attempt ids: letters, digits, `-` and `_` (so never `..`, `/`, `\\` or a quote). */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
/** A reply's WAV inside its session folder: a plain name (no separators, no dot but the extension's) ending in `.wav`. */
const WAV_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,75}\.wav$/;

/** True for ids made only of letters, digits, `-` and `_` (so never `..`, `/` or `\`): ids name folders. */
export function isValidSessionId(id: unknown): id is string {
  return typeof id === 'string' && SESSION_ID_PATTERN.test(id);
}

const text = () => z.string().max(SESSION_LIMITS.text);
const note = () => z.string().max(SESSION_LIMITS.note);
const name = () => z.string().max(SESSION_LIMITS.name);
const list = <T extends z.ZodType>(item: T, max: number = SESSION_LIMITS.list) => z.array(item).max(max);
const seconds = () => z.number().min(0).max(86_400);
const offset = () => z.number().int().min(0).max(SESSION_LIMITS.text);
const score = () => z.number().min(0).max(100);
const level = () => z.union([z.literal(0), z.literal(1), z.literal(2)]);
const measure = () => z.number().min(-1e6).max(1e6);
/** An ISO 8601 time as `Date.toISOString` writes it (an offset is accepted too). */
export const isoTime = () => z.iso.datetime({ offset: true });

/** Every nested part of a session; each object refuses fields it does not know. */
export function sessionParts() {
  const span = { text: text(), start: offset(), end: offset() };
  const scores = z.strictObject({ judgmentFree: score(), openQuestions: score(), empathy: score(), overall: score() });
  const question = z.strictObject({
    ...span,
    type: z.enum(['open', 'closed']),
    flags: list(z.enum(['accusatory-why', 'leading', 'stacked']), 3).optional(),
    suggestion: note().optional(),
  });
  const judgment = z.strictObject({ ...span, kind: name(), suggestion: note(), rule: name().optional(), note: note().optional() });
  const evidence = z.strictObject({
    ...span,
    dimension: z.enum(['judgmentFree', 'openQuestions', 'empathy']),
    delta: z.number().min(-100).max(100),
    kind: name(),
    note: note(),
    suggestion: note().optional(),
  });
  const relevance = z.strictObject({ onTopic: z.boolean(), touched: list(text()), unsaid: z.boolean(), words: list(name()) });
  /** The analyzer's result as stored (older results lack the later fields: evidence, validation, relevance, flags). */
  const analysis = z.strictObject({
    scores,
    questions: list(question),
    judgments: list(judgment),
    empathy: z.strictObject({ emotionalReactions: level(), interpretations: level(), explorations: level() }),
    reflection: z.boolean(),
    advice: z.boolean(),
    validation: z.boolean().optional(),
    evidence: list(evidence).optional(),
    relevance: relevance.optional(),
  });
  const timed = z.strictObject({ start: seconds(), end: seconds(), text: text() });
  const transcript = z.strictObject({
    text: text(),
    segments: list(timed),
    words: list(timed),
    wordTimestamps: z.enum(['model', 'estimated']),
    model: z.string().max(SESSION_LIMITS.path),
    noSpeech: z.boolean(),
    durationSec: seconds(),
  });
  const nullableMeasure = () => measure().nullable();
  const delivery = z.strictObject({
    speakingTimeSec: seconds(),
    wordsPerMinute: nullableMeasure(),
    pauseCount: z.number().int().min(0).max(SESSION_LIMITS.list),
    longestPauseSec: seconds(),
    timeToFirstWordSec: nullableMeasure(),
    loudnessDbfs: nullableMeasure(),
    loudnessVariationDb: nullableMeasure(),
    pitchVariationSemitones: nullableMeasure(),
    fillerWords: list(name()),
    notes: list(z.strictObject({ id: name(), label: note(), value: nullableMeasure(), unit: name(), reading: note() }), SESSION_LIMITS.notes),
  });
  const attempt = z.strictObject({
    id: name().regex(SESSION_ID_PATTERN, 'not a valid attempt id'),
    createdAt: isoTime(),
    source: z.enum(['voice', 'typed']),
    text: text(),
    /** File name of the reply's 16-bit 16 kHz mono WAV inside the session folder, for voice replies. */
    audioFile: z.string().regex(WAV_PATTERN, 'not a plain .wav name').optional(),
    transcript: transcript.optional(),
    analysis,
    delivery: delivery.optional(),
    /** The user's own 0–100 guess before the reveal ("predict, then reveal"). */
    selfRating: score().optional(),
    /** The partner's reaction to this attempt. */
    reaction: z.strictObject({ opennessBefore: z.number().int().min(0).max(100), opennessAfter: z.number().int().min(0).max(100), line: text(), thought: text() }),
  });
  const turn = z.strictObject({
    index: z.number().int().min(0).max(SESSION_LIMITS.turns),
    partnerLine: text(),
    /** Reference of the partner line's recording in the scenario (e.g. "levels.2[0]"), when it had one. */
    partnerAudio: z.string().max(120).optional(),
    attempts: list(attempt, SESSION_LIMITS.attemptsPerTurn),
    /** Id of the attempt the talk went on from, chosen after a redo (default the best); absent means the last attempt. */
    continuedWith: name().regex(SESSION_ID_PATTERN, 'not a valid attempt id').optional(),
  });
  return { analysis, transcript, delivery, attempt, turn };
}

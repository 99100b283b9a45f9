/**
 * The scenario file format, validated with zod where files enter (the loader). The format is
 * documented for authors in docs/scenarios.md; keep the two in step.
 */
import { z } from 'zod';
import { STOP } from '../analysis/lexicon';
import { FUNCTION_WORDS } from '../analysis/rules/relevance';
import { OPEN, type Level } from '../../../shared/openness';
import { SESSION_LIMITS } from '../../../shared/types/session-parts';

/** The causes of withdrawal the seeds name; every scenario is grounded in one. */
export const CAUSES = [
  'low-self-esteem',
  'fear-of-rejection',
  'betrayal',
  'childhood-hurt',
  'anxiety',
  'conflict-shutdown',
  'grief',
  'work-stress',
] as const;

/**
 * What kind of reply the partner received, as the engine reads it from the analyzer's result.
 * The first five hurt or stall; the next three help (see classify.ts for how each is decided);
 * `offTopic` is a listening move about something the partner did not say.
 */
export const REPLY_KINDS = [
  'judgment',
  'dismissal',
  'fixing',
  'selfFocus',
  'closedQuestion',
  'neutral',
  'openQuestion',
  'validation',
  'reflection',
  'offTopic',
] as const;

/** What the seeds say helps; each coaching tip names the one it draws on. */
export const SEED_STRATEGIES = [
  'open-communication',
  'attentive-listening',
  'open-questions',
  'acknowledge-feelings',
  'quality-time',
  'closeness',
  'safety',
] as const;

/** File types a line's recording may have (recordings.ts checks that each file really is one). */
export const RECORDING_EXTENSIONS = ['.wav', '.mp3', '.ogg', '.webm', '.m4a'] as const;

/** Why an `audio:` value is not a relative path to a supported clip inside the scenario's folder; undefined when it is. */
export function audioPathProblem(path: string): string | undefined {
  if (path.includes('\\')) return 'must use "/" between folders (a path relative to the scenario file)';
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return 'must be a path relative to the scenario file, inside its folder (not an absolute path)';
  if (path.split('/').includes('..')) return 'must be a path relative to the scenario file, inside its folder (".." is not allowed)';
  const dot = path.lastIndexOf('.');
  const ext = dot > path.lastIndexOf('/') ? path.slice(dot).toLowerCase() : '';
  if (!(RECORDING_EXTENSIONS as readonly string[]).includes(ext)) {
    return `must be a ${RECORDING_EXTENSIONS.slice(0, -1).join(', ')} or ${RECORDING_EXTENSIONS.at(-1)} file`;
  }
  return undefined;
}

/** Relative path of a recorded clip next to the scenario file: no absolute paths, no "..". */
const audioPath = z.string().superRefine((path, ctx) => {
  const problem = audioPathProblem(path);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const text = z.string().trim().min(1, 'must not be empty');
const openness = z.int().min(0).max(OPEN);

const word = z.string().trim().min(1, 'must not be empty').max(60, 'must be a word or a short phrase (at most 60 characters)');
const words = z.array(word).max(40, 'at most 40 entries');

/** A topic id: lowercase words joined by dashes, like scenario ids. */
const topicId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes, e.g. "the-promotion"');

/**
 * What a partner line is about, for the analyzer's relevance check: the feelings in it, the
 * scenario topics it touches (ids from `topics`), and words naming what the speaker has not said yet.
 */
export const AboutSchema = z.strictObject({
  feelings: words.default([]),
  topics: z.array(topicId).max(20, 'at most 20 topics').default([]),
  unsaid: words.default([]),
});

const LineObjectSchema = z.strictObject({
  text,
  /** What the line is about: replies are scored on their relevance to it. */
  about: AboutSchema.optional(),
  /** Recorded audio for this line, relative to the scenario file. */
  audio: audioPath.optional(),
  /** Prefer this line when the partner's openness is at this level. */
  level: openness.optional(),
});

/** A line the partner says: plain text, or text with a recorded clip and/or the level it suits. */
export const LineSchema = z
  .union([text, LineObjectSchema])
  .transform((line): z.output<typeof LineObjectSchema> => (typeof line === 'string' ? { text: line } : line));

const pool = z.array(LineSchema).min(1, 'needs at least one line');

/** Inner thoughts by kind of reply received; `repair` is used when a good reply follows a hurtful one. */
const ThoughtsSchema = z.strictObject({
  judgment: pool,
  dismissal: pool,
  fixing: pool,
  selfFocus: pool,
  closedQuestion: pool,
  neutral: pool,
  openQuestion: pool,
  validation: pool,
  reflection: pool,
  repair: pool.optional(),
  offTopic: pool.optional(),
  /** After a reply that repeats an earlier one. */
  repeat: pool.optional(),
});

/** Partner lines reacting to a kind of reply; hurtful kinds and closed questions must be covered. */
const ReactionsSchema = z.strictObject({
  judgment: pool,
  dismissal: pool,
  fixing: pool,
  closedQuestion: pool,
  selfFocus: pool.optional(),
  neutral: pool.optional(),
  repair: pool.optional(),
  openQuestion: pool.optional(),
  validation: pool.optional(),
  reflection: pool.optional(),
  /** Said when a reply reflects or asks about something the partner did not say ("That's not really it."). */
  offTopic: pool.optional(),
  /** Said when the user repeats an earlier reply ("You said that already."). */
  repeat: pool.optional(),
  /** Said when the user asks for what the partner has already told them ("I told you already."). */
  askedAgain: pool.optional(),
});

/**
 * A subject the partner can talk about: the words that name it, and what they say when an attentive
 * reply is about it (lines tagged with the openness `level` they suit). `requires` makes a branch:
 * the topic answers only after an attentive reply on the topic it names.
 */
export const TopicSchema = z.strictObject({
  words: z
    .array(word.refine((w) => w.toLowerCase().split(/[\s-]+/).some((part) => part && !STOP.has(part) && !FUNCTION_WORDS.has(part)), 'is too common a word to tell what a reply is about (e.g. "today", "him", "said"); name the thing itself'))
    .min(1, 'needs at least one word that names the topic')
    .max(40, 'at most 40 words'),
  lines: pool.optional(),
  requires: topicId.optional(),
});

/** A coaching tip shown after a reply of one of the `for` kinds. */
export const TipSchema = z.strictObject({
  for: z.array(z.enum(REPLY_KINDS)).min(1, 'must name at least one reply kind'),
  text,
  /** Which of the seeds' strategies this tip draws on. */
  basis: z.enum(SEED_STRATEGIES),
});

const EndingSchema = z.strictObject({
  line: LineSchema,
  thought: text,
  /** One or two sentences for the summary screen: what happened and why. */
  summary: text,
});

/** Reply kinds every scenario must have a coaching tip for. */
export const TIP_REQUIRED = ['judgment', 'dismissal', 'fixing', 'closedQuestion'] as const;

/** One scenario file. */
export const ScenarioSchema = z.strictObject({
  /** Stable id: lowercase words joined by dashes (used in session files and `attune play`). */
  // A session keeps the scenario's id and title: no longer than a session file allows (shared/types/session-parts.ts).
  id: z.string().max(SESSION_LIMITS.name).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes, e.g. "grief-anniversary"'),
  title: text.max(SESSION_LIMITS.title),
  cause: z.enum(CAUSES),
  difficulty: z.enum(['gentle', 'moderate', 'hard']),
  /** One sentence for the scenario card. */
  summary: text,
  persona: z.strictObject({
    name: text,
    pronouns: text,
    /** Who they are to the user, e.g. "your partner of six years". */
    relationship: text,
    /** What is really going on; the user may learn it by listening well (shown at the end). */
    backstory: text,
  }),
  /** The opening situation, read before the first line. */
  situation: text,
  opening: z.strictObject({
    line: LineSchema,
    thought: text,
    /** Starting openness: 0 or 1, so that success takes at least three replies. */
    openness: z.int().min(0).max(1, 'must be 0 or 1 so that success takes at least three replies'),
    /** Starting trust 0–100 (default 30): lower means good replies must build trust before openness moves. */
    trust: z.int().min(5).max(60).default(30),
  }),
  /** What the partner says at each openness level when the reply moved them there (or held them). */
  levels: z.strictObject({ 0: pool, 1: pool, 2: pool, 3: pool } satisfies Record<Level, typeof pool>),
  reactions: ReactionsSchema,
  thoughts: ThoughtsSchema,
  tips: z.array(TipSchema).min(3, 'needs at least three tips'),
  endings: z.strictObject({ success: EndingSchema, withdrawn: EndingSchema }),
  /** Topic pools: what the partner says about each subject when a reply follows their lead there. */
  topics: z.record(topicId, TopicSchema).default({}),
}).superRefine((scenario, ctx) => {
  // Coaching matters most after a reply that hurt or stalled, so each of those kinds needs a tip.
  const covered = new Set(scenario.tips.flatMap((t) => t.for));
  for (const kind of TIP_REQUIRED) {
    if (!covered.has(kind)) ctx.addIssue({ code: 'custom', path: ['tips'], message: `needs a tip for "${kind}" replies` });
  }
  topicProblems(scenario, ctx);
});

/** Every `about.topics` entry and every `requires` must name a topic of the scenario, and `requires` must not loop. */
function topicProblems(scenario: { topics: Record<string, { requires?: string }> } & Record<string, unknown>, ctx: z.RefinementCtx): void {
  const ids = new Set(Object.keys(scenario.topics));
  const known = ids.size ? `one of: ${[...ids].join(', ')}` : 'a topic defined under `topics` (there are none)';
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'about' && v && typeof v === 'object' && Array.isArray((v as { topics?: unknown }).topics)) {
          ((v as { topics: string[] }).topics).forEach((id, i) => {
            if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: [...path, key, 'topics', i], message: `names no topic of this scenario: "${id}" must be ${known}` });
          });
        } else walk(v, [...path, key]);
      }
    }
  };
  walk(scenario, []);
  for (const [id, topic] of Object.entries(scenario.topics)) {
    if (topic.requires === undefined) continue;
    if (!ids.has(topic.requires)) ctx.addIssue({ code: 'custom', path: ['topics', id, 'requires'], message: `names no topic of this scenario: "${topic.requires}" must be ${known}` });
    const seen = new Set([id]);
    for (let at = scenario.topics[topic.requires]; at?.requires !== undefined; at = scenario.topics[at.requires]) {
      if (seen.has(at.requires)) {
        ctx.addIssue({ code: 'custom', path: ['topics', id, 'requires'], message: 'makes a loop: a topic cannot require itself, even through others' });
        break;
      }
      seen.add(at.requires);
    }
  }
}


/**
 * The zod schema for `session.json`, applied where the file enters the program. Nested results
 * from other domains (analysis, transcript, delivery) are checked for shape loosely: their own
 * modules own their meaning, and extra fields written by newer versions are kept.
 */
import { z } from 'zod';
import type { Session } from '../../../shared/types/sessions';
import { SESSION_SCHEMA_VERSION } from '../../../shared/types/sessions';
import { isValidFileName, isValidSessionId } from './ids';

const scores = z.looseObject({
  judgmentFree: z.number(),
  openQuestions: z.number(),
  empathy: z.number(),
  overall: z.number(),
});

const analysis = z.looseObject({
  scores,
  questions: z.array(z.looseObject({ text: z.string(), start: z.number(), end: z.number() })),
  judgments: z.array(z.looseObject({ text: z.string(), start: z.number(), end: z.number() })),
  empathy: z.looseObject({}),
  reflection: z.boolean(),
  advice: z.boolean(),
});

const attempt = z.looseObject({
  id: z.string().min(1),
  createdAt: z.string(),
  source: z.enum(['voice', 'typed']),
  text: z.string(),
  audioFile: z.string().refine(isValidFileName, 'not a plain file name').optional(),
  transcript: z.looseObject({ text: z.string() }).optional(),
  analysis,
  delivery: z.looseObject({}).optional(),
  selfRating: z.number().min(0).max(100).optional(),
  reaction: z.looseObject({
    opennessBefore: z.number(),
    opennessAfter: z.number(),
    line: z.string(),
    thought: z.string(),
  }),
});

const turn = z.looseObject({
  index: z.number().int().min(0),
  partnerLine: z.string(),
  partnerAudio: z.string().max(120).optional(),
  attempts: z.array(attempt),
  continuedWith: z.string().min(1).optional(),
});

/** Validates a parsed `session.json`; the cast is safe because every field the app reads is checked. */
export const sessionSchema = z.looseObject({
  schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
  id: z.string().refine(isValidSessionId, 'not a valid session id'),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  ending: z.enum(['success', 'withdrawn', 'ended']).optional(),
  turns: z.array(turn),
}) as unknown as z.ZodType<Session>;

/** Parses JSON text into a Session or throws an Error saying which field is wrong. */
export function parseSession(json: string): Session {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const result = sessionSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    throw new Error(`${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/**
 * What the model fetch child (fetch-child.ts) prints on stdout, one JSON object per line, and
 * the schema the app checks each line against before trusting it.
 */
import { z } from 'zod';

/** One line from the fetch child. */
export const fetchLineSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('step'),
    file: z.string(),
    index: z.number().int().min(1),
    count: z.number().int().min(1),
    received: z.number().min(0),
    expected: z.number().min(0).nullable(),
  }),
  z.object({ type: z.literal('done'), installedAt: z.string() }),
  z.object({ type: z.literal('error'), kind: z.enum(['unreachable', 'failed', 'cancelled']), message: z.string() }),
]);

/** A parsed line from the fetch child. */
export type FetchLine = z.infer<typeof fetchLineSchema>;

/** Parses one stdout line; undefined for anything that is not a protocol line (e.g. a stray log). */
export function parseFetchLine(line: string): FetchLine | undefined {
  try {
    const parsed = fetchLineSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The part of a child process the fetch feature uses (a real ChildProcess, or a test's fake). */
export interface FetcherChild {
  readonly pid?: number | undefined;
  readonly stdout: NodeJS.ReadableStream | null;
  readonly stderr: NodeJS.ReadableStream | null;
  kill(signal?: NodeJS.Signals): boolean;
  once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
}

/** Starts a fetch child for `model` that installs into `modelsDir`. */
export type SpawnFetcher = (request: { model: string; modelsDir: string }) => FetcherChild;

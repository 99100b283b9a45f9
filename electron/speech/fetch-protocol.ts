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

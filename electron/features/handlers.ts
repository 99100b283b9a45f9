/**
 * Every channel of the contract, with the zod schema its request must pass and the feature
 * function that serves it. Electron's main process and the dev host both register this table,
 * so the two transports can never drift apart.
 */
import { z } from 'zod';
import type { Channel, RequestOf, ResponseOf } from '../ipc/contract';
import type { AppContext } from './context';
import { getSession, listSessions, saveSessionCopy } from './sessions';

/** A channel's request schema and its feature function. */
export interface Handler<K extends Channel> {
  request: z.ZodType<RequestOf<K>>;
  run(ctx: AppContext, request: RequestOf<K>): Promise<ResponseOf<K>>;
}

/** The handler table type: one entry per channel. */
export type HandlerTable = { [K in Channel]: Handler<K> };

const none = z.undefined().or(z.null()).transform(() => undefined) as unknown as z.ZodType<void>;
const sessionId = z.string().min(1).max(80);

/** Exported for the transports; each entry is validated before its function runs. */
export const handlers = {
  'sessions:list': { request: none, run: (ctx) => listSessions(ctx) },
  'sessions:get': { request: z.strictObject({ id: sessionId }), run: getSession },
  'sessions:saveCopy': { request: z.strictObject({ id: sessionId, dir: z.string().min(1).max(4096) }), run: saveSessionCopy },
} satisfies Partial<HandlerTable>;

/** Validates `raw` for `channel` and runs its feature function; throws a readable Error on bad input. */
export async function dispatch(ctx: AppContext, channel: string, raw: unknown): Promise<unknown> {
  if (!Object.hasOwn(handlers, channel)) throw new Error(`Unknown channel "${channel}".`);
  const handler = handlers[channel as keyof typeof handlers] as unknown as Handler<Channel>;
  const parsed = handler.request.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid request for ${channel}: ${issue?.path.join('.') || 'request'} ${issue?.message ?? ''}`.trim());
  }
  return handler.run(ctx, parsed.data);
}

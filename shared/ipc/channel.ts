/**
 * How a channel is declared: the API method the renderer calls, the zod schema its request must
 * pass (checked in Node before any feature runs) and, for the type checker only, its response.
 * The per-feature lists in ./channels are built from these; everything else is derived from them.
 */
import { z } from 'zod';
import { SAMPLE_RATE } from '../audio';

declare const response: unique symbol;

/** One channel: its API method name, its request schema and (type only) its response. */
export interface ChannelSpec<Method extends string = string, Request extends z.ZodType = z.ZodType, Response = unknown> {
  readonly method: Method;
  readonly request: Request;
  /** Never set: carries the response type from the declaration to both ends. */
  readonly [response]?: Response;
}

/** Declares a channel: `channel('getSession', z.strictObject({ id: sessionId })).returns<Session>()`. */
export function channel<Method extends string, Request extends z.ZodType>(method: Method, request: Request) {
  return { returns: <Response>(): ChannelSpec<Method, Request, Response> => ({ method, request }) };
}

/** The request of a channel that takes none: its API method has no argument (null is accepted, as JSON sends it). */
export const noRequest = z.undefined().or(z.null()).transform(() => undefined);

/** Raw bytes (a WAV, a zip): arrive as a fresh ArrayBuffer-backed array over IPC and over the HTTP bridge alike (./wire.ts). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** A session id as a request names it (the storage layer checks it again before it becomes a path). */
export const sessionId = z.string().min(1).max(80);

/** A path the user typed (browser mode) or that Attune chose itself. */
export const filePath = z.string().min(1).max(4096);

/** A token `dialog:pick` gave for a place the user chose in the desktop app's dialog (electron/features/folders.ts). */
export const pickToken = z.string().min(1).max(64);

/** A place to read or write: a dialog token (the desktop app takes only these) or a typed path (browser mode). */
export function place<K extends string>(pathKey: K) {
  return { token: pickToken.optional(), ...({ [pathKey]: filePath.optional() } as Record<K, z.ZodOptional<typeof filePath>>) };
}

/** Typed text: a reply or a partner line. */
export const text = z.string().max(10_000);

/** 16 kHz mono samples; ten minutes is far beyond any reply and keeps a runaway recording bounded. */
export const audio = z
  .custom<Float32Array>((a) => a instanceof Float32Array, 'must be a Float32Array')
  .refine((a) => a.length > 0 && a.length <= SAMPLE_RATE * 600, 'must hold 16 kHz samples, at most ten minutes');

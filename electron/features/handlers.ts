/**
 * Every channel of the contract, with the zod schema its request must pass and the feature
 * function that serves it. Electron's main process and the dev host both register this table,
 * so the two transports can never drift apart.
 */
import { plainFileError } from '../storage/files/plain-errors';
import { z } from 'zod';
import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { modelNameSchema } from '../../shared/types/models';
import { SAMPLE_RATE } from '../../shared/audio';
import type { AppContext } from './context';
import { getSession, listSessions, saveSessionCopy } from './sessions';
import { lineAudio, lineAudioRequest, listScenarios } from './scenarios';
import { analyzeReply, chooseAttempt, endPractice, predictScore, replyPractice, startPractice } from './practice';
import { speechStatus, transcribe } from './speech';
import { appStatus } from './app';
import { forgetLive, liveSessions } from './live';
import { settingsPatchSchema } from '../storage/settings/store';
import { importModelFeature, modelsStatus } from './models';
import { deleteSessionFeature, exportSessionFeature, getSessionAudio, importSessionFeature } from './review';
import { getSettings, setSettings } from './settings';
import { progressSummary } from './progress';
import { dataLocation, deleteAllData } from './data';
import { desktopInfo, openFolder, pickPath } from './folders';
import { cancelModelFetch, fetchModelFeature } from './model-fetch';
import { exportToFeature, importUploadFeature, zipForDownload } from './archive-io';
import { changeOf } from './changes';

/** A channel's request schema and its feature function. */
export interface Handler<K extends Channel> {
  request: z.ZodType<RequestOf<K>>;
  run(ctx: AppContext, request: RequestOf<K>): Promise<ResponseOf<K>>;
}

/** The handler table type: one entry per channel. */
export type HandlerTable = { [K in Channel]: Handler<K> };

const none = z.undefined().or(z.null()).transform(() => undefined) as unknown as z.ZodType<void>;
const sessionId = z.string().min(1).max(80);
const text = z.string().max(10_000);
// 16 kHz mono; ten minutes is far beyond any reply and keeps a runaway recording bounded.
const audio = z.instanceof(Float32Array).refine((a) => a.length > 0 && a.length <= SAMPLE_RATE * 600, 'must hold 16 kHz samples, at most ten minutes');

/** Drops deleted sessions from memory and passes `result` on. */
function withForgotten<T>(ctx: AppContext, result: T, ids: readonly string[]): T {
  forgetLive(ctx, ids);
  return result;
}

/** Exported for the transports; each entry is validated before its function runs. */
export const handlers: HandlerTable = {
  'app:status': { request: none, run: (ctx) => appStatus(ctx) },
  'scenarios:list': { request: none, run: (ctx) => listScenarios(ctx) },
  'sessions:list': { request: none, run: (ctx) => listSessions(ctx) },
  'sessions:get': { request: z.strictObject({ id: sessionId }), run: getSession },
  'sessions:saveCopy': { request: z.strictObject({ id: sessionId, dir: z.string().min(1).max(4096) }), run: saveSessionCopy },
  'practice:start': { request: z.strictObject({ scenarioId: z.string().min(1).max(120) }), run: startPractice },
  'practice:analyze': { request: z.strictObject({ text: text.min(1), partner: text.optional() }), run: analyzeReply },
  'practice:reply': {
    request: z
      .strictObject({
        sessionId,
        text: text.optional(),
        audio: audio.optional(),
        selfRating: z.number().min(0).max(100).optional(),
        redo: z.boolean().optional(),
      })
      .refine((r) => r.text !== undefined || r.audio !== undefined, 'needs text or audio'),
    run: replyPractice,
  },
  'practice:end': { request: z.strictObject({ sessionId }), run: endPractice },
  'practice:choose': { request: z.strictObject({ sessionId, attemptId: z.string().min(1).max(80) }), run: chooseAttempt },
  'practice:predict': { request: z.strictObject({ sessionId, attemptId: z.string().min(1).max(80), selfRating: z.number().min(0).max(100) }), run: predictScore },
  'speech:status': { request: none, run: (ctx) => speechStatus(ctx) },
  'speech:transcribe': { request: z.strictObject({ audio }), run: transcribe },
  'sessions:audio': { request: z.strictObject({ id: sessionId, file: z.string().min(1).max(80) }), run: getSessionAudio },
  'sessions:export': { request: z.strictObject({ id: sessionId, format: z.enum(['zip', 'folder']) }), run: exportSessionFeature },
  'sessions:import': { request: z.strictObject({ path: z.string().min(1).max(4096) }), run: importSessionFeature },
  'sessions:delete': {
    request: z.strictObject({ id: sessionId }),
    // Forgetting the live copy keeps a session open in Practice from being written back by its next reply.
    run: async (ctx, request) => withForgotten(ctx, await deleteSessionFeature(ctx, request), [request.id]),
  },
  'progress:summary': { request: z.strictObject({ timeZone: z.string().min(1).max(64) }), run: progressSummary },
  'settings:get': { request: none, run: (ctx) => getSettings(ctx) },
  'settings:set': {
    request: settingsPatchSchema as unknown as z.ZodType<RequestOf<'settings:set'>>,
    run: async (ctx, patch) => {
      const result = await setSettings(ctx, patch);
      return withForgotten(ctx, result, result.retention.deleted);
    },
  },
  'data:location': { request: none, run: (ctx) => dataLocation(ctx) },
  'data:deleteAll': {
    request: z.strictObject({ confirm: z.string().max(40) }),
    run: async (ctx, request) => {
      const result = await deleteAllData(ctx, request);
      return withForgotten(ctx, result, [...liveSessions(ctx).keys()]);
    },
  },
  'models:status': { request: none, run: (ctx) => modelsStatus(ctx) },
  'models:import': { request: z.strictObject({ name: modelNameSchema, path: z.string().min(1).max(4096) }), run: importModelFeature },
  'data:openFolder': { request: z.strictObject({ folder: z.enum(['data', 'models']) }), run: openFolder },
  'dialog:info': { request: none, run: (ctx) => desktopInfo(ctx) },
  'dialog:pick': {
    request: z.strictObject({ kind: z.enum(['session-zip', 'session-folder', 'model-folder', 'export-zip', 'export-folder']), defaultName: z.string().max(200).optional() }),
    run: pickPath,
  },
  'models:fetch': { request: z.strictObject({ name: modelNameSchema }), run: fetchModelFeature },
  'models:cancelFetch': { request: none, run: (ctx) => cancelModelFetch(ctx) },
  'sessions:importUpload': {
    // The feature checks the size (empty, over MAX_UPLOAD_BYTES) with a plain message naming the file.
    request: z.strictObject({ fileName: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array) }),
    run: importUploadFeature,
  },
  'sessions:exportTo': { request: z.strictObject({ id: sessionId, format: z.enum(['zip', 'folder']), path: z.string().min(1).max(4096) }), run: exportToFeature },
  'sessions:zip': { request: z.strictObject({ id: sessionId }), run: zipForDownload },
  'scenarios:lineAudio': { request: lineAudioRequest, run: lineAudio },
};

/** Validates `raw` for `channel` and runs its feature function (then pushes what it changed); throws a readable Error on bad input. */
export async function dispatch(ctx: AppContext, channel: string, raw: unknown): Promise<unknown> {
  if (!Object.hasOwn(handlers, channel)) throw new Error(`Unknown channel "${channel}".`);
  const handler = handlers[channel as Channel] as unknown as Handler<Channel>;
  const parsed = handler.request.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid request for ${channel}: ${issue?.path.join('.') || 'request'} ${issue?.message ?? ''}`.trim());
  }
  // A raw "EROFS: read-only file system, mkdir …" becomes one sentence saying what to do.
  const response = await handler.run(ctx, parsed.data).catch((error: unknown) => {
    throw plainFileError(error);
  });
  const change = changeOf(channel as Channel, parsed.data, response);
  if (change) ctx.emit('data:changed', change);
  return response;
}

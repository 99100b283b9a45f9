/**
 * Every channel's feature function, joined from the modules that serve them. The channels and
 * their request schemas are declared once in shared/ipc/channels; a channel no module serves is a
 * type error here. Electron's main process and the dev host both dispatch through this table, so
 * the two transports can never drift apart.
 */
import { plainFileError } from '../storage/files/plain-errors';
import { CHANNELS } from '../../shared/ipc/channels';
import type { Channel, ResponseOf } from '../../shared/ipc/contract';
import type { AppContext, Handler } from './context';
import { appHandlers } from './app';
import { scenariosHandlers } from './scenarios';
import { sessionsHandlers } from './sessions';
import { practiceHandlers } from './practice';
import { speechHandlers } from './speech';
import { progressHandlers } from './progress';
import { settingsHandlers } from './settings';
import { dataHandlers } from './data';
import { foldersHandlers } from './folders';
import { modelsHandlers } from './models';
import { modelFetchHandlers } from './model-fetch';
import { changeOf } from './changes';

/** One feature function per channel (a test checks that no two modules serve the same one). */
export const handlers: { [K in Channel]: Handler<K> } = {
  ...appHandlers,
  ...scenariosHandlers,
  ...sessionsHandlers,
  ...practiceHandlers,
  ...speechHandlers,
  ...progressHandlers,
  ...settingsHandlers,
  ...dataHandlers,
  ...foldersHandlers,
  ...modelsHandlers,
  ...modelFetchHandlers,
};

/** Validates `raw` for `channel` and runs its feature function (then pushes what it changed); throws a readable Error on bad input. */
export async function dispatch(ctx: AppContext, channel: string, raw: unknown): Promise<unknown> {
  if (!Object.hasOwn(CHANNELS, channel)) throw new Error(`Unknown channel "${channel}".`);
  const name = channel as Channel;
  const parsed = CHANNELS[name].request.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid request for ${channel}: ${issue?.path.join('.') || 'request'} ${issue?.message ?? ''}`.trim());
  }
  // The request passed this channel's schema, so it is this channel's request (TypeScript cannot pair the two unions).
  const run = handlers[name] as (ctx: AppContext, request: unknown) => Promise<unknown>;
  // A raw "EROFS: read-only file system, mkdir …" becomes one sentence saying what to do.
  const response = await run(ctx, parsed.data).catch((error: unknown) => {
    throw plainFileError(error);
  });
  const change = changeOf(name, parsed.data, response as ResponseOf<Channel>);
  if (change) ctx.emit('data:changed', change);
  return response;
}

/** App-wide status for the UI's first paint. */
import type { ResponseOf } from '../../shared/ipc/contract';
import type { AppContext, Handlers } from './context';
import { speechStatus } from './speech';

/** Where data lives and whether speech is ready. */
export async function appStatus(ctx: AppContext): Promise<ResponseOf<'app:status'>> {
  return { dataDir: ctx.dataDir, model: await speechStatus(ctx) };
}

/** The app channel, served here. */
export const appHandlers = { 'app:status': appStatus } satisfies Handlers;

/** The Progress feature: scores over time, streaks and flag trends over every readable session. */
import type { ProgressSummary } from '../../shared/types/progress';
import { buildProgress } from '../domain/progress/summary';
import type { DataFolders, Handlers } from './context';

/** The Progress summary over every readable session, with days in the user's time zone. */
export async function progressSummary(ctx: Pick<DataFolders, 'store'>, { timeZone }: { timeZone: string }): Promise<ProgressSummary & { unreadable: number }> {
  const { sessions, problems } = await ctx.store.loadAll();
  return { ...buildProgress(sessions, { timeZone }), unreadable: problems.length };
}

/** The progress channel, served here. */
export const progressHandlers = { 'progress:summary': progressSummary } satisfies Handlers;

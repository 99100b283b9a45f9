/**
 * The soak test's writer (a child process the test kills with SIGKILL at random moments): replies
 * through the app's own practice feature (session queue, real analyzer, real store) to its share
 * of the sessions in the data folder, round-robin, forever.
 *
 *   node --import tsx soak-writer.ts DATA_DIR WRITER_INDEX WRITER_COUNT
 *
 * Writer i takes every WRITER_COUNT-th session of the sorted list, starting at i, so writers
 * running side by side never share a session. After each reply is saved (the feature returned
 * with the reply stored) it prints `ack <session> <attempt>`.
 */
import { createAppContext } from '../../../electron/features/context';
import { replyPractice } from '../../../electron/features/practice';
import { whenAnalysisWorkerReady } from '../../../electron/features/analysis-runner';

const [dataDir, index, count] = [process.argv[2]!, Number(process.argv[3] ?? 0), Number(process.argv[4] ?? 1)];
const ctx = createAppContext({ dataDir, modelsDir: `${dataDir}/models` });
const REPLIES = ['It sounds like that really hurt. What has it been like?', 'That makes sense. Tell me more?', 'I hear you. What happened next?'];

const ids = (await ctx.store.ids()).filter((_, i) => i % count === index);
if (ids.length === 0) throw new Error(`writer ${index} of ${count} has no sessions in ${dataDir}`);
// The analysis worker loads its tagger once; the kill clock starts after that.
await whenAnalysisWorkerReady();
process.stdout.write('ready\n');
// Each run starts at a random session, so over many runs every session takes replies and kills.
for (let n = Math.floor(Math.random() * ids.length); ; n++) {
  const id = ids[n % ids.length]!;
  // A session the partner ended takes redos (still a saved reply); others take a new reply.
  const result = await replyPractice(ctx, { sessionId: id, text: REPLIES[n % REPLIES.length]! })
    .catch(() => replyPractice(ctx, { sessionId: id, text: REPLIES[0]!, redo: true }))
    // A refused reply (the 3 s scoring limit on a loaded machine, a session with nothing to redo) is
    // one the app would show as an error and not acknowledge; the writer goes on with the next.
    .catch((error: unknown) => void process.stderr.write(`refused ${id}: ${error instanceof Error ? error.message : String(error)}\n`));
  if (!result) continue;
  if (result.view.storage.saved) process.stdout.write(`ack ${id} ${result.attempt.id}\n`);
  else throw new Error(`reply to ${id} not saved: ${result.view.storage.message}`);
}

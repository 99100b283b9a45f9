/**
 * The soak test's writer (a child process the test kills with SIGKILL at random moments): replies
 * to sessions in the data folder given as argv[2], round-robin over `argv[3]` sessions, forever.
 * After each reply is acknowledged (the feature function returned), it prints `ack <session> <attempt>`.
 */
import { createAppContext } from '../../../electron/features/context';
import { replyPractice, startPractice } from '../../../electron/features/practice';
import { listSessions } from '../../../electron/features/sessions';
import { whenAnalysisWorkerReady } from '../../../electron/features/analysis-runner';

const [dataDir, count] = [process.argv[2]!, Number(process.argv[3] ?? 10)];
const ctx = createAppContext({ dataDir, modelsDir: `${dataDir}/models` });
const REPLIES = ['It sounds like that really hurt. What has it been like?', 'That makes sense. Tell me more?', 'I hear you. What happened next?'];

const existing = (await listSessions(ctx)).sessions.map((s) => s.id);
const ids = [...existing];
while (ids.length < count) ids.push((await startPractice(ctx, { scenarioId: 'conflict-its-nothing' })).sessionId);
// The analysis worker loads its tagger once; the kill clock starts after that.
await whenAnalysisWorkerReady();
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  const id = ids[n % ids.length]!;
  // A session the partner ended takes redos (still a saved reply); others take a new reply.
  const result = await replyPractice(ctx, { sessionId: id, text: REPLIES[n % REPLIES.length]! }).catch(() => replyPractice(ctx, { sessionId: id, text: REPLIES[0]!, redo: true }));
  process.stdout.write(`ack ${id} ${result.attempt.id}\n`);
}

/**
 * Soak (issue #14): writers replying through the app's practice feature (session queue, real
 * analyzer, real store) are killed with SIGKILL at random moments, again and again, until the
 * acknowledged replies reach the target; afterwards every session must pass the strict schema and
 * hold every reply it acknowledged: 2,000 replies over 200 sessions, as the issue asks.
 *
 *   npm run test:soak        (a stage of `npm test`; `npx vitest run` leaves it out: vitest.config.ts)
 *
 * Measured on the shared 2-core machine: 86 s at a load average of about 15 (2,450 replies, 14
 * kills, 47 s of CPU) and 37 s at about 8 (2,572 replies, 8 kills, 34 s of CPU).
 * ATTUNE_SOAK_REPLIES and ATTUNE_SOAK_SESSIONS change the run; ATTUNE_SOAK_WRITERS writers run side by
 * side, each on its own share of the sessions; ATTUNE_SOAK_MS is the longest a writer writes
 * before its kill.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../electron/features/context';
import { startPractice } from '../../electron/features/practice';
import { cleanOrphans } from '../../electron/storage/sessions/orphans';
import { createSessionStore } from '../../electron/storage/sessions/store';
import { ROOT } from '../helpers/run-cli';

const REPLIES = Number(process.env.ATTUNE_SOAK_REPLIES ?? 2000);
const SESSIONS = Number(process.env.ATTUNE_SOAK_SESSIONS ?? 200);
const WRITERS = Number(process.env.ATTUNE_SOAK_WRITERS ?? 2);
/** The longest a writer runs before its kill; each run stops at a random moment up to this. */
const MAX_RUN_MS = Number(process.env.ATTUNE_SOAK_MS ?? 2500);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-soak-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs writer `index` until `ms` after its first acknowledged reply, then kills it with SIGKILL; returns the acknowledged replies. */
function runAndKill(index: number, ms: number): Promise<Array<[string, string]>> {
  return new Promise((done, fail) => {
    // Node itself with tsx's loader, not the tsx launcher: SIGKILL must reach the process that writes.
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/hostile/support/soak-writer.ts'), dir, String(index), String(WRITERS)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Array<[string, string]> = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      buffer += c.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [word, session, attempt] = line.split(' ');
        if (word !== 'ack') continue;
        // The clock starts once it writes (start-up and the first, slow replies are not what is being tested).
        if (acks.length === 0) setTimeout(() => child.kill('SIGKILL'), ms);
        acks.push([session!, attempt!]);
      }
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? done(acks) : fail(new Error(`writer exited by itself (${code}): ${stderr.slice(-500)}`))));
  });
}

describe('replies under random kills', () => {
  it(`keeps every session readable under the strict schema and every acknowledged reply (${REPLIES} replies over ${SESSIONS} sessions, ${WRITERS} writers)`, async () => {
    const started = Date.now();
    const ctx = createAppContext({ dataDir: dir, modelsDir: join(dir, 'models') });
    const created = new Set<string>();
    for (let i = 0; i < SESSIONS; i++) {
      const view = await startPractice(ctx, { scenarioId: 'conflict-its-nothing' });
      expect(view.storage).toEqual({ saved: true });
      created.add(view.sessionId);
    }
    expect(created.size).toBe(SESSIONS);
    const acked = new Map<string, Set<string>>();
    let total = 0;
    let kills = 0;
    while (total < REPLIES) {
      const runs = await Promise.all(Array.from({ length: WRITERS }, (_, i) => runAndKill(i, 100 + Math.random() * (MAX_RUN_MS - 100))));
      kills += WRITERS;
      for (const [session, attempt] of runs.flat()) {
        total += 1;
        if (!acked.has(session)) acked.set(session, new Set());
        acked.get(session)!.add(attempt);
      }
    }
    const killedAt = Date.now();
    // What the app does at start after a crash: temp files and half-written folders go; then every session must read.
    await cleanOrphans(join(dir, 'sessions'));
    const store = createSessionStore(join(dir, 'sessions'));
    const { sessions, problems } = await store.list();
    expect(problems).toEqual([]);
    expect(sessions.map((s) => s.id).sort()).toEqual([...created].sort());
    let lost = 0;
    for (const [id, attempts] of acked) {
      const session = await store.load(id);
      const stored = new Set([...session.turns, ...(session.branches ?? []).flatMap((b) => b.turns)].flatMap((t) => t.attempts.map((a) => a.id)));
      for (const attempt of attempts) if (!stored.has(attempt)) lost += 1;
    }
    expect(lost).toBe(0);
    expect((await readdir(join(dir, 'sessions'))).filter((name) => name.startsWith('.'))).toEqual([]);
    process.stderr.write(`soak: ${total} acknowledged replies over ${acked.size} sessions, ${kills} kills, ${((killedAt - started) / 1000).toFixed(1)} s of writing, checked in ${((Date.now() - killedAt) / 1000).toFixed(1)} s\n`);
    expect(total).toBeGreaterThanOrEqual(REPLIES);
  }, 600_000);
});

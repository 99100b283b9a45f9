/**
 * Soak (issue #14): a writer replying round-robin over many sessions is killed with SIGKILL at
 * random moments, again and again; afterwards every session must be readable and hold the last
 * reply it acknowledged. Bounded for `npm test`; ATTUNE_SOAK_KILLS, ATTUNE_SOAK_SESSIONS and
 * ATTUNE_SOAK_MS (longest run between kills) scale it up towards the 2,000 replies.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore } from '../../electron/storage/sessions/store';
import { ROOT } from '../helpers/run-cli';

const KILLS = Number(process.env.ATTUNE_SOAK_KILLS ?? 5);
const SESSIONS = Number(process.env.ATTUNE_SOAK_SESSIONS ?? 20);
/** The longest a writer runs before its kill; each run stops at a random moment up to this. */
const MAX_RUN_MS = Number(process.env.ATTUNE_SOAK_MS ?? 2500);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-soak-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs the writer until `ms` after it is ready, then kills it with SIGKILL; returns the acknowledged replies. */
function runAndKill(ms: number): Promise<Array<[string, string]>> {
  return new Promise((done, fail) => {
    // Node itself with tsx's loader, not the tsx launcher: SIGKILL must reach the process that writes.
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/hostile/support/soak-writer.ts'), dir, String(SESSIONS)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Array<[string, string]> = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      buffer += c.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), ms);
        const [word, session, attempt] = line.split(' ');
        if (word === 'ack') acks.push([session!, attempt!]);
      }
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? done(acks) : fail(new Error(`writer exited by itself (${code}): ${stderr.slice(-500)}`))));
  });
}

describe('replies under random kills', () => {
  it(`keeps every session readable and every last acknowledged reply (${KILLS} kills, ${SESSIONS} sessions)`, async () => {
    const lastAck = new Map<string, string>();
    let total = 0;
    for (let k = 0; k < KILLS; k++) {
      const acks = await runAndKill(500 + Math.random() * (MAX_RUN_MS - 500));
      total += acks.length;
      for (const [session, attempt] of acks) lastAck.set(session, attempt);
    }
    const { sessions, problems } = await createSessionStore(join(dir, 'sessions')).list();
    expect(problems).toEqual([]);
    expect(sessions.length).toBe(SESSIONS);
    const store = createSessionStore(join(dir, 'sessions'));
    for (const [id, attempt] of lastAck) {
      const session = await store.load(id);
      expect(session.turns.flatMap((t) => t.attempts.map((a) => a.id))).toContain(attempt);
    }
    process.stderr.write(`soak: ${total} acknowledged replies over ${lastAck.size} sessions, ${KILLS} kills\n`);
    // Not vacuous: replies were acknowledged between the kills (dozens on an idle machine, a few on a loaded one).
    expect(total).toBeGreaterThan(0);
  }, 300_000);
});

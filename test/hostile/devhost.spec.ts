/**
 * The dev host under hostile requests (issue #14): every answer within seconds, in one sentence,
 * and the host's memory stays under 1 GB (it grew past 10 GB reading /dev/zero before).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevHost, type DevHost } from '../../electron/devhost/server';
import { encodeBinary } from '../../shared/ipc/wire';
import { spokenSession, toneWav } from '../electron/storage/archive/fixture';

const isPosix = process.platform !== 'win32';
let dir: string;
let host: DevHost;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-hostile-host-'));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  host = await startDevHost({ port: 0, dataDir: join(dir, 'data'), modelsDir: join(dir, 'models'), rendererDir: join(dir, 'renderer') });
});
afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

/** Calls one channel as the app's own page does; resolves with the parsed answer and how long it took. */
function call(channel: string, body: unknown): Promise<{ answer: { result?: unknown; error?: string }; ms: number }> {
  const url = new URL(host.url);
  const t0 = performance.now();
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: url.port, path: `/api/${channel}`, method: 'POST', headers: { origin: url.origin, 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => done({ answer: JSON.parse(text) as { result?: unknown; error?: string }, ms: performance.now() - t0 }));
    });
    req.on('error', fail);
    req.end(JSON.stringify(body, encodeBinary));
  });
}

const underOneGigabyte = (): void => expect(process.memoryUsage().rss).toBeLessThan(1024 ** 3);

describe('hostile requests to the dev host', () => {
  it.runIf(isPosix)('answers an import of /dev/zero or a FIFO in one sentence, at once', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.zip')]);
    for (const path of ['/dev/zero', join(dir, 'pipe.zip')]) {
      const { answer, ms } = await call('sessions:import', { path });
      expect(answer.error).toBe('The archive is not a plain file (it is a device, pipe or socket), so it was not read.');
      expect(ms).toBeLessThan(3000);
    }
    underOneGigabyte();
  });

  it('refuses an uploaded zip bomb and an oversized session.json, and lists sessions quickly afterwards', async () => {
    const wavs: Zippable = {};
    for (let i = 0; i < 30; i++) wavs[`bomb/extra-${i}.wav`] = [new Uint8Array(1024 * 1024), { level: 9 }];
    const session = JSON.stringify(spokenSession('bomb'));
    const bomb = zipSync({ 'bomb/session.json': strToU8(session), 'bomb/turn-0-a.wav': toneWav(0.2), 'bomb/turn-0-b.wav': toneWav(0.2), ...wavs });
    const upload = await call('sessions:importUpload', { fileName: 'bomb.zip', bytes: bomb });
    expect(upload.answer.error).toMatch(/^bomb\.zip: The archive would unpack from \d+ KB to 30 MB, which no recorded session does, so it was not opened\.$/);
    const huge = zipSync({ 'big/session.json': strToU8(JSON.stringify({ ...spokenSession('big'), scenarioTitle: 'x'.repeat(200_000) })) });
    const big = await call('sessions:importUpload', { fileName: 'big.zip', bytes: huge });
    expect(big.answer.error).toBe('big.zip: session.json has a scenario title of 200,000 characters; at most 300 are allowed.');
    const list = await call('sessions:list', null);
    expect(list.answer.result).toEqual({ sessions: [], problems: [] });
    expect(list.ms).toBeLessThan(2000);
    underOneGigabyte();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendJson, startDevHost, type DevHost } from '../../../electron/devhost/server';
import type { ServerResponse } from 'node:http';
import { reviveBinary } from '../../../shared/ipc/wire';

const WAV = 'test/fixtures/scenarios/valid/audio/almost.wav';
let dir: string;
let host: DevHost;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-devhost-'));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(dir, 'secret.txt'), 'outside');
  // A user scenario in the data folder's scenarios folder, as the app keeps them; its opening line is recorded.
  const voiced = join(dir, 'data', 'scenarios', 'voiced');
  await mkdir(join(voiced, 'audio'), { recursive: true });
  await writeFile(join(voiced, 'audio', 'hi.wav'), await readFile(WAV));
  const yaml = (await readFile('test/fixtures/scenarios/valid/minimal.yaml', 'utf8')).replace('  line: "Hi."', '  line: { text: "Hi.", audio: audio/hi.wav }');
  await writeFile(join(voiced, 'voiced.yaml'), yaml.replace('audio: audio/almost.wav', 'audio: audio/hi.wav'));
  host = await startDevHost({ port: 0, dataDir: join(dir, 'data'), modelsDir: join(dir, 'models'), rendererDir: join(dir, 'renderer') });
});
afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

/** A raw HTTP request, so tests can send the headers a hostile page or a rebinding DNS name would. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const url = new URL(host.url);
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

const own = () => ({ origin: new URL(host.url).origin, 'content-type': 'application/json' });

describe('dev host', () => {
  it('listens on loopback only', () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
  });

  it('serves the renderer with the app CSP, and nothing outside its folder', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("connect-src 'self'");
    // Plain "/../" is folded away by URL parsing before the guard runs; encoded slashes reach it.
    expect((await send('/..%2fsecret.txt')).status).toBe(403);
    expect((await send('/%2e%2e%2fsecret.txt')).status).toBe(403);
    expect((await send('/%2e%2e%5csecret.txt')).body).not.toContain('outside');
  });

  it('answers the contract over POST /api/<channel> for its own page', async () => {
    const res = await send('/api/sessions:list', { method: 'POST', headers: own(), body: 'null' });
    expect(JSON.parse(res.body)).toEqual({ result: { sessions: [], problems: [] } });
  });

  it('refuses other origins, non-JSON bodies and other host names (DNS rebinding)', async () => {
    const foreign = await send('/api/sessions:list', { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: 'null' });
    expect(foreign.status).toBe(403);
    const form = await send('/api/sessions:list', { method: 'POST', headers: { origin: own().origin, 'content-type': 'text/plain' }, body: 'null' });
    expect(form.status).toBe(403);
    const rebinding = await send('/', { headers: { host: 'attacker.example:80' } });
    expect(rebinding.status).toBe(421);
  });

  it('refuses a foreign page on every route, the event stream included', async () => {
    const evil = { origin: 'https://evil.example' };
    expect((await send('/api/events', { headers: evil })).status).toBe(403);
    expect((await send('/', { headers: evil })).status).toBe(403);
    expect((await send('/api/events', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const post = await send('/api/sessions:list', { method: 'POST', headers: { ...own(), 'sec-fetch-site': 'same-site' }, body: 'null' });
    expect(post.status).toBe(403);
    // The page itself: same-origin fetches carry no Origin or say same-origin.
    expect((await send('/', { headers: { 'sec-fetch-site': 'none' } })).status).toBe(200);
  });

  it('answers once even when the answer cannot be serialised (no ERR_HTTP_HEADERS_SENT)', () => {
    const calls: Array<[string, unknown]> = [];
    const res = {
      writeHead: (status: number) => void calls.push(['head', status]),
      end: (text: string) => void calls.push(['end', JSON.parse(text)]),
    } as unknown as ServerResponse;
    sendJson(res, 200, { result: { size: 1n } });
    expect(calls).toEqual([['head', 500], ['end', { error: 'Do not know how to serialize a BigInt' }]]);
  });

  it("loads your scenarios from the data folder and serves a line's recording by reference", async () => {
    const res = await send('/api/scenarios:lineAudio', { method: 'POST', headers: own(), body: JSON.stringify({ scenarioId: 'minimal', line: 'opening.line' }) });
    // The bytes come tagged as {"$u8": base64}, which the bridge's reviver turns back into a Uint8Array.
    expect(res.body).toContain('"bytes":{"$u8":"');
    const { result } = JSON.parse(res.body, reviveBinary) as { result: { bytes: Uint8Array; mimeType: string; text: string } };
    expect(result.mimeType).toBe('audio/wav');
    expect(result.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(result.bytes)).toEqual(await readFile(WAV));
    const byPath = await send('/api/scenarios:lineAudio', { method: 'POST', headers: own(), body: JSON.stringify({ scenarioId: 'minimal', line: '../../secret.txt' }) });
    expect(JSON.parse(byPath.body).error).toMatch(/line must name a partner line/);
  });

  it('validates arguments and never turns an id into a path', async () => {
    const bad = await send('/api/sessions:get', { method: 'POST', headers: own(), body: JSON.stringify({ id: '../../etc' }) });
    expect(JSON.parse(bad.body).error).toMatch(/not a valid session id/);
    const extra = await send('/api/practice:start', { method: 'POST', headers: own(), body: JSON.stringify({ scenarioId: 'x', path: '/etc' }) });
    expect(JSON.parse(extra.body).error).toMatch(/Invalid request for practice:start/);
    const unknown = await send('/api/fs:read', { method: 'POST', headers: own(), body: 'null' });
    expect(JSON.parse(unknown.body).error).toMatch(/Unknown channel/);
  });

  it('pushes events to the page over server-sent events', async () => {
    const url = new URL(host.url);
    const received = new Promise<string>((done) => {
      request({ host: '127.0.0.1', port: url.port, path: '/api/events' }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
          if (text.includes('data:')) {
            done(text);
            res.destroy();
          }
        });
      }).end();
    });
    await new Promise((r) => setTimeout(r, 100));
    host.ctx.emit('speech:progress', { stage: 'loading', fraction: 0.5, message: 'Loading the model' });
    expect(await received).toContain('event: speech:progress\ndata: {"stage":"loading","fraction":0.5');
  });
});

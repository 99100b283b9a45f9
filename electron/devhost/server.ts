/**
 * The loopback dev host: the real renderer and the real feature functions, without Electron.
 * A development and test tool only (never packaged): listens on 127.0.0.1, serves out/renderer,
 * answers `POST /api/<channel>` with the same handlers main registers on IPC, and pushes events
 * on `GET /api/events` (server-sent events).
 *
 *   npm run -s serve -- [--port 0] [--data DIR] [--models DIR] [--model tiny.en|base.en|FOLDER] [--scenarios DIR (default DIR/scenarios of --data)] [--opener CMD]
 *
 * `--opener` names the command that opens folders for "Open the data folder" (default xdg-open,
 * open or explorer); the e2e passes a script that records the path instead.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EventMap } from '../../shared/ipc/contract';
import { createAppContext, type AppContext } from '../features/context';
import { dispatch } from '../features/handlers';
import { applyStoredRetention } from '../features/settings';
import { cleanOrphanFiles } from '../features/data';
import { warmAnalysisWorker } from '../features/analysis-runner';
import { disposeSpeech } from '../features/speech';
import { cancelModelFetch } from '../features/model-fetch';
import { devHostDesktop } from './desktop';
import { serveStatic } from './static-files';
import { encodeBinary, reviveBinary } from '../../shared/ipc/wire';

/** Options for `startDevHost`. */
export interface DevHostOptions {
  port: number;
  dataDir: string;
  modelsDir: string;
  /** A known model's name (shared/types/models.ts; default DEFAULT_MODEL) or a model folder such as the test fixture. */
  speechModel?: string;
  /** Your own scenarios; default `scenarios` in the data folder, as in the app. */
  scenariosDir?: string;
  rendererDir: string;
  /** The command that opens a folder in a file manager (default: the platform's). */
  opener?: string;
}

/** A running dev host. */
export interface DevHost {
  url: string;
  ctx: AppContext;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;

/** Starts the host and resolves once it listens. */
export async function startDevHost(options: DevHostOptions): Promise<DevHost> {
  const listeners = new Set<ServerResponse>();
  const emit = <E extends keyof EventMap>(event: E, payload: EventMap[E]): void => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload, encodeBinary)}\n\n`;
    for (const res of listeners) res.write(frame);
  };
  const ctx = createAppContext({ dataDir: options.dataDir, modelsDir: options.modelsDir, speechModel: options.speechModel, scenariosDir: options.scenariosDir ?? join(options.dataDir, 'scenarios'), emit, desktop: devHostDesktop(options.opener) });
  // Like the app at start: sessions past the user's retention period are deleted before anything is shown.
  await cleanOrphanFiles(ctx);
  // The analysis worker loads while the page does (replies are scored in this thread until it is ready).
  warmAnalysisWorker();
  await applyStoredRetention(ctx);
  const rendererDir = resolve(options.rendererDir);
  let origin = '';

  const server: Server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      // Once headers are out, a second answer would throw ERR_HTTP_HEADERS_SENT and kill the host.
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { error: (error as Error).message });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Refuse other host names so a web page cannot reach this server through DNS rebinding.
    if (req.headers.host !== new URL(origin).host) {
      res.writeHead(421).end();
      return;
    }
    // Refuse any other page on every route, events included. Browsers send no Origin on a
    // same-origin GET (EventSource, the page itself), so only a present, foreign one is refused.
    if (!isFromOwnPage(req, origin)) {
      sendJson(res, 403, { error: 'Only the Attune page on this host may call the API.' });
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      // Only the app's own page may call: same origin, JSON body (a cross-site form cannot send that).
      const sameOrigin = req.headers.origin === origin;
      if (req.method !== 'POST' || !sameOrigin || !req.headers['content-type']?.startsWith('application/json')) {
        sendJson(res, 403, { error: 'Only the Attune page on this host may call the API.' });
        return;
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(req);
      let raw: unknown;
      try {
        raw = body.length ? JSON.parse(body, reviveBinary) : undefined;
      } catch {
        sendJson(res, 400, { error: 'The request body is not valid JSON.' });
        return;
      }
      try {
        const result = await dispatch(ctx, channel, raw);
        sendJson(res, 200, { result: result ?? null });
      } catch (error) {
        sendJson(res, 200, { error: (error as Error).message });
      }
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    await serveStatic(rendererDir, url.pathname, res);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => done());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The dev host did not get a port.');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: origin + '/',
    ctx,
    close: async () => {
      for (const res of listeners) res.end();
      await cancelModelFetch(ctx);
      await disposeSpeech(ctx);
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** False when the request comes from another site's page: a foreign Origin, or a fetch the browser marks cross-site. */
function isFromOwnPage(req: IncomingMessage, origin: string): boolean {
  const from = req.headers.origin;
  if (from !== undefined && from !== origin) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** Answers with JSON; exported for its test (a body that cannot be serialised still gets one answer). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  // Serialise before the headers go out: a failure here (an answer too large for one string) can still be answered.
  let text: string;
  try {
    text = JSON.stringify(body, encodeBinary);
  } catch (error) {
    status = 500;
    text = JSON.stringify({ error: error instanceof RangeError ? 'The answer is too large to send.' : (error as Error).message });
  }
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('The request is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `npm run serve`: parses flags, starts the host and prints its URL on the first line of stdout. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5199' },
      data: { type: 'string' },
      models: { type: 'string', default: 'models' },
      model: { type: 'string' },
      scenarios: { type: 'string' },
      renderer: { type: 'string', default: 'out/renderer' },
      opener: { type: 'string' },
    },
  });
  const dataDir = resolve(values.data ?? mkdtempSync(join(tmpdir(), 'attune-dev-')));
  const host = await startDevHost({
    port: Number(values.port),
    dataDir,
    modelsDir: resolve(values.models),
    speechModel: values.model,
    scenariosDir: values.scenarios ? resolve(values.scenarios) : undefined,
    rendererDir: values.renderer,
    opener: values.opener,
  });
  process.stdout.write(`${host.url}\n`);
  process.stderr.write(`attune dev host: data in ${dataDir}; loopback only; Ctrl+C stops it.\n`);
  const stop = (): void => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(`attune dev host: ${(error as Error).message}\n`);
    process.exit(1);
  });
}

/** A stand-in model host with Hugging Face's URL layout, serving the tiny Whisper fixture as tiny.en. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TINY_WHISPER_DIR } from './tiny-whisper';

/** A running stand-in host. */
export interface ModelHost {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves the fixture's files (or those of `root`, laid out the same way); requests for a file named in `hangOn` get no answer at all (a host
 * that stops responding), which the fetcher's timeout reports as unreachable.
 */
export async function startModelHost(options: { hangOn?: string; root?: string } = {}): Promise<ModelHost> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const match = /^\/Xenova\/whisper-tiny\.en\/resolve\/[0-9a-f]{40}\/(.+)$/.exec(req.url ?? '');
    if (match && options.hangOn === match[1]) return;
    const file = match ? join(options.root ?? TINY_WHISPER_DIR, match[1]!) : '';
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

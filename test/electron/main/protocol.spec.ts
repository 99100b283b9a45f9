/** The app:// protocol as Electron would call it: files from the built UI only, each with the CSP. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recorded, resetElectron } from '../../helpers/electron-mock';
import { tempDir } from '../../helpers/temp-dir';

vi.mock('electron', () => import('../../helpers/electron-mock').then((m) => m.electron));
const { registerAppScheme, serveRenderer } = await import('../../../electron/main/protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/main/csp');

/** A built UI folder with a secret file beside it, served on app://. */
function serve(): (url: string) => Promise<Response> {
  const root = tempDir('attune-protocol-');
  mkdirSync(join(root, 'renderer/assets'), { recursive: true });
  writeFileSync(join(root, 'renderer/index.html'), '<h1>Attune</h1>');
  writeFileSync(join(root, 'renderer/assets/app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'not for the page');
  // A sibling whose name starts like the root: a bare startsWith(root) check would let it through.
  mkdirSync(join(root, 'renderer-evil'));
  writeFileSync(join(root, 'renderer-evil/x.html'), 'evil');
  serveRenderer(join(root, 'renderer'));
  const handler = recorded.protocolHandlers.get('app')!;
  return (url) => handler(new Request(url));
}

describe('the app protocol', () => {
  beforeEach(() => resetElectron());

  it('registers app: as a standard, secure scheme with fetch', () => {
    registerAppScheme();
    expect(recorded.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves the UI’s files with the content security policy and nosniff', async () => {
    const get = serve();
    for (const url of ['app://attune/', 'app://attune/index.html', 'app://attune/assets/app.js']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Security-Policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('X-Content-Type-Options'), url).toBe('nosniff');
    }
    expect(await (await get('app://attune/')).text()).toBe('<h1>Attune</h1>');
  });

  it('refuses every path that leaves the UI folder, however it is spelled', async () => {
    const get = serve();
    // The URL parser folds plain and %2e dot segments into the folder (so they miss: 404); encoded
    // slashes survive it and reach the handler's own check after decoding (403).
    const cases: Array<[string, number]> = [
      ['/../secret.txt', 404],
      ['/%2e%2e/secret.txt', 404],
      ['/assets/%2e%2e/%2e%2e/secret.txt', 404],
      ['/..%2fsecret.txt', 403],
      ['/%2e%2e%2fsecret.txt', 403],
      ['/assets%2f..%2f..%2fsecret.txt', 403],
      ['/..%2frenderer-evil%2fx.html', 403],
    ];
    for (const [path, status] of cases) {
      const response = await get(`app://attune${path}`);
      expect(response.status, path).toBe(status);
      expect(await response.text(), path).not.toMatch(/not for the page|evil/);
    }
  });

  it('answers 404 for another host on the scheme', async () => {
    const get = serve();
    expect((await get('app://evil/index.html')).status).toBe(404);
  });
});

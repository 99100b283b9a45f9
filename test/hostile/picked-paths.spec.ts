/**
 * Paths from the page (issue #14): in the desktop app, import, model import and "save a copy"
 * accept only a path the user chose in Attune's own dialog, once; browser mode keeps typed paths.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../electron/features/context';
import type { Desktop, PickKind } from '../../electron/features/desktop';
import { pickPath } from '../../electron/features/folders';
import { importModelFeature } from '../../electron/features/models';
import { startPractice } from '../../electron/features/practice';
import { importSessionFeature } from '../../electron/features/review';
import { saveSessionCopy } from '../../electron/features/sessions';

let dir: string;
let ctx: AppContext;
let answer = '';
const desktop: Desktop = { hasDialogs: true, openFolder: async () => undefined, pick: async () => answer };

/** The user picks `path` in a dialog of `kind`. */
async function userPicks(kind: PickKind, path: string): Promise<string> {
  answer = path;
  return (await pickPath(ctx, { kind })).path!;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-picked-'));
  ctx = createAppContext({ dataDir: join(dir, 'data'), modelsDir: join(dir, 'models'), desktop });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('paths named by the page in the desktop app', () => {
  it('are refused for import, model import and save-a-copy unless chosen in the dialog', async () => {
    await expect(importSessionFeature(ctx, { path: '/etc/passwd' })).rejects.toThrow('Attune imports from only a place chosen in its own dialog; /etc/passwd was not chosen there.');
    await expect(importModelFeature(ctx, { name: 'tiny.en', path: '/etc' })).rejects.toThrow('Attune imports models from only a place chosen in its own dialog; /etc was not chosen there.');
    const view = await startPractice(ctx, { scenarioId: 'conflict-its-nothing' });
    await expect(saveSessionCopy(ctx, { id: view.sessionId, dir: '/tmp' })).rejects.toThrow('Attune saves copies to only a place chosen in its own dialog; /tmp was not chosen there.');
  });

  it('are accepted once when chosen in a dialog of the right kind', async () => {
    const view = await startPractice(ctx, { scenarioId: 'conflict-its-nothing' });
    const folder = await userPicks('export-folder', join(dir, 'copies'));
    await mkdir(folder);
    expect((await saveSessionCopy(ctx, { id: view.sessionId, dir: folder })).dir).toBe(join(folder, view.sessionId));
    await expect(saveSessionCopy(ctx, { id: view.sessionId, dir: folder })).rejects.toThrow('was not chosen there');
    // A folder chosen for a model import does not open the way for a session import.
    const models = await userPicks('model-folder', 'test/fixtures/tiny-whisper');
    await expect(importSessionFeature(ctx, { path: models })).rejects.toThrow('was not chosen there');
  });
});

import { describe, expect, it } from 'vitest';
import { cp, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { tempDir } from '../../helpers/temp-dir';
import { modelsStatus } from '../../../electron/features/models';
import { createAppContext } from '../../../electron/features/context';
import { setSlot } from '../../../electron/features/slots';
import { SPEECH_SLOT } from '../../../electron/features/speech';
import { checkModelFolder } from '../../../electron/speech/model-files';
import type { SpeechService } from '../../../electron/speech/service';

/** Sums the fixture's files independently of the feature's own walk. */
async function du(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  return total;
}

describe('modelsStatus', () => {
  it('reports each known model as absent in an empty folder', async () => {
    const dir = tempDir('attune-models-');
    const { models } = await modelsStatus({ modelsDir: dir });
    expect(models.map((m) => [m.name, m.present, m.bytes])).toEqual([
      ['tiny.en', false, null],
      ['base.en', false, null],
    ]);
  });

  it('measures an installed model folder on disk', async () => {
    // The project's tiny Whisper-architecture fixture, laid out as the tiny.en model folder.
    const dir = tempDir('attune-models-');
    await cp('test/fixtures/tiny-whisper', join(dir, 'Xenova', 'whisper-tiny.en'), { recursive: true });
    const { models } = await modelsStatus({ modelsDir: dir });
    const info = models.find((m) => m.name === 'tiny.en')!;
    expect(info.present).toBe(true);
    expect(info.bytes).toBeGreaterThan(0);
    expect(info.bytes).toBe(await du(join(dir, 'Xenova', 'whisper-tiny.en')));
  });
});

describe('importModelFeature', () => {
  it("imports a model folder after the app's speech service test-loads it, then has the service forget the old one", async () => {
    const { importModelFeature } = await import('../../../electron/features/models');
    const dir = tempDir('attune-models-');
    const ctx = createAppContext({ dataDir: join(dir, 'data'), modelsDir: dir });
    // A stand-in for the app's speech service (this file shares a process with others, where the
    // real worker's native runtime cannot load twice); test/hostile/model-import.spec.ts loads for real.
    const calls: string[] = [];
    const speech: Partial<SpeechService> = {
      testLoad: async (staged) => void calls.push(`test-load ${relative(dir, staged).startsWith('.staging-') ? 'staging' : staged} ${(await checkModelFolder(staged)).length} problems`),
      forget: async (installed) => void calls.push(`forget ${installed}`),
    };
    setSlot(ctx, SPEECH_SLOT, speech as SpeechService); // the import uses only testLoad and forget
    const { installedAt } = await importModelFeature(ctx, { name: 'tiny.en', path: 'test/fixtures/tiny-whisper' });
    expect(installedAt).toBe(join(dir, 'Xenova', 'whisper-tiny.en'));
    expect(calls).toEqual(['test-load staging 0 problems', `forget ${installedAt}`]);
    const info = (await modelsStatus({ modelsDir: dir })).models.find((m) => m.name === 'tiny.en')!;
    expect([info.present, info.valid, info.verification]).toEqual([true, true, 'recorded']);
    await expect(importModelFeature(ctx, { name: 'huge', path: 'x' })).rejects.toThrow('"huge" is not a model Attune knows.');
    await expect(importModelFeature(ctx, { name: 'base.en', path: dir })).rejects.toThrow('is not a usable base.en folder');
    // A folder the speech service cannot load is refused, and the installed model stays.
    speech.testLoad = () => Promise.reject(new Error('Unsupported model type: whisper'));
    await expect(importModelFeature(ctx, { name: 'tiny.en', path: 'test/fixtures/tiny-whisper-attn' })).rejects.toThrow('the new tiny.en files do not load in the speech engine (Unsupported model type: whisper); the model in place was kept');
    expect((await modelsStatus({ modelsDir: dir })).models.find((m) => m.name === 'tiny.en')!.valid).toBe(true);
  });
});

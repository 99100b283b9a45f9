import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext, type AppContext } from '../../../electron/features/context';
import { disposeSpeech, MODEL_MISSING, transcribe } from '../../../electron/features/speech';
import { SAMPLE_RATE } from '../../../shared/audio';

let dir: string;
let ctx: AppContext;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-speech-feature-'));
  ctx = createAppContext({ dataDir: dir, modelsDir: join(dir, 'models') });
});
afterEach(async () => {
  await disposeSpeech(ctx);
  await rm(dir, { recursive: true, force: true });
});

describe('a missing speech model, as the app says it', () => {
  it('is one plain sentence, with no folder path or npm command (the CLI keeps its how-to-fix text)', async () => {
    const error = await transcribe(ctx, { audio: new Float32Array(SAMPLE_RATE) }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(MODEL_MISSING);
    expect((error as Error).message).not.toMatch(/npm|attune --|models fetch/);
    expect((error as Error).message).not.toContain(dir);
  });

  it('says the same for a damaged model folder given by the host', async () => {
    const host = createAppContext({ dataDir: dir, modelsDir: join(dir, 'models'), speechModel: join(dir, 'no-such-model') });
    await expect(transcribe(host, { audio: new Float32Array(SAMPLE_RATE) })).rejects.toThrow(MODEL_MISSING);
    await disposeSpeech(host);
  });
});

import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256File, sha256Unchanged } from '../../../electron/speech/manifest';
import { tempDir } from '../../helpers/temp-dir';

describe('model file hashes', () => {
  it('are read again when a file changes, and reused while it does not', async () => {
    const file = join(tempDir('attune-manifest-'), 'model.onnx');
    writeFileSync(file, 'first weights');
    const first = await sha256Unchanged(file);
    expect(first).toBe(await sha256File(file));

    const when = new Date('2026-01-01T00:00:00Z');
    writeFileSync(file, 'other weights');
    utimesSync(file, when, when);
    const second = await sha256Unchanged(file);
    expect(second).toBe(await sha256File(file));
    expect(second).not.toBe(first);

    // Same size, same modification time: the remembered hash is used without reading the file.
    writeFileSync(file, 'OTHER WEIGHTS');
    utimesSync(file, when, when);
    expect(await sha256Unchanged(file)).toBe(second);
  });
});

import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { unzipAsync, zipAsync } from '../../../../electron/storage/archive/zip-async';

/** Counts how often this thread's event loop turns until `work` settles (0 if the work blocked it). */
async function turnsDuring<T>(work: Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let done = false;
  const spin = (): void => {
    if (done) return;
    turns++;
    setImmediate(spin);
  };
  setImmediate(spin);
  const value = await work;
  done = true;
  return { value, turns };
}

describe('zip and unzip off the calling thread', () => {
  const wav = Uint8Array.from({ length: 4 * 1024 * 1024 }, (_, i) => (i * 7) % 251);
  const same = (a: Uint8Array | undefined, b: Uint8Array): boolean => !!a && Buffer.from(a).equals(Buffer.from(b));
  const entries = { 's/session.json': new TextEncoder().encode('{"id":"s"}'), 's/turn-0.wav': wav };

  it('gives the same archive contents as fflate’s sync functions', async () => {
    const viaAsync = unzipSync(await zipAsync(entries));
    const viaSync = await unzipAsync(zipSync(entries));
    for (const out of [viaAsync, viaSync]) {
      expect(Object.keys(out).sort()).toEqual(Object.keys(entries).sort());
      for (const [name, data] of Object.entries(entries)) expect(same(out[name], data), name).toBe(true);
    }
  });

  it('leaves the event loop free while 4 MB are deflated and inflated', async () => {
    const zipped = await turnsDuring(zipAsync(entries));
    const unzipped = await turnsDuring(unzipAsync(zipped.value));
    expect(same(unzipped.value['s/turn-0.wav'], wav)).toBe(true);
    // A sync deflate or inflate of this size would hold the thread for its whole run: no turns at all.
    expect(zipped.turns).toBeGreaterThan(0);
    expect(unzipped.turns).toBeGreaterThan(0);
  });

  it('rejects a damaged archive with fflate’s reason', async () => {
    await expect(unzipAsync(new Uint8Array([80, 75, 3, 4, 1, 2, 3]))).rejects.toThrow();
  });
});

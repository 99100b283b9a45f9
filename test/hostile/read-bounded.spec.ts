/** Bounded reads (issue #14): devices, FIFOs, links and oversized files are refused in one sentence, quickly. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnsafeFileError, readBounded, readBoundedSync } from '../../electron/storage/files/read-bounded';

let dir: string;
const isPosix = process.platform !== 'win32';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-bounded-'));
  await writeFile(join(dir, 'small.txt'), 'hello');
  await writeFile(join(dir, 'big.txt'), Buffer.alloc(2048));
  if (isPosix) {
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    await symlink('/dev/zero', join(dir, 'zero-link'));
    await symlink(join(dir, 'small.txt'), join(dir, 'small-link'));
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each([
  ['readBounded', (p: string, o: Parameters<typeof readBoundedSync>[1]) => readBounded(p, o)],
  ['readBoundedSync', async (p: string, o: Parameters<typeof readBoundedSync>[1]) => readBoundedSync(p, o)],
])('%s', (_name, read) => {
  it('reads a small regular file', async () => {
    expect((await read(join(dir, 'small.txt'), { maxBytes: 10 })).toString()).toBe('hello');
  });

  it('refuses a file over the cap before reading it', async () => {
    await expect(read(join(dir, 'big.txt'), { maxBytes: 1024, what: 'The archive' })).rejects.toThrow('The archive is 2 KB, more than the 1 KB it may be.');
  });

  it.runIf(isPosix)('refuses /dev/zero, a FIFO and a link within a second, and follows a link only when allowed', async () => {
    const t0 = performance.now();
    await expect(read('/dev/zero', { maxBytes: 1024, what: 'x' })).rejects.toThrow('x is not a plain file (it is a device, pipe or socket), so it was not read.');
    await expect(read(join(dir, 'fifo'), { maxBytes: 1024, what: 'x' })).rejects.toThrow(/not a plain file/);
    await expect(read(join(dir, 'zero-link'), { maxBytes: 1024, what: 'x' })).rejects.toThrow('x is a link to another file; Attune does not follow links here, so copy the file itself instead.');
    await expect(read(join(dir, 'zero-link'), { maxBytes: 1024, what: 'x', followLinks: true })).rejects.toBeInstanceOf(UnsafeFileError);
    expect((await read(join(dir, 'small-link'), { maxBytes: 10, followLinks: true })).toString()).toBe('hello');
    await expect(read(join(dir, 'missing'), { maxBytes: 10, what: 'x' })).rejects.toThrow('x does not exist.');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

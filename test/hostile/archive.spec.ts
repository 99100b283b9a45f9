/** Hostile session archives (issue #14): each is refused within seconds in one sentence, and nothing lands. */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importSession, importSessionZip } from '../../electron/storage/archive/import';
import { readSessionFiles } from '../../electron/storage/sessions/files';
import { createSessionStore } from '../../electron/storage/sessions/store';
import { spokenSession, tempSessionsDir, toneWav } from '../electron/storage/archive/fixture';

const isPosix = process.platform !== 'win32';

/** A valid archive of spokenSession(id), with `change` applied to its session and extra entries added. */
function archive(id: string, change: (s: Record<string, unknown>) => void = () => undefined, extra: Zippable = {}): Uint8Array {
  const session = spokenSession(id) as unknown as Record<string, unknown>;
  change(session);
  return zipSync({
    [`${id}/session.json`]: strToU8(JSON.stringify(session)),
    [`${id}/turn-0-a.wav`]: [toneWav(0.5), { level: 0 }],
    [`${id}/turn-0-b.wav`]: [toneWav(0.8), { level: 0 }],
    ...extra,
  });
}

/** Imports `bytes` and expects one refusal sentence, fast, with the sessions folder left empty. */
async function expectRefused(bytes: Uint8Array, message: RegExp): Promise<void> {
  const dir = await tempSessionsDir();
  const t0 = performance.now();
  const error = (await importSessionZip(dir, bytes).then(() => null, (e: unknown) => e)) as Error | null;
  expect(error?.message).toMatch(message);
  expect(error?.message.split(/\.\s/).length).toBe(1); // one sentence
  expect(performance.now() - t0).toBeLessThan(5000);
  expect(await readdir(dir).catch(() => [])).toEqual([]);
  // The probe's host grew past 10 GB on such input; refusing must not.
  expect(process.memoryUsage().rss).toBeLessThan(1024 ** 3);
}

describe('importing a hostile archive', () => {
  it('still imports a real one (the checks refuse only what is wrong)', async () => {
    const dir = await tempSessionsDir();
    expect(await importSessionZip(dir, archive('ok-1'))).toMatchObject({ id: 'ok-1', status: 'imported' });
  });

  it('refuses a zip bomb within the caps (50 × 1 MB of silence in 50 KB) before inflating it', async () => {
    const wavs: Zippable = {};
    for (let i = 0; i < 50; i++) wavs[`bomb/extra-${i}.wav`] = [new Uint8Array(1024 * 1024), { level: 9 }];
    const bytes = archive('bomb', () => undefined, wavs);
    expect(bytes.byteLength).toBeLessThan(200 * 1024);
    await expectRefused(bytes, /^The archive would unpack from \d+ KB to 50 MB, which no recorded session does, so it was not opened\.$/);
  });

  it('refuses a session.json over 16 MB, and one with a 20,000-character title or 5,000 turns', async () => {
    await expectRefused(archive('big', (s) => (s.padding = 'x'.repeat(17 * 1024 * 1024))), /session\.json is 17 MB, more than the 16 MB it may be\.$/);
    await expectRefused(archive('title', (s) => (s.scenarioTitle = 't'.repeat(20_000))), /^session\.json has a scenario title of 20,000 characters; at most 300 are allowed\.$/);
    await expectRefused(archive('turns', (s) => (s.turns = Array.from({ length: 5000 }, (_, index) => ({ index, partnerLine: 'hi', attempts: [] })))), /^session\.json has 5,000 turns; at most 500 are allowed\.$/);
  });

  it('refuses duplicate entries (which used to merge silently, the last one winning)', async () => {
    const bytes = archive('dup');
    // Rename turn-0-b.wav to turn-0-a.wav in both the local header and the central directory.
    const text = Buffer.from(bytes);
    let at = text.indexOf('dup/turn-0-b.wav');
    while (at >= 0) {
      text.write('dup/turn-0-a.wav', at, 'latin1');
      at = text.indexOf('dup/turn-0-b.wav', at + 1);
    }
    await expectRefused(new Uint8Array(text), /^The archive holds "dup\/turn-0-a\.wav" twice, so it is not an Attune export\.$/);
  });

  it('refuses an entry whose recorded size is false (it used to be cut silently)', async () => {
    const bytes = Buffer.from(archive('lie'));
    const central = bytes.lastIndexOf(Buffer.from('lie/turn-0-b.wav')) - 46;
    expect(bytes.readUInt32LE(central)).toBe(0x02014b50);
    bytes.writeUInt32LE(bytes.readUInt32LE(central + 24) - 100, central + 24); // declared size 100 bytes short
    await expectRefused(new Uint8Array(bytes), /"lie\/turn-0-b\.wav" does not match its recorded size or checksum|not a readable zip archive/);
  });

  it.runIf(isPosix)('refuses /dev/zero, a FIFO and a zip linked to /dev/zero at once, never reading them', async () => {
    const dir = await tempSessionsDir();
    const root = dirname(dir);
    execFileSync('mkfifo', [join(root, 'pipe.zip')]);
    await symlink('/dev/zero', join(root, 'zero.zip'));
    const t0 = performance.now();
    await expect(importSession(dir, '/dev/zero')).rejects.toThrow('The archive is not a plain file (it is a device, pipe or socket), so it was not read.');
    await expect(importSession(dir, join(root, 'pipe.zip'))).rejects.toThrow(/not a plain file/);
    await expect(importSession(dir, join(root, 'zero.zip'))).rejects.toThrow(/not a plain file/);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it.runIf(isPosix)('reads a stored session without opening a FIFO session.json or following a WAV linked to /dev/zero', async () => {
    const dir = await tempSessionsDir();
    const folder = join(dir, 'linked');
    await mkdir(folder, { recursive: true });
    execFileSync('mkfifo', [join(folder, 'session.json')]);
    const t0 = performance.now();
    await expect(readSessionFiles(dir, 'linked')).rejects.toThrow('Session linked has no session.json.');
    execFileSync('rm', [join(folder, 'session.json')]);
    await writeFile(join(folder, 'session.json'), JSON.stringify(spokenSession('linked')));
    await writeFile(join(folder, 'turn-0-b.wav'), toneWav(0.8));
    await symlink('/dev/zero', join(folder, 'turn-0-a.wav'));
    await expect(readSessionFiles(dir, 'linked')).rejects.toThrow("The session's audio is incomplete: turn-0-a.wav missing.");
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it.runIf(isPosix)('lists the other sessions when one session.json is a FIFO or too large, naming it', async () => {
    const dir = await tempSessionsDir();
    await mkdir(join(dir, 'pipe'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'pipe', 'session.json')]);
    await mkdir(join(dir, 'huge'), { recursive: true });
    await writeFile(join(dir, 'huge', 'session.json'), Buffer.alloc(17 * 1024 * 1024, 32));
    await mkdir(join(dir, 'fine'), { recursive: true });
    await writeFile(join(dir, 'fine', 'session.json'), JSON.stringify(spokenSession('fine')));
    const t0 = performance.now();
    const { sessions, problems } = await createSessionStore(dir).list();
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(sessions.map((s) => s.id)).toEqual(['fine']);
    expect(problems).toEqual([
      { id: 'huge', message: "Session huge's session.json is 17 MB, more than the 16 MB it may be." },
      { id: 'pipe', message: "Session pipe's session.json is not a plain file, so it was not read." },
    ]);
  });
});

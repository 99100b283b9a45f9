/** Hostile scenario files in the user's folder (issue #14): each names itself and is skipped; the rest still load. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarios } from '../../electron/storage/scenarios/loader';

const isPosix = process.platform !== 'win32';
let dir: string;

/** A YAML alias bomb: each level doubles the last, 2^20 nodes from a few hundred bytes. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x]'];
  for (let i = 1; i <= 20; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
  return lines.join('\n') + '\n';
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-hostile-scenarios-'));
  await writeFile(join(dir, 'alias-bomb.yaml'), aliasBomb());
  await writeFile(join(dir, 'huge.yaml'), `title: "${'t'.repeat(2 * 1024 * 1024)}"\n`);
  await writeFile(join(dir, 'deep.yaml'), `x: ${'['.repeat(40)}${']'.repeat(40)}\n`);
  if (isPosix) {
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    await symlink('/dev/zero', join(dir, 'zero.yaml'));
  }
  // One good user scenario beside them.
  await writeFile(join(dir, 'minimal.yaml'), await readFile('test/fixtures/scenarios/valid/minimal.yaml'));
  execFileSync('cp', ['-r', 'test/fixtures/scenarios/valid/audio', join(dir, 'audio')]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loading hostile scenario files', () => {
  it('names each bad file once, skips it, and loads the built-in and good user scenarios within seconds', () => {
    const t0 = performance.now();
    const { scenarios, problems } = loadScenarios({ userDir: dir });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(scenarios.map((s) => s.id)).toContain('minimal');
    expect(scenarios.filter((s) => s.source.builtin).length).toBeGreaterThanOrEqual(8);
    const byFile = (name: string) => problems.filter((p) => p.file.endsWith(name)).map((p) => p.message);
    expect(byFile('alias-bomb.yaml')).toEqual(['uses too many YAML aliases (&name / *name) for a scenario; it was skipped']);
    expect(byFile('huge.yaml')).toEqual(['is 2 MB, more than the 1 MB it may be; it was skipped']);
    expect(byFile('deep.yaml')).toEqual(['is nested deeper than any scenario is; it was skipped']);
    if (isPosix) {
      expect(byFile('pipe.yaml')).toEqual(['is not a plain file (it is a device, pipe or socket), so it was not read; it was skipped']);
      expect(byFile('zero.yaml')).toEqual(['is a link to another file; Attune does not follow links here, so copy the file itself instead; it was skipped']);
    }
  });
});

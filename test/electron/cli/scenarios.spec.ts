import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';

/** Runs the CLI in-process, as a user would from a terminal. */
const attune = (...args: string[]) => runCli(args);

describe('attune scenarios', () => {
  it('list --json prints {id, title, cause} for every built-in scenario', async () => {
    const r = await attune('scenarios', 'list', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; title: string; cause: string }[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    for (const item of list) expect(Object.keys(item)).toEqual(['id', 'title', 'cause']);
    expect(list.map((s) => s.id)).toContain('grief-birthday');
  });

  it('list prints a readable table', async () => {
    const r = await attune('scenarios', 'list');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ID\s+CAUSE\s+LEVEL\s+TITLE/);
    expect(r.stdout).toMatch(/grief-birthday\s+grief\s+moderate\s+The first birthday without him/);
  });

  it('validate exits 0 for a valid file', async () => {
    const r = await attune('scenarios', 'validate', 'test/fixtures/scenarios/valid/minimal.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid scenario "minimal"/);
    expect(r.stderr).toBe('');
  });

  it('validate exits non-zero and names file, line and field of each problem on stderr', async () => {
    const r = await attune('scenarios', 'validate', 'test/fixtures/scenarios/malformed/missing-field.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('test/fixtures/scenarios/malformed/missing-field.yaml:7: persona.name: is required');
  });

  it('validate names each recording problem with file, line and field', async () => {
    const files = ['missing-audio', 'audio-outside', 'audio-format'].map((n) => `test/fixtures/scenarios/malformed/${n}.yaml`);
    const r = await attune('scenarios', 'validate', ...files);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${files[0]}:23: levels.3[0].audio: names a recording that does not exist (audio/missing.wav next to the scenario file)`,
      `${files[1]}:23: levels.3[0].audio: must be a path relative to the scenario file, inside its folder (".." is not allowed)`,
      `${files[2]}:23: levels.3[0].audio: must be a .wav, .mp3, .ogg, .webm or .m4a file`,
      '3 of 3 files have problems.',
    ]);
  });

  it('validate without a file is a usage error', async () => {
    const r = await attune('scenarios', 'validate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/name a scenario file/);
  });
});

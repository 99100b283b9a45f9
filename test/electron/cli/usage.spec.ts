import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';

describe('a flag a command does not know', () => {
  it.each([
    ['play', ['play', 'conflict-its-nothing', '--bogus']],
    ['scenarios', ['scenarios', 'list', '--bogus']],
    ['transcribe', ['transcribe', 'x.wav', '--bogus']],
  ])('gives %s one line with its usage and exit code 2', async (name, args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^attune ${name}: Unknown option '--bogus'.*; usage: attune ${name} .*\\n$`));
  });
});

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/run-cli';

describe('attune with a reader that stops early (| head)', () => {
  it('exits 0 without a stack trace when stdout closes', async () => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'electron/cli/index.ts'), 'play', 'conflict-its-nothing'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first chunk, then close the pipe as `head -1` does; keep stdin open so play keeps writing.
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    child.stdout.destroy();
    child.stdin.write('It sounds like that really hurt. What has it been like for you?\n');
    child.stdin.write('That makes sense. Tell me more?\n');
    child.stdin.end();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});

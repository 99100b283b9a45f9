/** The cycle rule (eslint/cycles.js) fires on a fixture loop, with the same settings lint uses on app code. */
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { noCycles } from '../../eslint/cycles.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = 'test/fixtures/cycles';
const eslint = new ESLint({ cwd: ROOT, overrideConfig: [noCycles([`${FIXTURES}/*.ts`])] });

/** "file: rule: message" for each problem in the fixture files. */
async function lint(...files: string[]): Promise<string[]> {
  const results = await eslint.lintFiles(files.map((f) => join(ROOT, FIXTURES, f)));
  return results.flatMap((r) => r.messages.map((m) => `${r.filePath.split('/').pop()}: ${m.ruleId}: ${m.message}`));
}

describe('the cycle rule (eslint/cycles.js)', () => {
  it('fails every file of a runtime cycle, naming the way round', async () => {
    expect(await lint('loop-a.ts', 'loop-b.ts', 'loop-c.ts')).toEqual([
      'loop-a.ts: import-x/no-cycle: Dependency cycle via "./loop-c:2"',
      'loop-b.ts: import-x/no-cycle: Dependency cycle via "./loop-a:2"',
      'loop-c.ts: import-x/no-cycle: Dependency cycle via "./loop-b:2"',
    ]);
  });

  it('passes a loop closed only by a type import (it vanishes at build time)', async () => {
    expect(await lint('types-a.ts', 'types-b.ts')).toEqual([]);
  });
});

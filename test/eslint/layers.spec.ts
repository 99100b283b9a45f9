import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** Lints a fixture as if it lived at `asPath`, returning "rule: message" for each problem. */
async function lintAs(fixture: string, asPath: string): Promise<string[]> {
  const code = readFileSync(join(ROOT, 'test/fixtures/layers', fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, asPath) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layer rule (eslint/layers.js)', () => {
  it('fails a domain file that touches the file system', async () => {
    expect(await lintAs('domain-reads-files.ts.txt', 'electron/domain/progress/fixture.ts')).toEqual([
      'attune/layers: domain may not import "node:fs/promises": domain code is pure: file and process access belongs in electron/storage (or speech), and no Electron or React.',
    ]);
  });

  it('fails an import that runs up a layer, naming both layers', async () => {
    expect(await lintAs('import-runs-up.ts.txt', 'electron/domain/progress/fixture.ts')).toEqual([
      'attune/layers: domain may not import storage (electron/storage/sessions/store): domain may import only shared, domain.',
      'attune/layers: domain may not import features (electron/features/scenarios): domain may import only shared, domain.',
    ]);
  });

  it('lets the renderer import shared/ but nothing in electron/, not even a type', async () => {
    expect(await lintAs('renderer-imports-electron.ts.txt', 'renderer/src/lib/fixture.ts')).toEqual([
      'attune/layers: renderer may not import domain (electron/domain/scenarios): renderer may import only shared, renderer.',
    ]);
  });

  it('passes the same imports where the layers allow them', async () => {
    expect(await lintAs('domain-reads-files.ts.txt', 'electron/storage/progress/fixture.ts')).toEqual([]);
    expect(await lintAs('import-runs-up.ts.txt', 'electron/cli/fixture.ts')).toEqual([]);
  });
});

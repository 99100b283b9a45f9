/** The packaged app's Electron fuses (issue #14): read from the real builder config, not restated. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { FuseOptionsV1 } from 'app-builder-lib';

const config = parse(readFileSync(join(import.meta.dirname, '../../electron-builder.yml'), 'utf8')) as { electronFuses?: FuseOptionsV1; asar?: boolean };

describe('electron-builder fuses', () => {
  it('turn off every way to run the binary as plain Node or attach an inspector', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });

  it('load only the integrity-checked app.asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({ enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true });
  });

  it('name only fuses electron-builder knows (a misspelt key would be silently ignored)', () => {
    const known: Array<keyof FuseOptionsV1> = ['runAsNode', 'enableCookieEncryption', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments', 'enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'loadBrowserProcessSpecificV8Snapshot', 'grantFileProtocolExtraPrivileges', 'resetAdHocDarwinSignature'];
    expect(Object.keys(config.electronFuses ?? {}).filter((k) => !known.includes(k as keyof FuseOptionsV1))).toEqual([]);
  });

  it('leave the model download a way to run without ELECTRON_RUN_AS_NODE (a utility process)', () => {
    const main = readFileSync(join(import.meta.dirname, '../../electron/main/index.ts'), 'utf8');
    expect(main).toMatch(/spawnFetcher: utilityFetcher\(builtEntries.modelFetch\b/);
  });
});

import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../../helpers/temp-dir';
import { readSettings, updateSettings } from '../../../../electron/storage/settings/store';
import { DEFAULT_SETTINGS } from '../../../../shared/types/settings';

describe('settings store', () => {
  it('starts from defaults, stores changes and reads them back', async () => {
    const dir = tempDir('attune-settings-');
    expect(await readSettings(dir)).toEqual(DEFAULT_SETTINGS);
    expect(await updateSettings(dir, { retentionDays: 30, model: 'base.en' })).toEqual({ microphoneId: null, model: 'base.en', retentionDays: 30, predictScores: false });
    expect(await updateSettings(dir, { retentionDays: null })).toMatchObject({ model: 'base.en', retentionDays: null });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({ microphoneId: null, model: 'base.en', retentionDays: null, predictScores: false });
  });

  it('refuses invalid changes and keeps good fields of a damaged file', async () => {
    const dir = tempDir('attune-settings-');
    await expect(updateSettings(dir, { retentionDays: 0 })).rejects.toThrow();
    await expect(updateSettings(dir, { model: 'huge' as 'tiny.en' })).rejects.toThrow();
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ model: 'base.en', retentionDays: 'soon' }));
    expect(await readSettings(dir)).toEqual({ microphoneId: null, model: 'base.en', retentionDays: null, predictScores: false });
    await writeFile(join(dir, 'settings.json'), '{');
    expect(await readSettings(dir)).toEqual(DEFAULT_SETTINGS);
  });
});

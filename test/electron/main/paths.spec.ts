/** Where the desktop app looks for its files, in a source checkout and packaged. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, recorded, resetElectron } from '../../helpers/electron-mock';
import { tempDir } from '../../helpers/temp-dir';

vi.mock('electron', () => import('../../helpers/electron-mock').then((m) => m.electron));
const { appPaths } = await import('../../../electron/main/paths');

describe('appPaths', () => {
  let userData: string;
  let resources: string;
  beforeEach(() => {
    resetElectron();
    userData = tempDir('attune-userdata-');
    resources = tempDir('attune-resources-');
    recorded.paths.set('userData', userData);
    vi.stubEnv('ATTUNE_MODELS_DIR', undefined);
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
  });
  afterEach(() => {
    electron.app.isPackaged = false;
    vi.unstubAllEnvs();
  });

  it('from a checkout: the built UI and the scenarios come from the app folder, data from userData', () => {
    expect(appPaths()).toEqual({
      rendererDir: '/fake/app/out/renderer',
      dataDir: userData,
      modelsDir: join(userData, 'models'),
      builtinScenariosDir: '/fake/app/electron/domain/scenarios/builtin',
      userScenariosDir: join(userData, 'scenarios'),
    });
  });

  it('packaged: scenarios from the resources; shipped models until the user fetches or imports one', () => {
    electron.app.isPackaged = true;
    mkdirSync(join(resources, 'models'));
    expect(appPaths()).toMatchObject({ builtinScenariosDir: join(resources, 'scenarios'), modelsDir: join(resources, 'models') });
    mkdirSync(join(userData, 'models'));
    expect(appPaths().modelsDir).toBe(join(userData, 'models'));
  });

  it('honours ATTUNE_MODELS_DIR over both', () => {
    vi.stubEnv('ATTUNE_MODELS_DIR', '/elsewhere/models');
    mkdirSync(join(userData, 'models'));
    expect(appPaths().modelsDir).toBe('/elsewhere/models');
  });
});

/** Where the app's files are: the built UI, the models, the built-in scenarios and the user's data. */
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Folders resolved at run time: models stay outside the asar so they can be fetched or imported later. */
export function appPaths() {
  const appPath = app.getAppPath();
  const resources = app.isPackaged ? process.resourcesPath : appPath;
  const userModels = join(app.getPath('userData'), 'models');
  return {
    rendererDir: join(appPath, 'out/renderer'),
    dataDir: app.getPath('userData'),
    // A model fetched or imported by the user wins over one shipped with the build; with neither, Fetch and Import write to userData.
    modelsDir: process.env.ATTUNE_MODELS_DIR ?? (existsSync(userModels) || !existsSync(join(resources, 'models')) ? userModels : join(resources, 'models')),
    builtinScenariosDir: app.isPackaged ? join(resources, 'scenarios') : join(appPath, 'electron/domain/scenarios/builtin'),
    userScenariosDir: join(app.getPath('userData'), 'scenarios'),
  };
}

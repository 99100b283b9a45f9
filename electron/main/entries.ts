/**
 * The files the main process starts off its own thread, as electron-vite builds them: each
 * `?modulePath` import makes its own bundle and gives its absolute path, so there are no
 * hand-added build inputs and nothing probes for built files at run time.
 *
 * Why `?modulePath` and not `?nodeWorker` for the two workers: the code that starts them (the
 * speech service, the analysis runner) is shared with the CLI and the dev host, which run the
 * TypeScript through tsx, where these imports cannot be resolved. A path is the one thing both
 * sides can hand to `new Worker`, so only this file (Electron's main, always built) names them;
 * under tsx the shared code starts the .ts source instead.
 */
import speechWorker from '../speech/worker?modulePath';
import analysisWorker from '../features/analysis-worker?modulePath';
import modelFetch from '../speech/fetch-child?modulePath';

/** Absolute paths of the built speech worker, analysis worker and model-fetch child. */
export const builtEntries = { speechWorker, analysisWorker, modelFetch };

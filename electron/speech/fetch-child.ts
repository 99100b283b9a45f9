/**
 * The model fetch child process: `attune models fetch` run for the app, reporting progress as
 * JSON lines (fetch-protocol.ts) on stdout. The app starts it only when the user clicks Fetch;
 * it is the one process of the app that may use the network (the speech worker refuses it).
 *
 *   node fetch-child.js --model tiny.en --models-dir DIR [--speech-worker FILE]   (Electron: a utility process, main/fetcher-utility.ts)
 *
 * Before the swap the downloaded model is loaded by the speech worker (the built one named by
 * --speech-worker in Electron, the source under tsx), as an import is: files that do not load never
 * replace the model in place.
 *
 * SIGTERM cancels: the download stops, the staging folder is removed, nothing is installed.
 */
import { parseArgs } from 'node:util';
import { MODEL_NAMES } from '../../shared/types/models';
import { pathToFileURL } from 'node:url';
import type { FetchLine } from './fetch-protocol';
import { InstallCancelled, InstallError, fetchModel } from './install-model';
import { knownModel } from './registry';
import { createSpeechService } from './service';

/** Runs one fetch, writing protocol lines through `write`; resolves with the exit code. */
export async function runFetchChild(args: string[], write: (line: FetchLine) => void, signal: AbortSignal): Promise<number> {
  // Positionals are ignored: a utility process may or may not list the script itself among its arguments.
  const { values } = parseArgs({ args, allowPositionals: true, options: { model: { type: 'string' }, 'models-dir': { type: 'string' }, 'speech-worker': { type: 'string' } } });
  const model = knownModel(values.model ?? '');
  if (!model || !values['models-dir']) {
    write({ type: 'error', kind: 'failed', message: `usage: fetch-child --model ${MODEL_NAMES.join('|')} --models-dir DIR` });
    return 2;
  }
  let lastStep = 0;
  // The worker starts only if the download gets as far as its test load.
  const speech = createSpeechService({ modelsDir: values['models-dir'], ...(values['speech-worker'] ? { workerUrl: pathToFileURL(values['speech-worker']) } : {}) });
  try {
    const installedAt = await fetchModel(model, {
      modelsDir: values['models-dir'],
      // As with an import, this build has no pins, so the hashes of what arrives are recorded and checked from then on.
      recordHashes: true,
      timeoutMs: Number(process.env.ATTUNE_FETCH_TIMEOUT_MS) || 15_000,
      signal,
      testLoad: (dir) => speech.testLoad(dir),
      onStep(step) {
        // About ten lines a second is plenty for a progress bar; the first and last byte of each file always go out.
        const now = Date.now();
        if (step.received !== 0 && step.received !== step.expected && now - lastStep < 100) return;
        lastStep = now;
        write({ type: 'step', ...step });
      },
    });
    write({ type: 'done', installedAt });
    return 0;
  } catch (error) {
    if (error instanceof InstallCancelled || signal.aborted) write({ type: 'error', kind: 'cancelled', message: new InstallCancelled().message });
    else if (error instanceof InstallError) write({ type: 'error', kind: error.kind, message: error.message });
    else write({ type: 'error', kind: 'failed', message: `could not install ${model.name}: ${(error as Error).message}` });
    return 1;
  } finally {
    await speech.dispose();
  }
}

// Run as a script by Node (tsx in dev and tests) or as an Electron utility process (which has a parentPort).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href || 'parentPort' in process) {
  const controller = new AbortController();
  process.on('SIGTERM', () => controller.abort());
  process.on('SIGINT', () => controller.abort());
  void runFetchChild(process.argv.slice(1), (line) => process.stdout.write(JSON.stringify(line) + '\n'), controller.signal).then((code) => {
    process.exitCode = code;
  });
}

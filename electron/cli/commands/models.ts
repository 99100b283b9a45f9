/** `attune models fetch|status|import`: manage the local Whisper models (the only command that may use the network). */
import { basename } from 'node:path';
import type { Command } from './index';
import type { CliIo } from '../io';
import { MODEL_NAMES } from '../../../shared/types/models';
import { CliError, parseCli } from '../errors';
import { InstallError, fetchModel, importModel, isPinned, modelHost } from '../../speech/install-model';
import { modelStatus } from '../../speech/model-status';
import { createSpeechService } from '../../speech/service';
import { defaultModelsDir } from '../../speech/models-dir';
import { DEFAULT_MODEL, KNOWN_MODELS, knownModel, type KnownModel } from '../../speech/registry';

const NAMES = MODEL_NAMES.join('|');
const USAGE = `usage: attune models status [--json] | models fetch [${NAMES}] [--record-hashes] | models import DIR [--as ${NAMES}] [--record-hashes]`;

function pick(name: string | undefined): KnownModel {
  const model = knownModel(name ?? DEFAULT_MODEL);
  if (!model) throw new CliError(`unknown model "${name}"; choose ${KNOWN_MODELS.map((m) => m.name).join(' or ')}`, 2);
  return model;
}

/** Which known model a folder holds: --as, else its name (whisper-tiny.en, whisper-base.en). */
function modelOfFolder(dir: string, as: string | undefined): KnownModel {
  if (as) return pick(as);
  const found = KNOWN_MODELS.find((m) => basename(dir.replace(/\/+$/, '')) === basename(m.repo));
  if (!found) throw new CliError(`cannot tell which model ${dir} holds; add ${MODEL_NAMES.map((n) => `--as ${n}`).join(' or ')}`, 2);
  return found;
}

async function status(io: CliIo, json: boolean): Promise<number> {
  const list = await modelStatus(defaultModelsDir(io.env));
  if (json) {
    io.stdout.write(JSON.stringify(list) + '\n');
    return 0;
  }
  for (const s of list) {
    const state = !s.present ? 'not installed' : s.valid ? `ready (${s.verification === 'unchecked' ? 'hashes not checked' : `${s.verification} sha256 match`})` : `broken: ${s.problems.join('; ')}`;
    io.stdout.write(`${s.name.padEnd(8)} ${s.isDefault ? 'default ' : '        '}${state}\n         ${s.path}\n`);
  }
  if (!list.some((s) => s.valid)) io.stdout.write(`\nno model is ready: run "npm run -s attune -- models fetch ${DEFAULT_MODEL} --record-hashes", or "models import DIR --record-hashes" without internet\n`);
  return 0;
}

/** Runs an install with a speech service at hand for its test load (the same worker a transcription uses), then stops it. */
async function install(io: CliIo, run: (testLoad: (dir: string) => Promise<void>) => Promise<string>, model: KnownModel, recordHashes: boolean): Promise<number> {
  const modelsDir = defaultModelsDir(io.env);
  const borrowed = io.speech?.(modelsDir);
  // The worker starts only when the test load needs it (after the files pass their checks).
  const service = borrowed ?? createSpeechService({ modelsDir });
  try {
    const dir = await run((staged) => service.testLoad(staged));
    await service.forget(dir);
    const how = isPinned(model) ? 'verified against pinned sha256' : recordHashes ? 'hashes recorded (this build has no pins to verify against)' : '';
    io.stdout.write(`${model.name} installed in ${dir}${how ? ` (${how})` : ''}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InstallError) throw new CliError(error.message);
    const e = error as NodeJS.ErrnoException;
    if (e.code) throw new CliError(`could not install ${model.name}: ${e.code} at ${e.path ?? 'the models folder'}`);
    throw error;
  } finally {
    if (!borrowed) await service.dispose();
  }
}

/** The models command. */
export const command: Command = {
  summary: 'list, download or import the local Whisper models (models status|fetch|import)',
  async run(args, io) {
    const parsed = parseCli(
      { args, allowPositionals: true, options: { json: { type: 'boolean' }, 'record-hashes': { type: 'boolean' }, as: { type: 'string' }, quiet: { type: 'boolean' } } },
      USAGE,
    );
    const [sub, arg, ...extra] = parsed.positionals;
    if (extra.length > 0) throw new CliError(USAGE, 2);
    const recordHashes = parsed.values['record-hashes'] ?? false;
    const onProgress = parsed.values.quiet || !io.stderr.isTTY ? undefined : (m: string) => void io.stderr.write(`\r${m}\x1b[K`);
    const opts = { modelsDir: defaultModelsDir(io.env), recordHashes, onProgress, host: modelHost(io.env) };
    switch (sub) {
      case 'status':
        if (arg) throw new CliError(USAGE, 2);
        return status(io, parsed.values.json ?? false);
      case 'fetch': {
        const model = pick(arg);
        const timeoutMs = Number(io.env.ATTUNE_FETCH_TIMEOUT_MS) || 15_000;
        return install(io, (testLoad) => fetchModel(model, { ...opts, timeoutMs, testLoad }), model, recordHashes);
      }
      case 'import': {
        if (!arg) throw new CliError(`models import needs a folder; ${USAGE}`, 2);
        const model = modelOfFolder(arg, parsed.values.as);
        return install(io, (testLoad) => importModel(model, arg, { ...opts, testLoad }), model, recordHashes);
      }
      default:
        throw new CliError(USAGE, 2);
    }
  },
};

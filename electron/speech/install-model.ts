/**
 * Installing model files: `attune models fetch` downloads them (the ONLY code in Attune that
 * uses the network) and `attune models import` copies them from a folder. Files are staged,
 * verified against the pinned sha256 (or hashed and recorded when this build has no pins) and
 * checked (JSON parses, ONNX structure), then the whole staged folder is swapped in by renames:
 * an interrupted or junk install never leaves a half-written model or replaces a working one.
 */
import { copyFile, mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { MANIFEST_FILE, sha256File, type Manifest } from './manifest';
import { checkModelFolder } from './model-files';
import type { KnownModel } from './registry';

/** An expected install failure, phrased for the user. */
export class InstallError extends Error {
  /** 'unreachable' when the model host could not be reached at all (offline, blocked, no answer). */
  readonly kind: 'unreachable' | 'failed';
  constructor(message: string, kind: 'unreachable' | 'failed' = 'failed') {
    super(message);
    this.kind = kind;
    this.name = 'InstallError';
  }
}

/** Where downloads come from; ATTUNE_MODEL_HOST lets tests (and mirrors) serve the same layout. */
export function modelHost(env: Record<string, string | undefined> = process.env): string {
  return (env.ATTUNE_MODEL_HOST ?? 'https://huggingface.co').replace(/\/$/, '');
}

/** Whether every file of the model has a pinned sha256 in this build. */
export function isPinned(model: KnownModel): boolean {
  return model.revision !== null && model.files.every((f) => f.sha256 !== null);
}

/** Options shared by fetch and import. */
export interface InstallOptions {
  modelsDir: string;
  /** Accept files this build has no pins for, recording their sha256 in the folder's manifest. */
  recordHashes: boolean;
  onProgress?(message: string): void;
  /** Where downloads come from (default: modelHost()). */
  host?: string;
  /** Byte-level progress of a download, for progress bars (the app's fetch child reports it as JSON lines). */
  onStep?(step: InstallStep): void;
  /**
   * Loads the staged folder with the real speech code (the speech service's worker) before the
   * swap; a rejection keeps the old model. Without it only the file checks run (size, JSON, ONNX structure).
   */
  testLoad?(dir: string): Promise<void>;
}

/** Where a download stands: file `index` of `count` (1-based), bytes received of those expected (null when the host does not say). */
export interface InstallStep {
  file: string;
  index: number;
  count: number;
  received: number;
  expected: number | null;
}

function refuseUnpinned(model: KnownModel, opts: InstallOptions): void {
  if (!isPinned(model) && !opts.recordHashes) {
    throw new InstallError(
      `this build has no pinned sha256 for the files of ${model.name} (see electron/speech/registry.ts); rerun with --record-hashes to install it and record the hashes of the files you get`,
    );
  }
}

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Checks a staged file against its pin (if any) and returns its sha256 and size. */
async function verifyStaged(model: KnownModel, path: string, staged: string): Promise<{ sha256: string; size: number }> {
  const sha256 = await sha256File(staged);
  const size = (await stat(staged)).size;
  const pin = model.files.find((f) => f.path === path);
  if (pin?.sha256 && pin.sha256 !== sha256) throw new InstallError(`${path} of ${model.name} does not match its pinned sha256 (got ${sha256.slice(0, 12)}…); nothing was installed`);
  if (pin?.size && pin.size !== size) throw new InstallError(`${path} of ${model.name} is ${size} bytes, expected ${pin.size}; nothing was installed`);
  return { sha256, size };
}

/**
 * Makes the staged folder the model: the manifest is written into it, the whole folder is checked,
 * and only then swapped in by renames (old folder aside, new one in, old one removed). A junk or
 * broken download or import never replaces a working model, even half-way.
 */
async function commit(model: KnownModel, opts: InstallOptions, stagingDir: string, hashes: Manifest['files'], source: string): Promise<string> {
  const target = join(resolve(opts.modelsDir), model.repo);
  const manifest: Manifest = { repo: model.repo, revision: model.revision, recordedAt: new Date().toISOString(), source, files: hashes };
  const tmp = join(stagingDir, `${MANIFEST_FILE}.tmp`);
  await writeFile(tmp, JSON.stringify(manifest, null, 1) + '\n');
  await fsyncFile(tmp);
  await rename(tmp, join(stagingDir, MANIFEST_FILE));
  const problems = await checkModelFolder(stagingDir);
  if (problems.length > 0) throw new InstallError(`the new ${model.name} files are unusable (${problems.join('; ')}); nothing was changed`);
  if (opts.testLoad) {
    opts.onProgress?.(`loading the new ${model.name} to check it`);
    try {
      await opts.testLoad(stagingDir);
    } catch (error) {
      throw new InstallError(`the new ${model.name} files do not load in the speech engine (${firstLine(error)}); the model in place was kept`);
    }
  }
  await mkdir(dirname(target), { recursive: true });
  const old = join(resolve(opts.modelsDir), `.old-${model.name}-${process.pid}`);
  await rm(old, { recursive: true, force: true });
  let hadOld = true;
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    hadOld = false;
  });
  try {
    await rename(stagingDir, target);
  } catch (error) {
    if (hadOld) await rename(old, target);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
  return target;
}

/** The first line of an error's message, without a trailing full stop (loader errors can run to many lines). */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n').find((line) => line.trim()) ?? 'no reason given').trim().replace(/\.$/, '').slice(0, 300);
}

/** A staging folder inside the models folder, so the final renames never cross file systems. */
async function stagingFor(model: KnownModel, opts: InstallOptions): Promise<string> {
  const dir = join(resolve(opts.modelsDir), `.staging-${model.name}-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Why a download failed, in words (network errors hide the reason in `cause`). */
function describeNetworkError(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'no answer in time';
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}

/** Thrown when the caller's signal stops an install; nothing is installed. */
export class InstallCancelled extends InstallError {
  constructor() {
    super('the download was cancelled; nothing was installed');
    this.name = 'InstallCancelled';
  }
}

/** Downloads one file to `to`, failing fast when the host does not answer within `timeoutMs`. */
async function download(url: string, to: string, timeoutMs: number, signal: AbortSignal | undefined, onBytes: (received: number, expected: number | null) => void): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
  const stop = (): void => controller.abort(new InstallCancelled());
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, redirect: 'follow' });
  } catch (error) {
    if (signal?.aborted) throw new InstallCancelled();
    throw new InstallError(`cannot reach ${new URL(url).host} (${describeNetworkError(error)})`, 'unreachable');
  } finally {
    // Only the wait for an answer is bounded; a large body may take as long as it needs.
    clearTimeout(timer);
  }
  if (!response.ok || !response.body) throw new InstallError(`${new URL(url).host} answered ${response.status} for ${url}`);
  const length = Number(response.headers.get('content-length'));
  const expected = Number.isFinite(length) && length > 0 ? length : null;
  await mkdir(dirname(to), { recursive: true });
  const handle = await open(to, 'w');
  let received = 0;
  try {
    onBytes(0, expected);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      await handle.write(chunk);
      received += chunk.byteLength;
      onBytes(received, expected);
    }
    await handle.sync();
  } catch (error) {
    if (signal?.aborted) throw new InstallCancelled();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
    await handle.close();
  }
}

/** Downloads, verifies and installs a known model; returns its folder. */
export async function fetchModel(model: KnownModel, opts: InstallOptions & { timeoutMs?: number; signal?: AbortSignal }): Promise<string> {
  refuseUnpinned(model, opts);
  const staging = await stagingFor(model, opts);
  const host = opts.host ?? modelHost();
  try {
    const hashes: Manifest['files'] = {};
    const revision = model.revision ?? 'main';
    for (const [i, file] of model.files.entries()) {
      opts.onProgress?.(`downloading ${model.name} ${file.path} (${i + 1}/${model.files.length})`);
      const url = `${host}/${model.repo}/resolve/${revision}/${file.path}`;
      const step = (received: number, expected: number | null): void => opts.onStep?.({ file: file.path, index: i + 1, count: model.files.length, received, expected });
      try {
        await download(url, join(staging, file.path), opts.timeoutMs ?? 15_000, opts.signal, step);
      } catch (error) {
        if (error instanceof InstallError && !(error instanceof InstallCancelled)) {
          throw new InstallError(
            `could not download ${model.name}: ${error.message}; on a machine without internet, copy the model folder from elsewhere and run "attune models import DIR --record-hashes"`,
            error.kind,
          );
        }
        throw error;
      }
      hashes[file.path] = await verifyStaged(model, file.path, join(staging, file.path));
    }
    if (opts.signal?.aborted) throw new InstallCancelled();
    return await commit(model, opts, staging, hashes, `${host}/${model.repo}@${revision}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Copies a model folder (already downloaded elsewhere) into the models folder, verified. */
export async function importModel(model: KnownModel, fromDir: string, opts: InstallOptions): Promise<string> {
  refuseUnpinned(model, opts);
  const source = resolve(fromDir);
  // Links are refused: a config.json linked to /etc/passwd used to be followed and copied.
  const problems = await checkModelFolder(source, { refuseLinks: true });
  if (problems.length > 0) throw new InstallError(`${source} is not a usable ${model.name} folder: ${problems.join('; ')}; nothing was changed`);
  const staging = await stagingFor(model, opts);
  try {
    const hashes: Manifest['files'] = {};
    for (const file of model.files) {
      opts.onProgress?.(`copying ${file.path}`);
      const to = join(staging, file.path);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(join(source, file.path), to);
      await fsyncFile(to);
      hashes[file.path] = await verifyStaged(model, file.path, to);
    }
    return await commit(model, opts, staging, hashes, `import ${source}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

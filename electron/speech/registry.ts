/**
 * The Whisper models Attune knows, pinned: the Hugging Face repository, the exact revision
 * and a sha256 and size per file. This table is the one place to update when pinning.
 *
 * The revisions are pinned (a download from `resolve/<revision>/` is immutable). HONEST GAP: this
 * build was written without network access to huggingface.co, so the per-file sha256 values could
 * not be read; they are `null` below and `attune models fetch` refuses to install files without a
 * pin unless told to record what it downloads (`--record-hashes`). Fill each `sha256`/`size` from
 * the repository's "Files" page at that revision (Git LFS pointers show `oid sha256:` and `size`).
 */
import { DEFAULT_MODEL, MODEL_NAMES, type ModelName } from '../../shared/types/models';
import { MODEL_FILES } from './model-files';

export { DEFAULT_MODEL };

/** A file of a pinned model: null values are not pinned yet (see the note above). */
export interface PinnedFile {
  path: (typeof MODEL_FILES)[number];
  sha256: string | null;
  size: number | null;
}

/** A known model. */
export interface KnownModel {
  /** Short name used on the command line and in settings (shared/types/models.ts). */
  name: ModelName;
  /** Hugging Face repository, also the folder layout under models/. */
  repo: string;
  /** Commit id the files come from; null until pinned. */
  revision: string | null;
  files: PinnedFile[];
  /** Approximate download size, for messages. */
  approxMb: number;
}

const unpinned = (): PinnedFile[] => MODEL_FILES.map((path) => ({ path, sha256: null, size: null }));

/** Where each named model comes from; the names themselves are shared/types/models.ts's. */
const SOURCES: Record<ModelName, Omit<KnownModel, 'name'>> = {
  'tiny.en': { repo: 'Xenova/whisper-tiny.en', revision: '79fb389fc764e7c395bd330e9531d9d32ada7049', files: unpinned(), approxMb: 41 },
  'base.en': { repo: 'Xenova/whisper-base.en', revision: '95bf40a508535962c6483ead40270b2e32267508', files: unpinned(), approxMb: 77 },
};

/** Every known model, default first (the order of MODEL_NAMES). */
export const KNOWN_MODELS: KnownModel[] = MODEL_NAMES.map((name) => ({ name, ...SOURCES[name] }));

/** The known model with this short name, if any. */
export function knownModel(name: string): KnownModel | undefined {
  return KNOWN_MODELS.find((m) => m.name === name);
}

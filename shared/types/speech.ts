/** Speech types shared by the speech worker, the CLI, the session store and the UI. Fields may be added. */
import type { ModelName } from './models';

/** A stretch of speech with its text; times in seconds from the start of the audio. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** One word with its time; the transcript's `wordTimestamps` says whether Whisper gave it or it was spread over a segment. */
export interface TimedWord {
  start: number;
  end: number;
  text: string;
}

/** What `attune transcribe --json` prints and what the app stores per spoken reply. */
export interface Transcript {
  text: string;
  segments: Segment[];
  words: TimedWord[];
  /** 'model': Whisper's word timestamps (cross-attention alignment); 'estimated': spread over segment times by length (the model has no cross-attention outputs). */
  wordTimestamps: 'model' | 'estimated';
  /** The model used: a known model's name (shared/types/models.ts) or a folder path. */
  model: string;
  /** True when the recording held no speech; then text is '' and Whisper was not run. */
  noSpeech: boolean;
  /** Length of the audio in seconds (before silence trimming). */
  durationSec: number;
}

/** One delivery measure with a plain-language reading for the user. */
export interface DeliveryNote {
  id: string;
  label: string;
  value: number | null;
  unit: string;
  reading: string;
}

/** How the reply was said, measured from the audio and the timestamps. */
export interface Delivery {
  speakingTimeSec: number;
  wordsPerMinute: number | null;
  pauseCount: number;
  longestPauseSec: number;
  timeToFirstWordSec: number | null;
  loudnessDbfs: number | null;
  loudnessVariationDb: number | null;
  pitchVariationSemitones: number | null;
  fillerWords: string[];
  notes: DeliveryNote[];
}

/** Progress of long speech work, pushed to the UI. */
export interface SpeechProgress {
  stage: 'loading' | 'decoding' | 'transcribing';
  /** 0..1 when known, null while indeterminate. */
  fraction: number | null;
  message: string;
}

/** A model download started from Settings: pushed while it runs and once when it ends. */
export interface ModelFetchProgress {
  name: ModelName;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** 0..1 over all files when known, null while waiting for the host. */
  fraction: number | null;
  message: string;
}

/** Whether a Whisper model folder is present and usable; `attune models status --json` prints a list of these. */
export interface ModelStatus {
  name: ModelName;
  /** Hugging Face repository, also the folder layout under models/. */
  repo: string;
  /** Absolute path of the model folder. */
  path: string;
  isDefault: boolean;
  present: boolean;
  valid: boolean;
  /** 'pinned': files matched this build's pinned sha256; 'recorded': matched hashes recorded when fetched or imported; 'unchecked': nothing to compare with. */
  verification: 'pinned' | 'recorded' | 'unchecked';
  /** Plain-language problems; empty when valid. */
  problems: string[];
}

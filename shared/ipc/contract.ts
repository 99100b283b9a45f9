/**
 * The one contract between the UI and Node, typed at both ends. Electron carries it over IPC
 * (main/ipc.ts, preload), the dev host over loopback HTTP (devhost/); the renderer sees the
 * same `AttuneApi` either way. Type-only: nothing here runs.
 */
import type { API_METHODS } from './methods';
import type { Analysis } from '../types/analysis';
import type { Session, SessionEnding, SessionProblem, SessionSummary, ReplyAttempt } from '../types/sessions';
import type { SpeechProgress, Transcript } from '../types/speech';
import type { ExportResult, ImportResult, RetentionResult } from '../types/archive';
import type { ProgressSummary } from '../types/progress';
import type { Settings } from '../types/settings';
import type { ModelName } from '../types/models';
import type { ModelStatus as SpeechModelStatus } from '../types/speech';
import type { ModelFetchProgress } from '../types/speech';

/** What a picker is for: an open dialog for imports, a save/folder dialog for exports. */
export type PickKind = 'session-zip' | 'session-folder' | 'model-folder' | 'export-zip' | 'export-folder';

/** Where the user's data lives, and how much there is (Settings → Your data). */
export interface DataLocation {
  dataDir: string;
  sessionsDir: string;
  exportsDir: string;
  sessionCount: number;
  bytes: number;
}

/** A scenario as the picker shows it. */
export interface ScenarioCard {
  id: string;
  title: string;
  cause: string;
  difficulty: string;
  partnerName: string;
  summary: string;
  /** Overall score of the most recent scored session of this scenario (its mean over turns, sessions/scores.ts). */
  lastScore: number | null;
}

/** A scenario file that failed to load; the others still load. */
export interface ScenarioProblem {
  file: string;
  message: string;
}

/** Whether the last write reached the disk; when not, the session is kept in memory. */
export interface StorageStatus {
  saved: boolean;
  message?: string;
}

/** Where a live practice session stands. */
export interface PracticeView {
  sessionId: string;
  scenarioId: string;
  scenarioTitle: string;
  partnerName: string;
  /** The opening situation, read before the first line. */
  situation: string;
  partnerLine: string;
  /** Reference of `partnerLine`'s recording in its scenario (e.g. "levels.2[0]"), when it has one: play it with `getLineAudio`. */
  partnerAudio?: string;
  openness: number;
  opennessMax: number;
  turnIndex: number;
  /** True when the last answered turn can be tried again. */
  canRedo: boolean;
  ending?: SessionEnding;
  /** What the partner says at the end, or a closing note. */
  endingText?: string;
  /** What was really going on with the partner, revealed once the session has ended. */
  backstory?: string;
  tip?: string;
  storage: StorageStatus;
}

/** One reply's outcome: the stored attempt (analysis, transcript, delivery, reaction) and the next state. */
export interface ReplyResult {
  attempt: ReplyAttempt;
  /** The partner line this attempt answered. */
  answeredLine: string;
  /** Reference of the answered line's recording, when it has one (for Redo). */
  answeredAudio?: string;
  /** Earlier attempts at the same partner line, oldest first (for Redo's comparison). */
  previousAttempts: ReplyAttempt[];
  /** The attempt the partner goes on from: this one, or after a redo the best so far until the user picks another. */
  continuedWith: string;
  view: PracticeView;
}

/** After choosing which attempt the talk goes on from. */
export interface ChoiceResult {
  continuedWith: string;
  view: PracticeView;
}

/** Whether a Whisper model is on disk, and what to do when it is not. */
export interface SpeechReadiness {
  present: boolean;
  model: string;
  modelsDir: string;
  message: string;
  /** The chosen model when Attune can download it (a known model), with its approximate size. */
  download?: { name: ModelName; approxMb: number };
}

/** A reply: typed text or 16 kHz mono samples. */
export interface ReplyRequest {
  sessionId: string;
  text?: string;
  audio?: Float32Array;
  /** The user's guess (0–100) before the reveal. */
  selfRating?: number;
  /** Answer the previous partner line again, with the partner as they were. */
  redo?: boolean;
}

/** Raw bytes (a WAV, a zip): arrive as a fresh ArrayBuffer-backed array over IPC and over the HTTP bridge alike. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** A partner line's recording: the scenario and the line's reference (`PracticeView.partnerAudio`, `Turn.partnerAudio`). */
export interface LineAudioRequest {
  scenarioId: string;
  line: string;
}

/** A line's recorded clip, with the text it records (so the UI can tell when a scenario changed since a session). */
export interface LineAudio {
  bytes: Bytes;
  mimeType: string;
  text: string;
}

/** Request/response pairs, by channel (`feature:verb`). */
export interface InvokeMap {
  'app:status': { request: void; response: { dataDir: string; model: SpeechReadiness } };
  'scenarios:list': { request: void; response: { scenarios: ScenarioCard[]; problems: ScenarioProblem[] } };
  'sessions:list': { request: void; response: { sessions: SessionSummary[]; problems: SessionProblem[] } };
  'sessions:get': { request: { id: string }; response: Session };
  'sessions:saveCopy': { request: { id: string; dir: string }; response: { dir: string } };
  'practice:start': { request: { scenarioId: string }; response: PracticeView };
  'practice:analyze': { request: { text: string; partner?: string }; response: Analysis };
  'practice:reply': { request: ReplyRequest; response: ReplyResult };
  'practice:end': { request: { sessionId: string }; response: PracticeView };
  'practice:choose': { request: { sessionId: string; attemptId: string }; response: ChoiceResult };
  'practice:predict': { request: { sessionId: string; attemptId: string; selfRating: number }; response: ReplyAttempt };
  'speech:status': { request: void; response: SpeechReadiness };
  'speech:transcribe': { request: { audio: Float32Array }; response: Transcript };
  // Review, Progress and data (issue 6). Bytes travel as Uint8Array: as they are over IPC, tagged base64 over HTTP (ipc/wire.ts).
  'sessions:audio': { request: { id: string; file: string }; response: { bytes: Bytes } };
  'sessions:export': { request: { id: string; format: 'zip' | 'folder' }; response: ExportResult };
  'sessions:import': { request: { path: string }; response: ImportResult };
  'sessions:delete': { request: { id: string }; response: { deleted: string } };
  'progress:summary': { request: { timeZone: string }; response: ProgressSummary & { unreadable: number } };
  'settings:get': { request: void; response: Settings };
  'settings:set': { request: Partial<Settings>; response: { settings: Settings; retention: RetentionResult } };
  'data:location': { request: void; response: DataLocation };
  'data:deleteAll': { request: { confirm: string }; response: { deleted: number } };
  'models:status': { request: void; response: { modelsDir: string; models: (SpeechModelStatus & { bytes: number | null })[] } };
  'models:import': { request: { name: ModelName; path: string }; response: { installedAt: string } };
  // Desktop actions (issue 6): open a folder, pick paths, fetch a model in its own child process, uploads and downloads.
  'data:openFolder': { request: { folder: 'data' | 'models' }; response: { opened: string } };
  'dialog:info': { request: void; response: { hasDialogs: boolean } };
  'dialog:pick': { request: { kind: PickKind; defaultName?: string }; response: { path: string | null } };
  'models:fetch': { request: { name: ModelName }; response: { installedAt: string } };
  'models:cancelFetch': { request: void; response: { cancelled: boolean } };
  'sessions:importUpload': { request: { fileName: string; bytes: Bytes }; response: ImportResult };
  'sessions:exportTo': { request: { id: string; format: 'zip' | 'folder'; path: string }; response: ExportResult };
  'sessions:zip': { request: { id: string }; response: { fileName: string; bytes: Bytes } };
  // A partner line's recording, by scenario and line reference (never by path).
  'scenarios:lineAudio': { request: LineAudioRequest; response: LineAudio };
}

/** What changed in the stored data, so every screen can re-read what it shows (pushed after each mutating call). */
export interface DataChange {
  what: 'session-saved' | 'session-deleted' | 'sessions-imported' | 'all-deleted' | 'settings-changed' | 'models-changed';
  /** The sessions concerned, when known (saved, deleted, imported, or deleted by retention). */
  ids?: string[];
}

/** Pushes from Node to the UI. */
export interface EventMap {
  'speech:progress': SpeechProgress;
  'models:fetch': ModelFetchProgress;
  'data:changed': DataChange;
}

export type Channel = keyof InvokeMap;
export type RequestOf<K extends Channel> = InvokeMap[K]['request'];
export type ResponseOf<K extends Channel> = InvokeMap[K]['response'];

/** One method of the API: no argument for channels without a request. */
type MethodOf<K extends Channel> = RequestOf<K> extends void
  ? () => Promise<ResponseOf<K>>
  : (req: RequestOf<K>) => Promise<ResponseOf<K>>;

/** The renderer's API: one named method per operation (listed in ./methods), plus event subscription. */
export type AttuneApi = { [M in keyof typeof API_METHODS]: MethodOf<(typeof API_METHODS)[M]> } & {
  on<E extends keyof EventMap>(event: E, listener: (payload: EventMap[E]) => void): () => void;
};

/** Arguments of `invoke(channel, …)`: none for channels without a request. */
export type ArgsOf<K extends Channel> = RequestOf<K> extends void ? [] : [RequestOf<K>];

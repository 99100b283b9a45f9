/** What every feature function needs: the data folders, the session store and a way to push events. */
import { join } from 'node:path';
import type { Channel, EventMap, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { createSessionStore, type SessionStore } from '../storage/sessions/store';
import { headlessDesktop, type Desktop } from './desktop';
import type { SpawnFetcher } from '../speech/fetch-protocol';
import { Slots } from './slots';

/** Sends an event to the UI (IPC in Electron, SSE in the dev host). */
export type Emit = <E extends keyof EventMap>(event: E, payload: EventMap[E]) => void;

/** Shared state of one running app (one per Electron app or dev host). */
export interface AppContext {
  readonly dataDir: string;
  readonly sessionsDir: string;
  readonly modelsDir: string;
  /** The speech model: a known model's name (shared/types/models.ts; default DEFAULT_MODEL) or a model folder. */
  readonly speechModel: string | undefined;
  /** Where the built speech worker is (Electron passes the file next to its bundle). */
  readonly speechWorkerUrl: URL | undefined;
  /** The user's own scenario files (optional). */
  readonly scenariosDir: string | undefined;
  /** The shipped scenarios; undefined means the source tree's folder (CLI, dev host, tests). */
  readonly builtinScenariosDir: string | undefined;
  readonly store: SessionStore;
  readonly emit: Emit;
  /** The file manager and dialogs around the app (Electron, the dev host, or a test's fake). */
  readonly desktop: Desktop;
  /** Starts the `models fetch` child process: the only code that uses the network. */
  readonly spawnFetcher: SpawnFetcher | undefined;
  /** Lazily created services and live sessions, each under its feature module's typed key (./slots). */
  readonly slots: Slots;
}

/** The feature function serving channel `K`: its request has already passed the channel's schema. */
export type Handler<K extends Channel> = (ctx: AppContext, request: RequestOf<K>) => Promise<ResponseOf<K>>;

/** A feature module's channel entries (`satisfies Handlers`); handlers.ts joins them and checks that none is missing. */
export type Handlers = { [K in Channel]?: Handler<K> };

/** What the data features need: the folders and the one session store over `sessionsDir`. */
export type DataFolders = Pick<AppContext, 'dataDir' | 'sessionsDir' | 'store'>;

/** Options for `createAppContext`. */
export interface AppContextOptions {
  dataDir: string;
  modelsDir: string;
  scenariosDir?: string;
  builtinScenariosDir?: string;
  speechModel?: string;
  speechWorkerUrl?: URL;
  emit?: Emit;
  /** A store to use instead of the default one (tests inject file-system failures through it). */
  store?: SessionStore;
  desktop?: Desktop;
  /** The model fetcher to start instead of the built one (tests inject a fake child). */
  spawnFetcher?: SpawnFetcher;
}

/** Builds the context; sessions live in `<dataDir>/sessions`. */
export function createAppContext(options: AppContextOptions): AppContext {
  const sessionsDir = join(options.dataDir, 'sessions');
  return {
    dataDir: options.dataDir,
    sessionsDir,
    modelsDir: options.modelsDir,
    scenariosDir: options.scenariosDir,
    builtinScenariosDir: options.builtinScenariosDir,
    speechModel: options.speechModel,
    speechWorkerUrl: options.speechWorkerUrl,
    store: options.store ?? createSessionStore(sessionsDir),
    emit: options.emit ?? (() => undefined),
    desktop: options.desktop ?? headlessDesktop,
    spawnFetcher: options.spawnFetcher,
    slots: new Slots(),
  };
}

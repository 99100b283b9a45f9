/**
 * A recording stand-in for the `electron` module (as electron/fiddle's tests/mocks/electron.ts):
 * each API the main process and the preload touch keeps what it was given, so a spec can replay
 * what Electron would do (a permission request, a navigation, an IPC call from some frame).
 * Use it with `vi.mock('electron', () => import('../../helpers/electron-mock').then((m) => m.electron))`
 * and call `resetElectron()` in `beforeEach`.
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';

type Listener = (...args: never[]) => unknown;

/** A web contents: a URL, a main frame, the window-open handler and the navigation events. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: unknown[][] = [];
  destroyed = false;
  readonly mainFrame: { url: string };
  constructor(public url = 'app://attune/index.html') {
    super();
    this.mainFrame = { url };
  }
  getURL(): string {
    return this.url;
  }
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  /** Emits a cancellable event the way Electron does (will-navigate, will-redirect…); true when it was refused. */
  tryEvent(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

/** A session: the request filter and the three permission handlers it was given. */
export class FakeSession {
  beforeRequest: ((details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void) | null = null;
  permissionRequest: ((contents: FakeWebContents, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null = null;
  permissionCheck: ((contents: FakeWebContents | null, permission: string, origin: string, details: unknown) => boolean) | null = null;
  devicePermission: ((details: unknown) => boolean) | null = null;
  readonly webRequest = { onBeforeRequest: (handler: FakeSession['beforeRequest']) => void (this.beforeRequest = handler) };
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermission']): void {
    this.devicePermission = handler;
  }
}

/** A browser window: its options, its web contents and what it loaded. */
export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all;
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.all[0] ?? null;
  }
  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  shown = false;
  constructor(public options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    FakeBrowserWindow.all.push(this);
    recorded.app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = url;
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {}
}

/** A utility process child: its pipes, its pid and whether it was killed. */
export class FakeUtilityProcess extends EventEmitter {
  readonly stdout = new PassThrough();
  readonly stderr = new PassThrough();
  pid: number | undefined = undefined;
  killed = false;
  constructor(
    public modulePath: string,
    public args: string[],
    public options: unknown,
  ) {
    super();
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
}

/** A promise with its resolve function (app.whenReady, resolved by the spec when it chooses). */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Everything the fake recorded, for assertions. */
export const recorded = {
  app: new EventEmitter(),
  switches: [] as string[][],
  paths: new Map<string, string>(),
  quit: 0,
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  exposed: new Map<string, unknown>(),
  rendererInvokes: [] as unknown[][],
  rendererListeners: new Map<string, Set<Listener>>(),
  forks: [] as FakeUtilityProcess[],
  defaultSession: new FakeSession(),
  ready: deferred(),
};

/** Clears every record (call in `beforeEach`). */
export function resetElectron(): void {
  recorded.app.removeAllListeners();
  recorded.switches.length = 0;
  recorded.paths.clear();
  recorded.quit = 0;
  recorded.privilegedSchemes.length = 0;
  recorded.protocolHandlers.clear();
  recorded.ipcHandlers.clear();
  recorded.exposed.clear();
  recorded.rendererInvokes.length = 0;
  recorded.rendererListeners.clear();
  recorded.forks.length = 0;
  recorded.defaultSession = new FakeSession();
  recorded.ready = deferred();
  FakeBrowserWindow.all = [];
}

const app = {
  on: (event: string, listener: Listener) => recorded.app.on(event, listener as (...args: unknown[]) => void),
  once: (event: string, listener: Listener) => recorded.app.once(event, listener as (...args: unknown[]) => void),
  whenReady: () => recorded.ready.promise,
  commandLine: { appendSwitch: (...args: string[]) => void recorded.switches.push(args) },
  requestSingleInstanceLock: () => true,
  quit: () => void recorded.quit++,
  setPath: (name: string, path: string) => void recorded.paths.set(name, path),
  getPath: (name: string) => recorded.paths.get(name) ?? `/fake/${name}`,
  getAppPath: () => '/fake/app',
  isPackaged: false,
};

/** The module object `vi.mock('electron', …)` should return. */
export const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  session: {
    get defaultSession() {
      return recorded.defaultSession;
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => void recorded.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void recorded.protocolHandlers.set(scheme, handler),
  },
  // Electron's net.fetch reads file: URLs; this one does too, so the protocol handler serves real files.
  net: {
    fetch: async (url: string) => {
      try {
        return new Response(await readFile(fileURLToPath(url)), { status: 200, headers: { 'Content-Type': 'text/html' } });
      } catch {
        return new Response('missing', { status: 404 });
      }
    },
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      if (recorded.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      recorded.ipcHandlers.set(channel, handler);
    },
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => void recorded.rendererInvokes.push(args),
    on: (channel: string, listener: Listener) => {
      const set = recorded.rendererListeners.get(channel) ?? new Set();
      set.add(listener);
      recorded.rendererListeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Listener) => void recorded.rendererListeners.get(channel)?.delete(listener),
  },
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      if (recorded.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property "${key}"`);
      recorded.exposed.set(key, value);
    },
  },
  utilityProcess: {
    fork: (modulePath: string, args: string[], options: unknown) => {
      const child = new FakeUtilityProcess(modulePath, args, options);
      recorded.forks.push(child);
      return child;
    },
  },
  dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
  shell: { openPath: async () => '' },
};

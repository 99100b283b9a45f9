import type { AttuneApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by electron/preload in the desktop app; absent in a plain browser (then the dev host is used). */
    attune?: AttuneApi;
  }
}

/** The one way the UI reaches Node: Electron's preload bridge when present, else the loopback dev host. */
import type { AttuneApi } from '../../../shared/ipc/contract';
import { httpApi } from './http-bridge';

/** The API for this page. */
export const api: AttuneApi = window.attune ?? httpApi;

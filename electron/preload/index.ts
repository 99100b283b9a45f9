import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('attune', {});

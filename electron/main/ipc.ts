/**
 * The only file in main that touches `ipcMain`: registers every handler of the contract, checks
 * that each call comes from the app's own page, validates arguments, and relays events.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { EventMap } from '../../shared/ipc/contract';
import type { AppContext } from '../features/context';
import { CHANNELS } from '../../shared/ipc/channels';
import { dispatch } from '../features/handlers';
import { isAppPage } from './url-policy';

/** The channel events travel on; the preload forwards only the event names of the contract. */
export const EVENT_CHANNEL = 'attune:event';

/** True when the call comes from the app's main frame on the app protocol. */
function isFromApp(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return !!frame && frame === event.sender.mainFrame && isAppPage(frame.url);
}

/** Registers every channel of the contract on IPC. */
export function registerIpc(ctx: AppContext): void {
  for (const channel of Object.keys(CHANNELS)) {
    ipcMain.handle(channel, async (event, raw: unknown) => {
      if (!isFromApp(event)) throw new Error('Refused: this call did not come from the Attune window.');
      return dispatch(ctx, channel, raw);
    });
  }
}

/** Builds the `emit` that sends events to the given windows. */
export function eventSender(targets: () => WebContents[]): <E extends keyof EventMap>(event: E, payload: EventMap[E]) => void {
  return (event, payload) => {
    for (const contents of targets()) if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event, payload);
  };
}

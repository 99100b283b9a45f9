/**
 * The privacy and security lockdown: nothing leaves the machine and the page can do nothing
 * but be Attune. Every request that is not the app's own is cancelled at the session level;
 * the only permission granted is the microphone, only to the app, only for audio.
 */
import { app, session, type Session, type WebContents } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from './protocol';

const LOCAL_SCHEMES = new Set([`${APP_SCHEME}:`, 'blob:', 'data:', 'devtools:']);

/** True for the app's own page and in-page data (blobs for audio, data: images). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === `${APP_SCHEME}:`) return parsed.origin === APP_ORIGIN;
    return LOCAL_SCHEMES.has(parsed.protocol);
  } catch {
    return false;
  }
}

/** Applies request filtering and permission rules to a session. */
export function lockDownSession(target: Session = session.defaultSession): void {
  target.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url);
    if (!allowed) console.warn(`attune: blocked a request to ${new URL(details.url).origin}`);
    callback({ cancel: !allowed });
  });
  target.setPermissionRequestHandler((contents, permission, callback, details) => {
    const isAudioOnly = permission === 'media' && (details as { mediaTypes?: string[] }).mediaTypes?.every((t) => t === 'audio') !== false;
    callback(isAudioOnly && isAppUrl(details.requestingUrl) && isAppUrl(contents.getURL()));
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const isAudio = permission === 'media' && (details as { mediaType?: string }).mediaType !== 'video';
    return isAudio && requestingOrigin === APP_ORIGIN;
  });
  target.setDevicePermissionHandler(() => false);
}

/** No new windows, no navigation away, no webviews, for every web contents the app ever creates. */
export function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

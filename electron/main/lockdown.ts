/**
 * The privacy and security lockdown: nothing leaves the machine and the page can do nothing
 * but be Attune. Every request that is not the app's own is cancelled at the session level;
 * the only permission granted is the microphone, only to the app, only for audio.
 */
import { app, session, type Session, type WebContents } from 'electron';
import { isAllowedPermissionCheck, isAllowedPermissionRequest, isAppUrl } from './url-policy';

/** Applies request filtering and permission rules to a session. */
export function lockDownSession(target: Session = session.defaultSession): void {
  target.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url);
    if (!allowed) console.warn(`attune: blocked a request to ${details.url.slice(0, 120)}`);
    callback({ cancel: !allowed });
  });
  target.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isAllowedPermissionRequest(permission, details as { requestingUrl?: string; mediaTypes?: string[] }, contents.getURL()));
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isAllowedPermissionCheck(permission, requestingOrigin, (details as { mediaType?: string }).mediaType),
  );
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

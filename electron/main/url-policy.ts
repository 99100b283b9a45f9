/**
 * Which URLs and permissions the app allows, as pure functions (no Electron import) so the
 * rules can be unit-tested; lockdown.ts applies them to the session and web contents.
 */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://attune';

const IN_PAGE_SCHEMES = new Set(['blob:', 'data:', 'devtools:']);

/**
 * True for a page of the app itself. Node's URL gives custom schemes the origin "null", so the
 * scheme and host are compared instead of `origin`.
 */
export function isAppPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'attune';
  } catch {
    return false;
  }
}

/** True for the app's own pages and in-page data (blobs for audio, data: images); false for anything on a network. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === `${APP_SCHEME}:`) return isAppPage(url);
    return IN_PAGE_SCHEMES.has(parsed.protocol);
  } catch {
    return false;
  }
}

/** Grants a permission request only for the microphone (audio, never video), only to the app's page. */
export function isAllowedPermissionRequest(permission: string, details: { requestingUrl?: string; mediaTypes?: string[] }, pageUrl: string): boolean {
  if (permission !== 'media') return false;
  const types = details.mediaTypes ?? [];
  const isAudioOnly = types.length > 0 && types.every((t) => t === 'audio');
  return isAudioOnly && isAppPage(details.requestingUrl ?? '') && isAppPage(pageUrl);
}

/** Answers Chromium's synchronous permission checks the same way: audio capture for the app, nothing else. */
export function isAllowedPermissionCheck(permission: string, requestingOrigin: string, mediaType?: string): boolean {
  return permission === 'media' && mediaType === 'audio' && requestingOrigin === APP_ORIGIN;
}

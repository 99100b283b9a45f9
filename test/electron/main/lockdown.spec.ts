/** The lockdown as Electron would drive it: requests, permission prompts, navigations and popups. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, recorded, resetElectron } from '../../helpers/electron-mock';

vi.mock('electron', () => import('../../helpers/electron-mock').then((m) => m.electron));
const { lockDownContents, lockDownSession } = await import('../../../electron/main/lockdown');

const PAGE = 'app://attune/index.html';

/** What the session's permission request handler answers for one request. */
function request(permission: string, details: Record<string, unknown>, pageUrl = PAGE): boolean {
  let answer: boolean | undefined;
  recorded.defaultSession.permissionRequest!(new FakeWebContents(pageUrl), permission, (granted) => (answer = granted), details);
  if (answer === undefined) throw new Error('the handler never answered');
  return answer;
}

describe('lockDownSession', () => {
  beforeEach(() => {
    resetElectron();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    lockDownSession();
  });

  it('cancels every request that is not the app’s own', () => {
    const answers = new Map<string, boolean>();
    for (const url of [PAGE, 'app://attune/assets/x.js', 'blob:app://attune/1', 'https://huggingface.co/model', 'http://127.0.0.1:5199/', 'file:///etc/passwd', 'app://evil/x']) {
      recorded.defaultSession.beforeRequest!({ url }, ({ cancel }) => answers.set(url, cancel));
    }
    expect(Object.fromEntries(answers)).toEqual({
      [PAGE]: false,
      'app://attune/assets/x.js': false,
      'blob:app://attune/1': false,
      'https://huggingface.co/model': true,
      'http://127.0.0.1:5199/': true,
      'file:///etc/passwd': true,
      'app://evil/x': true,
    });
  });

  it('grants the microphone, audio only, to the app page; refuses every other permission and origin', () => {
    expect(request('media', { requestingUrl: PAGE, mediaTypes: ['audio'] })).toBe(true);
    expect(request('media', { requestingUrl: PAGE, mediaTypes: ['audio', 'video'] })).toBe(false);
    expect(request('media', { requestingUrl: PAGE, mediaTypes: ['video'] })).toBe(false);
    expect(request('media', { requestingUrl: 'https://x.example/', mediaTypes: ['audio'] })).toBe(false);
    expect(request('media', { requestingUrl: PAGE, mediaTypes: ['audio'] }, 'https://x.example/')).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'display-capture', 'midi', 'openExternal', 'fullscreen']) {
      expect(request(permission, { requestingUrl: PAGE }), permission).toBe(false);
    }
  });

  it('answers the synchronous permission checks the same way and refuses every device', () => {
    const check = recorded.defaultSession.permissionCheck!;
    expect(check(null, 'media', 'app://attune', { mediaType: 'audio' })).toBe(true);
    expect(check(null, 'media', 'app://attune', { mediaType: 'video' })).toBe(false);
    expect(check(null, 'media', 'https://x.example', { mediaType: 'audio' })).toBe(false);
    expect(check(null, 'geolocation', 'app://attune', {})).toBe(false);
    expect(recorded.defaultSession.devicePermission!({ deviceType: 'usb', origin: 'app://attune' })).toBe(false);
  });
});

describe('lockDownContents', () => {
  beforeEach(() => {
    resetElectron();
    lockDownContents();
  });

  /** A web contents the app just created (a window, a devtools page…). */
  function created(): FakeWebContents {
    const contents = new FakeWebContents();
    recorded.app.emit('web-contents-created', {}, contents);
    return contents;
  }

  it('denies every window.open, even to the app’s own pages', () => {
    const contents = created();
    expect(contents.windowOpenHandler!({ url: 'https://x.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: PAGE })).toEqual({ action: 'deny' });
  });

  it('refuses navigation and redirects away from the app, and lets the app move between its pages', () => {
    const contents = created();
    expect(contents.tryEvent('will-navigate', 'https://x.example/')).toBe(true);
    expect(contents.tryEvent('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.tryEvent('will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(contents.tryEvent('will-navigate', 'app://attune/index.html#/review')).toBe(false);
  });

  it('refuses every webview', () => {
    expect(created().tryEvent('will-attach-webview', {}, { src: PAGE })).toBe(true);
  });
});

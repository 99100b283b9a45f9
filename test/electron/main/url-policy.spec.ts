import { describe, expect, it } from 'vitest';
import { isAllowedPermissionCheck, isAllowedPermissionRequest, isAppPage, isAppUrl } from '../../../electron/main/url-policy';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

describe('what the desktop app lets through', () => {
  it('allows only its own app:// origin and in-page data', () => {
    for (const url of ['app://attune/index.html', 'app://attune/assets/x.js', 'blob:app://attune/1234', 'data:image/png;base64,AA']) expect(isAppUrl(url), url).toBe(true);
    expect(isAppPage('app://attune/index.html')).toBe(true);
    expect(isAppPage('blob:app://attune/1')).toBe(false);
    for (const url of ['https://huggingface.co/x', 'http://127.0.0.1:5199/', 'file:///etc/passwd', 'app://evil/index.html', 'ws://localhost', 'not a url', '']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('grants the microphone (audio only) to the app page and nothing else', () => {
    const page = 'app://attune/index.html';
    expect(isAllowedPermissionRequest('media', { requestingUrl: page, mediaTypes: ['audio'] }, page)).toBe(true);
    expect(isAllowedPermissionRequest('media', { requestingUrl: page, mediaTypes: ['audio', 'video'] }, page)).toBe(false);
    expect(isAllowedPermissionRequest('media', { requestingUrl: page, mediaTypes: [] }, page)).toBe(false);
    expect(isAllowedPermissionRequest('media', { requestingUrl: 'https://x.example/', mediaTypes: ['audio'] }, page)).toBe(false);
    expect(isAllowedPermissionRequest('media', { requestingUrl: page, mediaTypes: ['audio'] }, 'https://x.example/')).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal']) {
      expect(isAllowedPermissionRequest(permission, { requestingUrl: page }, page)).toBe(false);
    }
    expect(isAllowedPermissionCheck('media', 'app://attune', 'audio')).toBe(true);
    expect(isAllowedPermissionCheck('media', 'app://attune', 'video')).toBe(false);
    expect(isAllowedPermissionCheck('media', 'https://x.example', 'audio')).toBe(false);
  });

  it('has a strict content security policy: own origin only, no inline or remote script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});

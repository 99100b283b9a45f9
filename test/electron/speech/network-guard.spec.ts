import http from 'node:http';
import https, { request as namedRequest } from 'node:https';
import { describe, expect, it } from 'vitest';
import { NetworkBlockedError, installNetworkGuard, networkAttempts } from '../../../electron/speech/network-guard';

describe('network guard (installed in this test process only)', () => {
  it('makes fetch and http(s).request/get refuse, and records each attempt', async () => {
    installNetworkGuard();
    await expect(fetch('https://huggingface.co/Xenova/whisper-tiny.en')).rejects.toBeInstanceOf(NetworkBlockedError);
    expect(() => http.get('http://127.0.0.1:9/')).toThrow(NetworkBlockedError);
    expect(() => https.request({ hostname: 'example.com' })).toThrow(/network access is disabled/);
    // A named import, as a library might do, is refused too.
    expect(() => namedRequest('https://example.org/')).toThrow(NetworkBlockedError);
    expect(networkAttempts()).toEqual(['fetch https://huggingface.co/Xenova/whisper-tiny.en', 'http.get http://127.0.0.1:9/', 'https.request example.com', 'https.request https://example.org/']);
  });
});

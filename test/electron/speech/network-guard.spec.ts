import dns from 'node:dns';
import http from 'node:http';
import net, { connect as namedConnect } from 'node:net';
import tls from 'node:tls';
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

  it('refuses raw sockets (net, tls, a Socket connected by hand) and DNS look-ups too', async () => {
    installNetworkGuard();
    const before = networkAttempts().length;
    expect(() => net.connect({ host: '127.0.0.1', port: 9 })).toThrow(NetworkBlockedError);
    expect(() => namedConnect(9, '127.0.0.1')).toThrow(NetworkBlockedError);
    expect(() => tls.connect({ host: 'example.com', port: 443 })).toThrow(NetworkBlockedError);
    expect(() => new net.Socket().connect({ host: 'example.com', port: 80 })).toThrow(NetworkBlockedError);
    expect(() => dns.lookup('example.com', () => undefined)).toThrow(NetworkBlockedError);
    await expect(dns.promises.resolve4('example.com')).rejects.toBeInstanceOf(NetworkBlockedError);
    expect(networkAttempts().slice(before)).toEqual(['net.connect 127.0.0.1', 'net.connect port 9', 'tls.connect example.com', 'net.Socket.connect example.com', 'dns.lookup example.com', 'dns.promises.resolve4 example.com']);
  });
});

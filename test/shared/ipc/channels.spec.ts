import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/channels';
import { API_METHODS, bindApi } from '../../../shared/ipc/methods';
import { noRequest } from '../../../shared/ipc/channel';

describe('channel declarations', () => {
  it('name every channel feature:verb, each with its own method name and a request schema', () => {
    const names = Object.keys(CHANNELS);
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    const methods = Object.values(CHANNELS).map((spec) => spec.method);
    expect(new Set(methods).size).toBe(methods.length);
    for (const spec of Object.values(CHANNELS)) expect(typeof spec.request.safeParse).toBe('function');
  });

  it('derive the method table: one method per channel, pointing back at it', () => {
    expect(Object.keys(API_METHODS)).toHaveLength(Object.keys(CHANNELS).length);
    for (const [method, channel] of Object.entries(API_METHODS)) expect(CHANNELS[channel].method).toBe(method);
    expect(API_METHODS.getSession).toBe('sessions:get');
  });

  it('bind each method of the API to its channel over the given transport', async () => {
    const seen: [string, unknown][] = [];
    const api = bindApi(async (channel, request) => seen.push([channel, request]), () => () => undefined);
    await api.getSession({ id: 'a' });
    await api.appStatus();
    expect(seen).toEqual([
      ['sessions:get', { id: 'a' }],
      ['app:status', undefined],
    ]);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(API_METHODS), 'on'].sort());
  });

  it('take no argument (undefined or JSON null) for channels without a request, and refuse anything else', () => {
    expect(noRequest.safeParse(undefined).success).toBe(true);
    expect(noRequest.safeParse(null)).toMatchObject({ success: true, data: undefined });
    expect(noRequest.safeParse({ id: 'a' }).success).toBe(false);
  });

  it('refuse a line reference above the openness scale and a reply with neither text nor audio', () => {
    const lineAudio = CHANNELS['scenarios:lineAudio'].request;
    expect(lineAudio.safeParse({ scenarioId: 's', line: 'levels.3[0]' }).success).toBe(true);
    expect(lineAudio.safeParse({ scenarioId: 's', line: 'levels.4[0]' }).success).toBe(false);
    expect(lineAudio.safeParse({ scenarioId: 's', line: '../x.wav' }).success).toBe(false);
    const reply = CHANNELS['practice:reply'].request;
    expect(reply.safeParse({ sessionId: 'a' }).success).toBe(false);
    expect(reply.safeParse({ sessionId: 'a', audio: new Float32Array(160) }).success).toBe(true);
    expect(reply.safeParse({ sessionId: 'a', audio: [0.1, 0.2] }).success).toBe(false);
  });
});

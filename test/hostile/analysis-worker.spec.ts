/** The analyzer off the main thread (issue #14): same results, hostile input refused in one sentence, a runaway stopped at its limit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../electron/domain/analysis';
import { analyzeOffThread, stopAnalysisWorker, tooSlowMessage, whenAnalysisWorkerReady } from '../../electron/features/analysis-runner';

beforeAll(() => whenAnalysisWorkerReady(), 30_000);
afterAll(() => stopAnalysisWorker());

const REPLY = "It sounds like you've been carrying this alone. What has that been like?";
const PARTNER = 'I feel so alone lately.';

describe('analysis in the worker', () => {
  it('gives the same result as in this thread', async () => {
    expect(await analyzeOffThread(REPLY, { partner: PARTNER })).toEqual(analyze(REPLY, { partner: PARTNER }));
  }, 30_000);

  it('refuses over-long input with the analyzer\'s own sentence', async () => {
    await expect(analyzeOffThread('a'.repeat(1_000_000))).rejects.toThrow('The reply is 1,000,000 characters long; the analyzer takes at most 10,000, so shorten it.');
  }, 30_000);

  it('stops an analysis past its limit with one sentence, and the next one runs in a fresh worker', async () => {
    const dense = 'that sounds so hard, what happened after you told them how you felt? '.repeat(140);
    const t0 = performance.now();
    await expect(analyzeOffThread(dense, {}, 1)).rejects.toThrow(tooSlowMessage(1));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(tooSlowMessage()).toBe('Scoring this reply took longer than 3 seconds, so it was stopped; try a shorter reply.');
    await whenAnalysisWorkerReady();
    expect((await analyzeOffThread(REPLY, { partner: PARTNER })).scores).toEqual(analyze(REPLY, { partner: PARTNER }).scores);
  }, 30_000);
});

describe('before the worker has loaded', () => {
  it('scores a reply in this thread instead of making it wait', async () => {
    await stopAnalysisWorker();
    const t0 = performance.now();
    expect(await analyzeOffThread(REPLY, { partner: PARTNER })).toEqual(analyze(REPLY, { partner: PARTNER }));
    expect(performance.now() - t0).toBeLessThan(1000);
    await whenAnalysisWorkerReady();
  }, 30_000);
});

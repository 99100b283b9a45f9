import { describe, expect, it } from 'vitest';
import { isValidFileName, isValidSessionId, newSessionId } from '../../../../electron/domain/sessions/ids';

describe('session ids', () => {
  it('makes valid, time-sortable ids', () => {
    const a = newSessionId(new Date('2026-01-02T03:04:05Z'));
    const b = newSessionId(new Date('2026-01-02T03:04:06Z'));
    expect(a).toMatch(/^20260102-030405-[0-9a-f]{6}$/);
    expect(isValidSessionId(a)).toBe(true);
    expect(a < b).toBe(true);
  });

  it('refuses anything that could escape the data folder', () => {
    for (const bad of ['..', '../a', 'a/b', 'a\\b', '', ' ', '.x', 'a'.repeat(81), 5, null]) {
      expect(isValidSessionId(bad)).toBe(false);
    }
    for (const bad of ['..', '../a.wav', 'a/b.wav', '.hidden', 'a..wav']) expect(isValidFileName(bad)).toBe(false);
    expect(isValidFileName('turn-0-a1.wav')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { assertTimeZone, computeStreaks, dayKey } from '../../../../electron/domain/progress/days';

describe('dayKey', () => {
  it('places an instant on the calendar day of the given zone, not the machine zone', () => {
    const lateEvening = new Date('2026-03-01T23:30:00Z');
    expect(dayKey(lateEvening, 'UTC')).toBe('2026-03-01');
    expect(dayKey(lateEvening, 'Europe/Berlin')).toBe('2026-03-02');
    expect(dayKey(lateEvening, 'America/Los_Angeles')).toBe('2026-03-01');
  });

  it('rejects an unknown zone with a plain message', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow('"Mars/Olympus" is not a known time zone.');
  });
});

describe('computeStreaks', () => {
  it('counts the run ending today, and the longest run anywhere', () => {
    const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-10', '2026-01-11', '2026-01-11'];
    expect(computeStreaks(days, '2026-01-11')).toEqual({ current: 2, longest: 4, practiceDays: 6, lastPracticeDay: '2026-01-11' });
  });

  it('keeps the current streak alive through today until the day is over', () => {
    expect(computeStreaks(['2026-01-09', '2026-01-10'], '2026-01-11').current).toBe(2);
    expect(computeStreaks(['2026-01-09', '2026-01-10'], '2026-01-12').current).toBe(0);
  });

  it('crosses month, year and daylight-saving boundaries by calendar, not by 24-hour steps', () => {
    expect(computeStreaks(['2025-12-31', '2026-01-01'], '2026-01-01').longest).toBe(2);
    expect(computeStreaks(['2026-03-28', '2026-03-29', '2026-03-30'], '2026-03-30').current).toBe(3);
    expect(computeStreaks(['2028-02-28', '2028-02-29', '2028-03-01'], '2028-03-01').current).toBe(3);
  });

  it('is empty without practice', () => {
    expect(computeStreaks([], '2026-01-01')).toEqual({ current: 0, longest: 0, practiceDays: 0, lastPracticeDay: null });
  });
});

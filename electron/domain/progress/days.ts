/** Calendar days in a chosen time zone, and streaks of consecutive practice days. */
import type { Streaks } from '../../../shared/types/progress';

// Building an Intl formatter costs far more than using one, so one is kept per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The `YYYY-MM-DD` calendar day of `instant` in `timeZone` (an IANA name such as `Europe/Berlin`). */
export function dayKey(instant: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Throws a plain error unless `timeZone` is one Intl knows. */
export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new Error(`"${timeZone}" is not a known time zone.`);
  }
}

/** Day number since 1970-01-01 of a `YYYY-MM-DD` key; calendar arithmetic, free of DST. */
function dayNumber(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** Streaks over the given practice days (any order, duplicates allowed) as seen on `today`. */
export function computeStreaks(days: readonly string[], today: string): Streaks {
  const unique = [...new Set(days)].sort();
  const numbers = unique.map(dayNumber);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < numbers.length; i++) {
    run = i > 0 && numbers[i]! - numbers[i - 1]! === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  // The current streak is the run ending at the last practice day, if that day is today or yesterday.
  const last = numbers.at(-1);
  const gap = last === undefined ? Infinity : dayNumber(today) - last;
  const current = gap === 0 || gap === 1 ? run : 0;
  return { current, longest, practiceDays: unique.length, lastPracticeDay: unique.at(-1) ?? null };
}

import type { ClockTime } from '../domain/reminderTimes';
import { spokenClockTime } from './clock';
import type { Translate } from './translator';

/** "8 uur 's ochtends, om half 2 's middags en om kwart over 8 's avonds". */
export function spokenTimes(t: Translate, times: readonly ClockTime[]): string {
  const [a, b, c] = times.map((time) => spokenClockTime(t, time));
  if (c !== undefined) return t('reminders.timeThree', { a, b, c });
  if (b !== undefined) return t('reminders.timeTwo', { a, b });
  return t('reminders.timeOne', { a });
}

import type { ClockTime } from '../domain/reminderTimes';
import { spokenTime } from '../domain/reminderTimes';
import type { TextKey, Translate } from './translator';

const CLOCK: Record<ReturnType<typeof spokenTime>['part'], readonly [TextKey, TextKey]> = {
  night: ['reminders.clock.night', 'reminders.clockMinutes.night'],
  morning: ['reminders.clock.morning', 'reminders.clockMinutes.morning'],
  afternoon: ['reminders.clock.afternoon', 'reminders.clockMinutes.afternoon'],
  evening: ['reminders.clock.evening', 'reminders.clockMinutes.evening'],
};

function spoken(t: Translate, time: ClockTime): string {
  const { hour, minute, part } = spokenTime(time);
  const [whole, withMinutes] = CLOCK[part];
  return t(minute === 0 ? whole : withMinutes, { hour, minute });
}

/** "8 uur 's ochtends, om 1 uur 's middags en om 8 uur 's avonds". */
export function spokenTimes(t: Translate, times: readonly ClockTime[]): string {
  const [a, b, c] = times.map((time) => spoken(t, time));
  if (c !== undefined) return t('reminders.timeThree', { a, b, c });
  if (b !== undefined) return t('reminders.timeTwo', { a, b });
  return t('reminders.timeOne', { a });
}

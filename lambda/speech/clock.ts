import type { ClockForm, ClockTime, PartOfDay } from '../domain/reminderTimes';
import { clockReading } from '../domain/reminderTimes';
import type { TextKey, Translate } from './translator';

const FORM: Record<ClockForm, TextKey> = {
  whole: 'clock.whole',
  past: 'clock.past',
  quarterPast: 'clock.quarterPast',
  toHalf: 'clock.toHalf',
  half: 'clock.half',
  pastHalf: 'clock.pastHalf',
  quarterTo: 'clock.quarterTo',
  to: 'clock.to',
};

const PART: Record<PartOfDay, TextKey> = {
  night: 'clock.part.night',
  morning: 'clock.part.morning',
  afternoon: 'clock.part.afternoon',
  evening: 'clock.part.evening',
};

/** "half 9 's ochtends", "kwart over 1 's middags": a reminder time as a Dutch speaker says it. */
export function spokenClockTime(t: Translate, time: ClockTime): string {
  const reading = clockReading(time);
  return t(PART[reading.part], { time: t(FORM[reading.form], { minutes: reading.minutes, hour: reading.hour }) });
}

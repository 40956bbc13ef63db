/**
 * Daily reminder times. Defaults follow "link it to moments of your day" (leaflets 001, 004):
 * morning, midday and evening. Times come from Alexa's AMAZON.TIME slot: "08:00", or a part
 * of the day ("MO", "AF", "EV", "NI") when the user was vague.
 */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

export const DEFAULT_TIMES: readonly ClockTime[] = [
  { hour: 8, minute: 0 },
  { hour: 13, minute: 0 },
  { hour: 20, minute: 0 },
];

export const MAX_REMINDERS = 3;

const PART_OF_DAY: Record<string, ClockTime> = {
  MO: { hour: 8, minute: 0 },
  AF: { hour: 13, minute: 0 },
  EV: { hour: 20, minute: 0 },
  NI: { hour: 21, minute: 0 },
};

export function parseAlexaTime(value: string | undefined): ClockTime | undefined {
  if (value === undefined) return undefined;
  if (PART_OF_DAY[value]) return PART_OF_DAY[value];
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

/** In order of the day, without doubles, at most three. */
export function reminderTimes(times: readonly (ClockTime | undefined)[]): ClockTime[] {
  const unique = new Map<number, ClockTime>();
  for (const time of times) if (time) unique.set(time.hour * 60 + time.minute, time);
  return [...unique.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, time]) => time)
    .slice(0, MAX_REMINDERS);
}

/** The iCalendar rule the Reminders API takes for "every day at this time". */
export function dailyRule(time: ClockTime): string {
  return `FREQ=DAILY;BYHOUR=${time.hour};BYMINUTE=${time.minute};BYSECOND=0;INTERVAL=1;`;
}

/** Reads the time back from a rule, for listing the reminders that exist. */
export function timeOfRule(rule: string): ClockTime | undefined {
  const hour = /BYHOUR=(\d+)/.exec(rule)?.[1];
  const minute = /BYMINUTE=(\d+)/.exec(rule)?.[1] ?? '0';
  return hour === undefined ? undefined : { hour: Number(hour), minute: Number(minute) };
}

export type PartOfDay = 'night' | 'morning' | 'afternoon' | 'evening';

/** How a Dutch speaker says the time: the hour on a 12-hour clock and a part of the day. */
export function spokenTime(time: ClockTime): { hour: number; minute: number; part: PartOfDay } {
  const part: PartOfDay = time.hour < 6 ? 'night' : time.hour < 12 ? 'morning' : time.hour < 18 ? 'afternoon' : 'evening';
  return { hour: time.hour % 12 === 0 ? 12 : time.hour % 12, minute: time.minute, part };
}

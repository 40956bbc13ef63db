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

/** The forms of a Dutch clock reading: "8 uur", "5 over 8", "kwart over 8", "10 voor half 9", "half 9", … */
export type ClockForm = 'whole' | 'past' | 'quarterPast' | 'toHalf' | 'half' | 'pastHalf' | 'quarterTo' | 'to';

/**
 * A time as people say it (review 2026-12-06, 2.3): "half negen 's ochtends", "kwart over
 * acht", "tien voor half negen", never "acht uur dertig". `hour` is the hour the words refer
 * to on a 12-hour clock (the next hour from the quarter past on); `part` is the time's own.
 */
export function clockReading(time: ClockTime): { form: ClockForm; minutes: number; hour: number; part: PartOfDay } {
  const { part } = spokenTime(time);
  const twelve = (hour: number) => (hour % 12 === 0 ? 12 : hour % 12);
  const m = time.minute;
  const at = (form: ClockForm, minutes: number, next: boolean) => ({ form, minutes, hour: twelve(time.hour + (next ? 1 : 0)), part });
  if (m === 0) return at('whole', 0, false);
  if (m < 15) return at('past', m, false);
  if (m === 15) return at('quarterPast', 15, false);
  if (m < 30) return at('toHalf', 30 - m, true);
  if (m === 30) return at('half', 30, true);
  if (m < 45) return at('pastHalf', m - 30, true);
  if (m === 45) return at('quarterTo', 15, true);
  return at('to', 60 - m, true);
}

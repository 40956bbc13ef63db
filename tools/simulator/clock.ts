import { TIME_ZONE } from '../../lambda/skill/calendar';

const DAY_MS = 86_400_000;

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Year, month, day, hour, minute and second on Amsterdam clocks at that moment. */
function wallTime(moment: Date): number[] {
  const parts = wallClock.formatToParts(moment);
  return ['year', 'month', 'day', 'hour', 'minute', 'second'].map((type) => Number(parts.find((p) => p.type === type)?.value));
}

/** The moment Amsterdam clocks show this wall time (month 1-12); for the hour skipped in spring, the hour after. */
function fromWallTime(year: number, month: number, day: number, hour: number, minute: number): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (ms: number) => {
    const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = wallTime(new Date(ms));
    return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(ms / 1000) * 1000;
  };
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}

/**
 * "2027-01-20T08:00" (or "2027-01-20", at 08:00) as a moment on Amsterdam clocks, the skill's time
 * zone; a time with its own zone ("2027-01-20T07:00Z") is taken as it is.
 */
export function parseMoment(text: string): Date {
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text.trim());
  if (local) {
    const [year = 0, month = 0, day = 0] = local.slice(1, 4).map(Number);
    const hour = Number(local[4] ?? 8);
    const minute = Number(local[5] ?? 0);
    const moment = fromWallTime(year, month, day, hour, minute);
    const [y, mo, d] = wallTime(moment);
    if (y !== year || mo !== month || d !== day || hour > 23 || minute > 59) throw new Error(`No such date and time: ${text}`);
    return moment;
  }
  const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text.trim()) ? new Date(text.trim()) : undefined;
  if (zoned && !Number.isNaN(zoned.getTime())) return zoned;
  throw new Error(`Not a date and time: "${text}" (write it as 2027-01-20T08:00)`);
}

const spoken = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "woensdag 20 januari 2027 om 08:00", on Amsterdam clocks. */
export function describeMoment(moment: Date): string {
  return spoken.format(moment);
}

/**
 * The skill's clock in the simulator: it starts where you say and then runs with real time,
 * so a real-time exercise takes as long as it should; it can be moved forward to try the days
 * after (the two-week retest, the weekly encouragement, maintenance after six months).
 */
export class SimulatedClock {
  private offsetMs: number;

  constructor(
    start?: Date,
    private readonly realMs: () => number = Date.now,
  ) {
    this.offsetMs = start ? start.getTime() - realMs() : 0;
  }

  now(): Date {
    return new Date(this.realMs() + this.offsetMs);
  }

  jumpTo(moment: Date): void {
    this.offsetMs = moment.getTime() - this.realMs();
  }

  /** The same time of day, some days on: across a change to or from summer time, still 08:00. */
  advanceDays(days: number): void {
    const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = wallTime(this.now());
    const date = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
    this.jumpTo(fromWallTime(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), hour, minute));
  }
}

import { NUMBER_PATTERN, numberValue } from './dutchNumbers';

/**
 * Dutch times as Alexa's AMAZON.TIME resolves them: "acht uur 's avonds" -> "20:00", "half
 * negen" -> "08:30", "'s ochtends" -> "MO". Matched after normalising (the apostrophe is gone).
 */
const PART = '(?: s (?:ochtends|middags|avonds|nachts))?';
export const TIME_PATTERN = `(?:${NUMBER_PATTERN} uur(?: ${NUMBER_PATTERN})?${PART}|half ${NUMBER_PATTERN}${PART}|kwart (?:over|voor) ${NUMBER_PATTERN}${PART}|s (?:ochtends|middags|avonds|nachts))`;

const PART_OF_DAY: Record<string, string> = { ochtends: 'MO', middags: 'AF', avonds: 'EV', nachts: 'NI' };

function hourIn(part: string | undefined, hour: number): number {
  if (part === 'middags' || part === 'avonds') return hour < 12 ? hour + 12 : hour;
  if (part === 'ochtends' || part === 'nachts') return hour % 12;
  return hour;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function timeValue(text: string): string | undefined {
  const onlyPart = /^s (ochtends|middags|avonds|nachts)$/.exec(text);
  if (onlyPart) return PART_OF_DAY[onlyPart[1]];
  const part = / s (ochtends|middags|avonds|nachts)$/.exec(text)?.[1];
  const body = text.replace(/ s (ochtends|middags|avonds|nachts)$/, '');
  let hour: number | undefined;
  let minute = 0;
  const clock = /^(\S+) uur(?: (\S+))?$/.exec(body);
  const half = /^half (\S+)$/.exec(body);
  const quarter = /^kwart (over|voor) (\S+)$/.exec(body);
  if (clock) {
    hour = Number(numberValue(clock[1]));
    minute = clock[2] ? Number(numberValue(clock[2])) : 0;
  } else if (half) {
    hour = Number(numberValue(half[1])) - 1;
    minute = 30;
  } else if (quarter) {
    hour = Number(numberValue(quarter[2])) - (quarter[1] === 'voor' ? 1 : 0);
    minute = quarter[1] === 'voor' ? 45 : 15;
  }
  if (hour === undefined || Number.isNaN(hour) || Number.isNaN(minute)) return undefined;
  const h = hourIn(part, hour);
  return h >= 0 && h <= 23 && minute >= 0 && minute <= 59 ? `${pad(h)}:${pad(minute)}` : undefined;
}

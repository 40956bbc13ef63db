import { NUMBER_PATTERN, numberValue } from './dutchNumbers';

/**
 * Dutch times as Alexa's AMAZON.TIME resolves them: "acht uur 's avonds" -> "20:00", "half
 * negen" -> "08:30", a part of the day alone ("'s ochtends", "elke avond", "vanmiddag") -> "MO",
 * "EV", "AF", "NI" (lambda/domain/reminderTimes.ts reads those), and a part of the day before
 * the clock ("'s middags om twee uur", "elke avond om half acht") moves it as one after it does.
 * Matched after normalising (the apostrophe is gone, so "'s avonds" is "s avonds").
 * A bare "morgen" is tomorrow, not the morning: only "'s morgens", "vanmorgen", "in de morgen",
 * "elke morgen".
 */
const PART_WORD =
  '(?:s (?:ochtends|morgens|middags|avonds|nachts)|van(?:ochtend|morgen|middag|avond|nacht)|in de (?:ochtend|morgen|middag|avond|nacht)|ochtend|middag|avond|nacht|(?<=(?:elke|iedere) )morgen)';
const CLOCK = `(?:${NUMBER_PATTERN} uur(?: ${NUMBER_PATTERN})?|half ${NUMBER_PATTERN}|kwart (?:over|voor) ${NUMBER_PATTERN})`;
const BEFORE_CLOCK = '(?: (?:om|rond|tegen))? ';
export const TIME_PATTERN = `(?:(?:${PART_WORD}${BEFORE_CLOCK})?${CLOCK}(?: ${PART_WORD})?|${PART_WORD})`;

type Part = 'MO' | 'AF' | 'EV' | 'NI';

/** The part of the day a (normalised) part word names. */
function partOf(word: string): Part | undefined {
  if (/(ochtend|morgen)s?$/.test(word)) return 'MO';
  if (/middags?$/.test(word)) return 'AF';
  if (/avonds?$/.test(word)) return 'EV';
  if (/nachts?$/.test(word)) return 'NI';
  return undefined;
}

/** The hour on a 24-hour clock: "acht uur 's avonds" 20, "elf uur 's nachts" 23, "twee uur 's nachts" 2. */
function hourIn(part: Part | undefined, hour: number): number {
  if (part === 'AF' || part === 'EV') return hour < 12 ? hour + 12 : hour;
  if (part === 'MO') return hour % 12;
  if (part === 'NI') return hour === 12 ? 0 : hour >= 7 && hour < 12 ? hour + 12 : hour;
  return hour;
}

const pad = (n: number) => String(n).padStart(2, '0');

const ONLY_PART = new RegExp(`^${PART_WORD}$`);
const LEADING_PART = new RegExp(`^(${PART_WORD})${BEFORE_CLOCK}`);
const TRAILING_PART = new RegExp(` (${PART_WORD})$`);
/** A part of the day just before the slot, in the words of the sample or the utterance ("elke avond om {time}"). */
const PART_BEFORE = new RegExp(`(?:^| )(${PART_WORD})${BEFORE_CLOCK}?$`);

/**
 * The AMAZON.TIME value of a time's words; `before` is the text before them, whose part of the
 * day counts when the words have none of their own ("elke avond om" + "half acht" -> "19:30").
 */
export function timeValue(text: string, before = ''): string | undefined {
  // "morgen" itself is only a slot's words after "elke" (the lookbehind cannot see that here).
  if (ONLY_PART.test(text) || text === 'morgen') return partOf(text);
  const leading = LEADING_PART.exec(text);
  const trailing = TRAILING_PART.exec(text);
  const body = text.slice(leading ? leading[0].length : 0, trailing ? text.length - trailing[0].length : text.length);
  const said = trailing?.[1] ?? leading?.[1] ?? PART_BEFORE.exec(before.trimEnd() + ' ')?.[1];
  const part = said === undefined ? undefined : partOf(said);
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

import { spokenClockTime } from '../../lambda/speech/clock';
import { translatorFor } from '../../lambda/speech/translator';

const t = translatorFor('nl-NL');

describe('clock times as people say them', () => {
  it.each([
    [8, 0, "8 uur 's ochtends"],
    [8, 5, "5 over 8 's ochtends"],
    [8, 15, "kwart over 8 's ochtends"],
    [8, 20, "10 voor half 9 's ochtends"],
    [8, 30, "half 9 's ochtends"],
    [8, 40, "10 over half 9 's ochtends"],
    [8, 45, "kwart voor 9 's ochtends"],
    [8, 55, "5 voor 9 's ochtends"],
    [13, 0, "1 uur 's middags"],
    [12, 30, "half 1 's middags"],
    [20, 30, "half 9 's avonds"],
    [23, 45, "kwart voor 12 's avonds"],
    [0, 30, "half 1 's nachts"],
  ])('%i:%i is "%s"', (hour, minute, spoken) => {
    expect(spokenClockTime(t, { hour, minute })).toBe(spoken);
  });
});

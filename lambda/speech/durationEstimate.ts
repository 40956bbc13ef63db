/**
 * How long Alexa takes to say a text, estimated without a voice engine.
 *
 * Model: speaking time = letters / LETTERS_PER_SECOND + PAUSE_PER_MARK for every internal
 * punctuation pause (, ; :) + SENTENCE_GAP between sentences. A digit group counts as the
 * letters of a short Dutch number word. Every sentence end counts a gap, the last one too,
 * although a <break> right after a sentence end replaces that pause (measured with espeak-ng,
 * toolchain.md §6): the total errs long, which keeps the 240 s budget safe, while a hold is
 * measured by its own breaks (and counted words), from the end of one cue to the next.
 *
 * Calibration: Dutch TTS at its default rate speaks about 150-170 words a minute, with
 * about 5.5 letters a word: ~14 letters a second. Measured with espeak-ng's Dutch voice
 * (`npm run calibrate`, 2026-11-21, the 53 sentences and 19 responses of all programmes):
 * the letter rate that would make the estimate exact is 12.7 letters/s at 150 words a
 * minute, 13.7 at 160 and 15.2 at espeak's default 175. At 175 every whole response is
 * estimated 1-10 % long, at 160 within -6 % and +4 %. Single short sentences vary more
 * ("Zes." is estimated 35 % short: a voice gives a lone word a minimum length), which is
 * a few hundredths of a second. test/timing/audioTiming.test.ts keeps every response's
 * estimate between 1.0 and 1.25 times espeak's default rendering. Alexa's own voice is not
 * available offline, so the figure stays on the long side, where budgets are safe.
 */
export const LETTERS_PER_SECOND = 14;
export const PAUSE_PER_MARK = 0.25;
export const SENTENCE_GAP = 0.35;
const LETTERS_PER_DIGIT_GROUP = 5;

export function estimateSpeechSeconds(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  const digitGroups = trimmed.match(/\d+/g)?.length ?? 0;
  const letters = trimmed.replace(/\d+/g, '').replace(/[^\p{L}]/gu, '').length + digitGroups * LETTERS_PER_DIGIT_GROUP;
  const marks = trimmed.match(/[,;:]/g)?.length ?? 0;
  const sentenceEnds = trimmed.match(/[.!?]+(?=\s|$)/g)?.length ?? 0;
  return letters / LETTERS_PER_SECOND + marks * PAUSE_PER_MARK + sentenceEnds * SENTENCE_GAP;
}

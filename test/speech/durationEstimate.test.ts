import { estimateSpeechSeconds, LETTERS_PER_SECOND, PAUSE_PER_MARK, SENTENCE_GAP } from '../../lambda/speech/durationEstimate';

describe('estimateSpeechSeconds', () => {
  it.each([
    ['', 0],
    ['twee', 4 / LETTERS_PER_SECOND],
    ['Adem in, los.', 9 / LETTERS_PER_SECOND + PAUSE_PER_MARK + SENTENCE_GAP],
    ['Één.', 3 / LETTERS_PER_SECOND + SENTENCE_GAP],
    ['Het advies is 4 tot 6 keer per dag.', (24 + 2 * 5) / LETTERS_PER_SECOND + SENTENCE_GAP],
    ['Ja! Goed zo.', 8 / LETTERS_PER_SECOND + 2 * SENTENCE_GAP],
  ])('%p takes %p s', (text, seconds) => {
    expect(estimateSpeechSeconds(text)).toBeCloseTo(seconds, 9);
  });
});

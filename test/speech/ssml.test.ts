import { breaks, escapeXml, join, say, silence, word } from '../../lambda/speech/ssml';
import { estimateSpeechSeconds } from '../../lambda/speech/durationEstimate';

describe('escapeXml', () => {
  it('escapes the five XML characters once', () => {
    expect(escapeXml(`<>"'&`)).toBe('&lt;&gt;&quot;&apos;&amp;');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('breaks', () => {
  it.each([
    [0, ''],
    [4000, '<break time="4000ms"/>'],
    [10000, '<break time="10000ms"/>'],
    [10001, '<break time="10000ms"/><break time="1ms"/>'],
    [25000, '<break time="10000ms"/><break time="10000ms"/><break time="5000ms"/>'],
  ])('%p ms -> %p', (ms, ssml) => {
    expect(breaks(ms)).toBe(ssml);
  });
});

describe('speech parts', () => {
  it('wraps a sentence, escapes it and estimates it', () => {
    const s = say('Buik & billen los.');
    expect(s.ssml).toBe('<s>Buik &amp; billen los.</s>');
    expect(s.seconds).toBe(estimateSpeechSeconds('Buik & billen los.'));
  });

  it('joins text and silences, adding up their time exactly', () => {
    const s = join(say('Adem uit.'), silence(4), word('twee'), silence(0.3456));
    expect(s.ssml).toBe('<s>Adem uit.</s><break time="4000ms"/>twee<break time="346ms"/>');
    expect(s.seconds).toBeCloseTo(estimateSpeechSeconds('Adem uit.') + 4 + estimateSpeechSeconds('twee') + 0.346, 9);
  });
});

import { isOwnMarkup, join, say, silence, word } from '../../lambda/speech/ssml';

describe('isOwnMarkup: only what ssml.ts writes is replayed from session attributes', () => {
  it('accepts sentences, breaks and counted words as the skill writes them', () => {
    expect(isOwnMarkup(say('Adem uit, en span stevig aan.').ssml)).toBe(true);
    expect(isOwnMarkup(join(say('Eén & twee.'), silence(12.5), word('drie'), silence(0.7), say('Klaar?')).ssml)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['only a pause', silence(4).ssml],
    ['another tag', '<s>Hallo.</s><audio src="https://example.org/x.mp3"/>'],
    ['a break in seconds', '<s>Hallo.</s><break time="3s"/>'],
    ['an unclosed sentence', '<s>Hallo.'],
    ['a bare angle bracket', '<s>a < b</s>'],
  ])('refuses %s', (_, ssml) => {
    expect(isOwnMarkup(ssml)).toBe(false);
  });

  it('reads a huge value in one linear pass', () => {
    expect(isOwnMarkup(`<s>${'a'.repeat(1_000_000)}</s>${'b'.repeat(1_000_000)}<`)).toBe(false);
  });
});

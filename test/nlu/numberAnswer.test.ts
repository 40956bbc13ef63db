import { loadModel } from '../../tools/nlu/interactionModel';
import { evaluate } from '../../tools/nlu/heldout';

/** How the evaluation scores a number said with its unit, where a bare number answer was expected. */
const model = loadModel();
const scored = (utterance: string, number: string) =>
  evaluate(model, { header: '', cases: [{ utterance, intent: 'NumberAnswerIntent', slots: { number } }], outOfDomain: [] }).outcomes[0];

describe('a number answer in the evaluation', () => {
  it('counts "zes seconden" as the answer 6: it reaches SetStartblokIntent with 6 as its only slot, which the handler reads the same', () => {
    expect(scored('zes seconden', '6')).toMatchObject({ got: 'SetStartblokIntent', gotSlots: { seconds: '6' }, right: true });
  });

  it('does not count another number, or a startblok with two numbers', () => {
    expect(scored('zes seconden', '7').right).toBe(false);
    expect(scored('zes seconden en acht keer', '6')).toMatchObject({ got: 'SetStartblokIntent', right: false });
  });
});

describe('nought in words', () => {
  it('counts "geen enkele keer" as the answer 0: NumberAnswerIntent\'s `none` slot, which countSlot reads as 0', () => {
    expect(scored('geen enkele keer', '0')).toMatchObject({ got: 'NumberAnswerIntent', gotSlots: { none: '0' }, right: true });
    expect(scored('nee hoor geen enkele keer', '0').right).toBe(true);
    expect(scored('geen enkele keer', '1').right).toBe(false);
  });
});

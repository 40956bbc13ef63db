import { loadModel } from '../../tools/nlu/interactionModel';
import { Resolver } from '../../tools/nlu/resolve';

/**
 * Replies to the coach's own questions that failed before issue 20, now samples of the model:
 * the exact stage alone reaches them, so Alexa has them word for word too.
 */
const exactOnly = new Resolver(loadModel(), { classifier: false });

describe('everyday spoken replies', () => {
  it.each([
    ['is goed doe maar', 'AMAZON.YesIntent'],
    ['kom maar op', 'AMAZON.YesIntent'],
    ['ja soms', 'AMAZON.YesIntent'],
    ['nee gelukkig niet', 'AMAZON.NoIntent'],
    ['nog niet', 'AMAZON.PauseIntent'],
    ['momentje', 'AMAZON.PauseIntent'],
    ['laat maar', 'AMAZON.CancelIntent'],
    ['nou eh geen idee', 'DontKnowIntent'],
  ])('"%s" is %s', (utterance, intent) => {
    expect(exactOnly.resolve(utterance)).toEqual({ intent, slots: {} });
  });

  it.each([
    ['nul', '0'],
    ['een keer of drie', '3'],
    ['een keer of 3', '3'],
    ['tot zeven', '7'],
    ['eh ongeveer vijf', '5'],
  ])('"%s" is the number answer %s', (utterance, number) => {
    expect(exactOnly.resolve(utterance)).toEqual({ intent: 'NumberAnswerIntent', slots: { number: { value: number } } });
  });
});

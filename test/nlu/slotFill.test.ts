import { loadModel } from '../../tools/nlu/interactionModel';
import { normalize } from '../../tools/nlu/resolve';
import { SlotFiller } from '../../tools/nlu/slotFill';

/** The slots the classifier's path finds in the words, once it has chosen the intent. */
const filler = new SlotFiller(loadModel(), normalize);
const values = (intent: string, said: string) =>
  Object.fromEntries(Object.entries(filler.fill(intent, normalize(said))).map(([name, fill]) => [name, fill.value]));

describe('a number taken back in the same breath: the last one counts', () => {
  it.each([
    ['drie nee vier', '4'],
    ['acht of nee zeven', '7'],
    ['zes of eigenlijk zeven', '7'],
    ['negen ik bedoel acht', '8'],
    ['vijf seconden nee wacht zes', '6'],
  ])('"%s" is %s', (said, number) => {
    expect(values('NumberAnswerIntent', said)).toEqual({ number });
  });

  it('a retracted hold leaves the repetitions where they were said', () => {
    expect(values('SetStartblokIntent', 'vier seconden nee vijf seconden en zes keer')).toEqual({ seconds: '5', repetitions: '6' });
  });

  it('a range or two different slots are no retraction', () => {
    expect(values('NumberAnswerIntent', 'twee of drie')).toEqual({ number: '2' });
    expect(values('SetStartblokIntent', 'vier seconden en zes keer')).toEqual({ seconds: '4', repetitions: '6' });
    expect(values('SetStartblokIntent', 'vier seconden nee zes keer')).toEqual({ seconds: '4', repetitions: '6' });
  });
});

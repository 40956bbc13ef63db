import { loadModel } from '../../tools/nlu/interactionModel';
import { normalize, Resolver } from '../../tools/nlu/resolve';
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

describe('a reminder at a part of the day, as AMAZON.TIME resolves it', () => {
  it.each([
    ['herinner me elke ochtend', 'MO'],
    ["herinner me 's ochtends", 'MO'],
    ['herinner me elke morgen', 'MO'],
    ['elke middag een herinnering', 'AF'],
    ['herinner me elke avond', 'EV'],
    ["herinner me 's avonds", 'EV'],
    ['herinner me vanavond', 'EV'],
    ['herinner me elke nacht', 'NI'],
  ])('"%s" is %s', (said, time) => {
    expect(values('ReminderIntent', said)).toEqual({ time });
  });

  it('keeps "morgen" alone for tomorrow, not the morning', () => {
    expect(values('ReminderIntent', 'herinner me morgen om acht uur')).toEqual({ time: '08:00' });
  });

  it.each([
    ['elke avond om half acht', '19:30'],
    ["om acht uur 's avonds", '20:00'],
    ["'s middags om twee uur", '14:00'],
    ["'s ochtends om half acht", '07:30'],
    ["om elf uur 's nachts", '23:00'],
    ["om twee uur 's nachts", '02:00'],
    ['om half acht', '07:30'],
  ])('moves the clock by the part of the day said before or after it: "%s" is %s', (said, time) => {
    expect(values('ReminderIntent', said)).toEqual({ time });
  });

  it('gives each part of the day its own reminder', () => {
    expect(values('ReminderIntent', "'s ochtends om half acht en 's avonds om acht uur")).toEqual({ time: '07:30', timeTwo: '20:00' });
  });
});

describe('the exact stage reads the part of the day in the sample before the time', () => {
  const exact = new Resolver(loadModel(), { classifier: false });
  it.each([['elke avond om half acht een seintje', '19:30']])('"%s" is %s', (said, time) => {
    expect(exact.resolve(said)).toEqual({ intent: 'ReminderIntent', slots: { time: { value: time } } });
  });
});

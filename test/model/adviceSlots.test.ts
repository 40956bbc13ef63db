import { loadModel } from '../../tools/nlu/interactionModel';
import { Resolver } from '../../tools/nlu/resolve';
import { SLOT_VALUE_NAMES } from '../../lambda/handlers/adviceSlots';
import { HABITS, INFO_TOPICS } from '../../lambda/domain/advice';

const model = loadModel();
const resolver = new Resolver(model);

describe('the advice slot types', () => {
  it.each(Object.entries(SLOT_VALUE_NAMES))('%s: the model has exactly the values the code understands', (type, names) => {
    const values = model.types?.find((t) => t.name === type)?.values.map((v) => v.name.value);
    expect(values?.sort()).toEqual([...names].sort());
  });

  it('covers every habit and every information topic', () => {
    expect(SLOT_VALUE_NAMES.HABIT).toHaveLength(HABITS.length);
    expect(SLOT_VALUE_NAMES.INFO_TOPIC).toHaveLength(INFO_TOPICS.length);
  });

  it.each([
    ['hoeveel moet ik drinken', { intent: 'LifestyleAdviceIntent', slots: { habit: { value: 'drinken', canonical: 'drinken' } } }],
    ['hoe vaak moet ik plassen', { intent: 'LifestyleAdviceIntent', slots: { habit: { value: 'plassen', canonical: 'plassen' } } }],
    ['leefstijltips', { intent: 'LifestyleAdviceIntent', slots: {} }],
    // Why most people train: the coughing advice, never the alarm.
    [
      'ik verlies een beetje urine als ik hoest',
      { intent: 'LifestyleAdviceIntent', slots: { habit: { value: 'hoest', canonical: 'hoesten' } } },
    ],
    ['hoe weet ik of ik het goed doe', { intent: 'InfoIntent', slots: { topic: { value: 'het goed doe', canonical: 'goede spieren' } } }],
    ['wanneer merk ik verschil', { intent: 'InfoIntent', slots: { topic: { value: 'verschil', canonical: 'resultaat' } } }],
    ['herhaal de vraag', { intent: 'AMAZON.RepeatIntent', slots: {} }],
    ['nog een tip', { intent: 'AMAZON.NextIntent', slots: {} }],
    ['weet ik niet', { intent: 'DontKnowIntent', slots: {} }],
  ])('"%s" -> %p', (utterance, resolution) => {
    expect(resolver.resolve(utterance)).toEqual(resolution);
  });

  it('gives the toilet advice at least 12 samples', () => {
    expect(model.intents.find((i) => i.name === 'ToiletAdviceIntent')?.samples.length).toBeGreaterThanOrEqual(12);
  });
});

import { loadModel } from '../../tools/nlu/interactionModel';
import { Resolver } from '../../tools/nlu/resolve';

const resolver = new Resolver(loadModel());

describe('the privacy intents in the interaction model', () => {
  it.each([
    ['wat weet je over mij', 'MyDataIntent'],
    ['welke gegevens bewaar je', 'MyDataIntent'],
    ['wat heb je over mij opgeslagen', 'MyDataIntent'],
    ['stop met bewaren', 'StopStoringIntent'],
    ['ik trek mijn toestemming in', 'StopStoringIntent'],
    ['discreet', 'DiscreetIntent'],
    ['zeg het niet hardop', 'DiscreetIntent'],
    ['in stilte', 'DiscreetIntent'],
    ['zeg het gewoon', 'PlainWordsIntent'],
    ['je hoeft niet discreet te zijn', 'PlainWordsIntent'],
    ['vergeet mij', 'DeleteDataIntent'],
    ['verwijder mijn gegevens', 'DeleteDataIntent'],
  ])('"%s" is %s', (utterance, intent) => {
    expect(resolver.resolve(utterance).intent).toBe(intent);
  });

  it('takes the silent self-test total "twee of meer" as the number two', () => {
    const resolution = resolver.resolve('twee of meer');
    expect(resolution.intent).toBe('NumberAnswerIntent');
    expect(resolution.slots.number?.value).toBe('2');
  });
});

import { loadModel, type LanguageModel } from '../../tools/nlu/interactionModel';
import { FALLBACK_INTENT, normalize, Resolver } from '../../tools/nlu/resolve';
import { SimilarityIndex, similarityIndex, stem, TUNING } from '../../tools/nlu/similar';

/** The resolver's second stage: what no sample fits exactly, scored by token similarity. */
const model = loadModel();
const resolver = new Resolver(model);
const exactOnly = new Resolver(model, { stageTwo: false });

describe('the second stage of the resolver', () => {
  it('resolves a paraphrase that no sample fits exactly', () => {
    const utterance = 'kun je me eraan herinneren te oefenen';
    expect(exactOnly.resolve(utterance).intent).toBe(FALLBACK_INTENT);
    expect(resolver.resolve(utterance)).toEqual({ intent: 'ReminderIntent', slots: {} });
    expect(resolver.resolve('ik heb opeens mijn ontlasting niet meer onder controle').intent).toBe('AlarmSignalIntent');
  });

  it.each([
    'appeltaart',
    'banaan',
    'fietsen',
    'wat is het weer',
    'wat is het weer in Utrecht',
    'hoe laat is het',
    'zet de lamp aan',
    'ik hou van appeltaart',
    '',
  ])('sends "%s" to the fallback', (utterance) => {
    expect(resolver.resolve(utterance)).toEqual({ intent: FALLBACK_INTENT, slots: {} });
  });

  it('weighs the out-of-domain samples of AMAZON.FallbackIntent like any intent: the nearest wins', () => {
    // Neither is a sample: the alarm clock is nearer the fallback's "zet de wekker ...", the reminder nearer ours.
    expect(exactOnly.matchExactly('zet de wekker maar op zeven uur morgenochtend')).toBeUndefined();
    expect(resolver.resolve('zet de wekker maar op zeven uur morgenochtend').intent).toBe(FALLBACK_INTENT);
    expect(exactOnly.matchExactly('zet maar een herinnering om zeven uur voor mijn bekkenbodemoefeningen')).toBeUndefined();
    expect(resolver.resolve('zet maar een herinnering om zeven uur voor mijn bekkenbodemoefeningen').intent).toBe('ReminderIntent');
    expect(resolver.resolve('mijn knie doet vreselijk zeer').intent).toBe(FALLBACK_INTENT);
  });

  it('falls back when the best intent hardly beats the runner-up', () => {
    const twins: LanguageModel = {
      invocationName: 'test',
      intents: [
        { name: 'LiftIntent', samples: ['doe de lift oefening'] },
        { name: 'LiftTooIntent', samples: ['doe de lift training'] },
        { name: 'OtherIntent', samples: ['welke herinneringen heb ik'] },
      ],
    };
    const scored = similarityIndex(twins, normalize).score('doe de lift');
    expect(scored && scored.score >= TUNING.threshold && scored.score - scored.runnerUp < TUNING.margin).toBe(true);
    expect(new Resolver(twins).resolve('doe de lift').intent).toBe(FALLBACK_INTENT);
    // Alone, the same words are close enough.
    const single: LanguageModel = { invocationName: 'test', intents: [twins.intents[0], twins.intents[2]] };
    expect(new Resolver(single).resolve('doe de lift').intent).toBe('LiftIntent');
  });

  it('fills slots as the exact stage does: canonical values, numbers by the word after them, times', () => {
    expect(resolver.resolve('mijn startblok moet zes seconden tien keer zijn')).toEqual({
      intent: 'SetStartblokIntent',
      slots: { seconds: { value: '6' }, repetitions: { value: '10' } },
    });
    expect(resolver.resolve('zet tien keer en zes seconden als startblok').slots).toEqual({
      repetitions: { value: '10' },
      seconds: { value: '6' },
    });
    expect(resolver.resolve('ik wil herinneringen om acht uur en om half tien')).toEqual({
      intent: 'ReminderIntent',
      slots: { time: { value: '08:00' }, timeTwo: { value: '09:30' } },
    });
    expect(resolver.resolve('ik wil liggend oefenen')).toEqual({
      intent: 'StartTrainingIntent',
      slots: { position: { value: 'liggend', canonical: 'liggend' } },
    });
    expect(resolver.resolve('ik wil de sluitspier trainen op uithoudingsvermogen').slots).toEqual({
      part: { value: 'uithoudingsvermogen', canonical: 'uithoudingsvermogen' },
    });
  });

  it('leaves every exact match to the first stage', () => {
    for (const intent of model.intents.slice(0, 5)) {
      const sample = intent.samples.find((s) => !s.includes('{'));
      if (sample) expect(resolver.resolve(sample)).toEqual(exactOnly.resolve(sample));
    }
  });

  it('is built once per model object, and is deterministic', () => {
    expect(similarityIndex(model, normalize)).toBe(similarityIndex(model, normalize));
    const utterance = 'help me ontspannen';
    expect(new Resolver(model).resolve(utterance)).toEqual(resolver.resolve(utterance));
  });

  it('reads a Dutch compound no sample has as the two sample words it is made of', () => {
    const small: LanguageModel = {
      invocationName: 'test',
      intents: [
        { name: 'ToiletIntent', samples: ['tips voor het toilet', 'hoe zit ik op het toilet'] },
        { name: 'TrainingIntent', samples: ['start de training', 'doe mijn oefeningen'] },
      ],
    };
    expect(new Resolver(small).resolve('graag toilettips').intent).toBe('ToiletIntent');
    // Without the split, not one word of it is in a sample.
    expect(new SimilarityIndex(small, normalize, { ...TUNING, compounds: false }).score('graag toilettips')).toBeUndefined();
  });

  it('stems Dutch inflections to one token', () => {
    expect(new Set(['oefeningen', 'oefening', 'oefenen'].map(stem)).size).toBe(1);
    expect(new Set(['trainen', 'training', 'trainingen'].map(stem)).size).toBe(1);
    expect(stem('plassen')).toBe(stem('plas'));
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  clauses,
  CLASSIFIER_SETTINGS,
  decide,
  evenly,
  IntentClassifier,
  novelFirst,
  perTemplate,
  trainingDocuments,
  withoutFillers,
} from '../../tools/nlu/classifier';
import { loadModel, type LanguageModel } from '../../tools/nlu/interactionModel';
import { FAMILIES } from '../../tools/model/build';
import { expand } from '../../tools/model/expand';
import { FALLBACK_INTENT, Resolver } from '../../tools/nlu/resolve';

/** The resolver's second stage: nlp.js's classifier, for what no sample fits exactly. */
const model = loadModel();
const resolver = new Resolver(model);
const exactOnly = new Resolver(model, { classifier: false });

describe('the classifier stage of the resolver', () => {
  it('resolves a paraphrase that no sample fits exactly, and says the classifier chose', () => {
    const utterance = 'kun je me eraan herinneren te oefenen';
    expect(exactOnly.resolve(utterance).intent).toBe(FALLBACK_INTENT);
    expect(resolver.trace(utterance)).toEqual({ intent: 'ReminderIntent', slots: {}, by: 'classifier' });
    expect(resolver.resolve(utterance)).toEqual({ intent: 'ReminderIntent', slots: {} });
  });

  it.each(['appeltaart', 'banaan', 'fietsen', 'wat is het weer in Utrecht', 'ik hou van appeltaart', 'mijn knie doet vreselijk zeer', ''])(
    'sends "%s" to the fallback',
    (utterance) => {
      expect(resolver.resolve(utterance)).toEqual({ intent: FALLBACK_INTENT, slots: {} });
    },
  );

  it('learns the out-of-domain samples of AMAZON.FallbackIntent as a class: an alarm clock is not a reminder', () => {
    expect(exactOnly.matchExactly('zet de wekker maar op zeven uur morgenochtend')).toBeUndefined();
    expect(resolver.trace('zet de wekker maar op zeven uur morgenochtend')).toEqual({
      intent: FALLBACK_INTENT,
      slots: {},
      by: 'classifier',
    });
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
    expect(resolver.resolve('ik wil de sluitspier trainen op uithoudingsvermogen')).toEqual({
      intent: 'SphincterExerciseIntent',
      slots: { part: { value: 'uithoudingsvermogen', canonical: 'uithoudingsvermogen' } },
    });
  });

  it('leaves every exact match to the first stage', () => {
    for (const intent of model.intents.slice(0, 5)) {
      const sample = intent.samples.find((s) => !s.includes('{'));
      if (sample) expect(resolver.trace(sample)).toEqual({ ...exactOnly.resolve(sample), by: 'exact' });
    }
  });

  it('learns real slot words, not the braces: each slot sample is trained with values of its type', () => {
    const uncapped = { ...CLASSIFIER_SETTINGS, maxPerIntent: 0, perTemplate: 0 };
    const documents = trainingDocuments(model, uncapped);
    expect(documents.some((d) => d.utterance.includes('{'))).toBe(false);
    const slotSamples = model.intents.flatMap((i) => i.samples).filter((s) => s.includes('{')).length;
    const plain = model.intents.flatMap((i) => i.samples).length - slotSamples;
    expect(documents).toHaveLength(plain + slotSamples * CLASSIFIER_SETTINGS.fillsPerSample);
    expect(documents.filter((d) => d.intent === FALLBACK_INTENT).length).toBeGreaterThan(100);
  });

  it('trains every intent on at most maxPerIntent documents, the out-of-domain class on all of its own', () => {
    const capped = trainingDocuments(model, { ...CLASSIFIER_SETTINGS, maxPerIntent: 50, maxAlarm: undefined });
    const count = (name: string) => capped.filter((d) => d.intent === name).length;
    expect(count('AlarmSignalIntent')).toBe(50);
    expect(count('ExplainIntent')).toBe(50);
    // An intent below the cap keeps all its documents: a few of each template.
    const cancel = model.intents.find((i) => i.name === 'AMAZON.CancelIntent')?.samples ?? [];
    expect(count('AMAZON.CancelIntent')).toBe(perTemplate('AMAZON.CancelIntent', cancel, CLASSIFIER_SETTINGS.perTemplate ?? 0).length);
    expect(count(FALLBACK_INTENT)).toBe(model.intents.find((i) => i.name === FALLBACK_INTENT)?.samples.length);
  });

  it('trains the alarm on all of its documents with maxAlarm 0 (a missed alarm costs more than a false one)', () => {
    const alarm = (settings: typeof CLASSIFIER_SETTINGS) =>
      trainingDocuments(model, settings).filter((d) => d.intent === 'AlarmSignalIntent').length;
    const samples = model.intents.find((i) => i.name === 'AlarmSignalIntent')?.samples ?? [];
    expect(CLASSIFIER_SETTINGS.maxAlarm).toBe(0);
    expect(alarm(CLASSIFIER_SETTINGS)).toBe(perTemplate('AlarmSignalIntent', samples, CLASSIFIER_SETTINGS.perTemplate ?? 0).length);
    expect(alarm(CLASSIFIER_SETTINGS)).toBeGreaterThan(CLASSIFIER_SETTINGS.maxPerIntent);
  });

  it('trains deterministically, and keeps the trained classifier in the file cache', async () => {
    const small: LanguageModel = {
      invocationName: 'test',
      intents: [
        { name: 'LiftIntent', samples: ['doe de lift oefening', 'de lift', 'start de lift'] },
        { name: 'ReminderIntent', samples: ['welke herinneringen heb ik', 'zet een herinnering'] },
        { name: FALLBACK_INTENT, samples: ['wat is het weer', 'speel muziek'] },
      ],
    };
    const once = await IntentClassifier.train(trainingDocuments(small));
    const twice = await IntentClassifier.train(trainingDocuments(small));
    expect(twice.scores('kun je de lift doen')).toEqual(once.scores('kun je de lift doen'));
    expect(once.classify('kun je de lift doen').intent).toBe('LiftIntent');
    const trained = await IntentClassifier.forModel(small);
    expect(IntentClassifier.cached(small)?.scores('herinnering')).toEqual(trained.scores('herinnering'));
    const dir = join(__dirname, '..', '..', '.cache', 'nlu');
    expect(existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('classifier-'))).toBe(true);
  });

  it('takes the top intent only at or above the threshold: three intents alike leave it unsure', async () => {
    const twins: LanguageModel = {
      invocationName: 'test',
      intents: [
        { name: 'LiftIntent', samples: ['doe de lift oefening'] },
        { name: 'LiftTooIntent', samples: ['doe de lift training'] },
        { name: 'LiftAlsoIntent', samples: ['doe de lift sessie'] },
        { name: 'OtherIntent', samples: ['welke herinneringen heb ik'] },
      ],
    };
    const unsure = (await IntentClassifier.train(trainingDocuments(twins))).classify('doe de lift');
    expect(unsure.score).toBeLessThan(CLASSIFIER_SETTINGS.threshold);
    expect(unsure.intent).toBe(FALLBACK_INTENT);
    const single: LanguageModel = { invocationName: 'test', intents: [twins.intents[0], twins.intents[3]] };
    expect((await IntentClassifier.train(trainingDocuments(single))).classify('doe de lift').intent).toBe('LiftIntent');
  });

  it.each([
    'ik heb hoofdpijn',
    'ik ben verkouden',
    'ik verlies wat urine als ik hoest',
    'mijn billen doen mee',
    'ja sinds de operatie wel',
    'ik heb pijn bij het vrijen',
    'sinds de bevalling',
    'nou eh sinds de bevalling hoor',
    'ik heb een beetje spierpijn',
  ])('takes an ordinary remark for no alarm signal: "%s"', (utterance) => {
    expect(resolver.resolve(utterance).intent).not.toBe('AlarmSignalIntent');
  });

  it.each([
    'nou eh ik heb sinds gisteren koorts',
    'ehm ik zie bloed in de wc na het plassen',
    'volgens mij zakt er iets uit',
    'ik kan mijn plas ineens niet meer ophouden hoor',
    'mijn benen voelen opeens verdoofd',
  ])('takes an alarm signal with fillers around it for one: "%s"', (utterance) => {
    expect(resolver.resolve(utterance).intent).toBe('AlarmSignalIntent');
  });

  // A word of unknown n-grams alone stays unknown ("banaan" is not "aan"): the fallback test above,
  // on the real model, where nlp.js's none feature weighs little beside thousands of features.
  it('lets the second classifier read a word it never had by its character n-grams', async () => {
    const documents = [
      { utterance: 'hoe moet ik plassen', intent: 'ToiletIntent' },
      { utterance: 'wanneer moet ik plassen', intent: 'ToiletIntent' },
      { utterance: 'hoe moet ik ademen', intent: 'BreathIntent' },
      { utterance: 'wanneer moet ik ademen', intent: 'BreathIntent' },
      { utterance: 'zet de wekker', intent: FALLBACK_INTENT },
    ];
    const withGrams = await IntentClassifier.train(documents);
    const withoutGrams = await IntentClassifier.train(documents, { ...CLASSIFIER_SETTINGS, charGrams: undefined });
    // "plasse" shares "<pla", "plas", "lass" with "plassen"; without n-grams the two intents' "hoe moet ik" decides.
    expect(withGrams.classify('hoe moet ik plasse').chosen).toBe('ToiletIntent');
    expect(withoutGrams.classify('hoe moet ik plasse').chosen).toBe('BreathIntent');
  });

  it('drops fillers before classifying, never the words that carry an answer', () => {
    expect(withoutFillers('Nou, eh, start even de training hoor!')).toBe('start de training');
    expect(withoutFillers('zeg maar ja graag')).toBe('ja');
    expect(withoutFillers('laat maar')).toBe('laat maar');
    expect(withoutFillers('nee nog niet')).toBe('nee nog niet');
    expect(withoutFillers('eh')).toBe('eh');
    expect(withoutFillers('evenwicht')).toBe('evenwicht');
  });

  it('caps an intent evenly, every k-th document, so each template keeps its share', () => {
    expect(evenly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toEqual([1, 3, 5, 7, 9]);
    expect(evenly([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(evenly([1, 2, 3], 0)).toEqual([1, 2, 3]);
  });

  it('keeps novel documents first when it caps: a single sentence is not lost among a cross-product', () => {
    // (doe|start|begin) de lift (nu|maar|eens): five bring a new word pair, four repeat known ones.
    const cross = ['doe', 'start', 'begin'].flatMap((verb) =>
      ['nu', 'maar', 'eens'].map((word) => ({ utterance: `${verb} de lift ${word}`, intent: 'LiftIntent' })),
    );
    const single = { utterance: 'kom maar op met die lift', intent: 'LiftIntent' };
    expect(evenly([...cross, single], 7)).not.toContain(single);
    const kept = novelFirst([...cross, single], 7);
    expect(kept).toHaveLength(7);
    expect(kept).toContain(single);
    expect(kept).toEqual(expect.arrayContaining([cross[0], cross[1], cross[2], cross[3], cross[6]]));
    expect(novelFirst(cross, 0)).toEqual(cross);
    const mixed = novelFirst([...cross, single], 6, 0.5);
    expect(mixed).toHaveLength(6);
    expect(mixed.filter((d) => [cross[4], cross[5], cross[7], cross[8]].includes(d)).length).toBeGreaterThan(0);
  });

  it('decides as documented: the first classifier says whether it is in the domain, the second which intent', () => {
    const threshold = 0.65;
    const alarmAt = 0.4;
    const plain = { threshold, alarmThreshold: alarmAt };
    const rescued = { ...plain, rescueScore: 0.9 };
    expect(decide({ top: 'None', score: 1, chosen: 'LiftIntent', chosenScore: 1 }, plain)).toBe(FALLBACK_INTENT);
    expect(decide({ top: FALLBACK_INTENT, score: 1, chosen: 'AlarmSignalIntent', chosenScore: 1 }, plain)).toBe(FALLBACK_INTENT);
    expect(decide({ top: 'LiftIntent', score: 0.5, chosen: 'LiftIntent', chosenScore: 1 }, plain)).toBe(FALLBACK_INTENT);
    expect(decide({ top: 'LiftIntent', score: 0.9, chosen: 'EasyIntent', chosenScore: 0.6 }, plain)).toBe('EasyIntent');
    expect(decide({ top: 'LiftIntent', score: 0.9, chosen: FALLBACK_INTENT, chosenScore: 0.6 }, plain)).toBe('LiftIntent');
    expect(decide({ top: 'LiftIntent', score: 0.9 }, plain)).toBe('LiftIntent');
    expect(decide({ top: 'PainIntent', score: 0.3, chosen: 'AlarmSignalIntent', chosenScore: 0.5 }, plain)).toBe('AlarmSignalIntent');
    expect(decide({ top: 'AlarmSignalIntent', score: 0.45 }, plain)).toBe('AlarmSignalIntent');
    // The first's alarm holds against the second's choice of another intent, unless that choice is near-certain.
    expect(decide({ top: 'AlarmSignalIntent', score: 0.6, chosen: 'LaterIntent', chosenScore: 0.7 }, rescued)).toBe('AlarmSignalIntent');
    expect(decide({ top: 'AlarmSignalIntent', score: 0.6, chosen: 'LaterIntent', chosenScore: 0.95 }, rescued)).toBe('LaterIntent');
    expect(decide({ top: 'AlarmSignalIntent', score: 0.35, chosen: 'LaterIntent', chosenScore: 0.7 }, rescued)).toBe(FALLBACK_INTENT);
    // Words the first never learned are no sign of another domain; its out-of-domain class is.
    expect(decide({ top: 'None', score: 1, chosen: 'AlarmSignalIntent', chosenScore: 0.5 }, plain)).toBe('AlarmSignalIntent');
    expect(decide({ top: 'None', score: 1, chosen: 'AlarmSignalIntent', chosenScore: 0.3 }, plain)).toBe(FALLBACK_INTENT);
    expect(decide({ top: FALLBACK_INTENT, score: 1, chosen: 'AlarmSignalIntent', chosenScore: 0.5 }, plain)).toBe(FALLBACK_INTENT);
  });

  it('takes a long sentence for an alarm signal when the second classifier finds nothing in it but a clause is one (clauseAlarm)', () => {
    const decision = { threshold: 0.5, alarmThreshold: 0.4, rescueScore: 0.9, clauseAlarm: 0.9 };
    const nothing = { chosen: 'None', chosenScore: 1 };
    expect(decide({ top: 'None', score: 1, ...nothing, clauseAlarm: 0.95 }, decision)).toBe('AlarmSignalIntent');
    expect(decide({ top: 'LayersExerciseIntent', score: 1, ...nothing, clauseAlarm: 0.95 }, decision)).toBe('AlarmSignalIntent');
    // Another domain stays another domain; a clause not sure enough, or the rule off, changes nothing.
    expect(decide({ top: FALLBACK_INTENT, score: 1, ...nothing, clauseAlarm: 0.95 }, decision)).toBe(FALLBACK_INTENT);
    expect(decide({ top: 'None', score: 1, ...nothing, clauseAlarm: 0.8 }, decision)).toBe(FALLBACK_INTENT);
    expect(decide({ top: 'None', score: 1, ...nothing, clauseAlarm: 0.95 }, { ...decision, clauseAlarm: undefined })).toBe(FALLBACK_INTENT);
    expect(CLASSIFIER_SETTINGS.clauseAlarm).toBe(0.9);
  });

  it('splits a sentence into clauses at conjunctions, relatives and added questions, each of two words or more', () => {
    expect(clauses("'t Brandt bij het plassen, en ik heb koorts: moet ik daar iets mee?")).toEqual([
      't brandt bij het plassen',
      'ik heb koorts',
      'daar iets mee',
    ]);
    expect(clauses('ik voel een zwelling die steeds groter wordt')).toEqual(['ik voel een zwelling', 'steeds groter wordt']);
    // A break that leaves one part of a single word is no second clause.
    expect(clauses('mijn man en ik')).toEqual(['mijn man en ik']);
    expect(clauses('een keer of drie')).toEqual(['een keer of drie']);
    expect(clauses('ja')).toEqual(['ja']);
  });

  it('classifies a long alarm sentence the second classifier finds nothing in by its clauses (the real model)', () => {
    const classifier = IntentClassifier.forModelSync(model);
    const said = 'ik ben mijn plas kwijtgeraakt zonder het te merken dat gebeurde nog nooit';
    const seen = classifier.classify(said);
    expect(seen).toMatchObject({ intent: 'AlarmSignalIntent', chosen: 'None' });
    expect(seen.clauseAlarm).toBeGreaterThanOrEqual(0.9);
    expect(decide(seen, { ...CLASSIFIER_SETTINGS, clauseAlarm: undefined })).toBe(FALLBACK_INTENT);
  });

  it("takes the second classifier's fairly sure intent over a weak fallback of the first (weakRescue)", () => {
    const decision = { threshold: 0.5, alarmThreshold: 0.4, rescueScore: 0.9 };
    const weak = { fallbackBelow: 0.6, score: 0.6 };
    const at = (score: number, chosenScore: number, chosen = 'AMAZON.RepeatIntent') =>
      decide({ top: FALLBACK_INTENT, score, chosen, chosenScore }, { ...decision, weakRescue: weak });
    expect(at(0.48, 0.8)).toBe('AMAZON.RepeatIntent');
    expect(at(0.48, 0.55)).toBe(FALLBACK_INTENT);
    expect(at(0.7, 0.8)).toBe(FALLBACK_INTENT);
    expect(at(0.48, 0.8, FALLBACK_INTENT)).toBe(FALLBACK_INTENT);
    expect(decide({ top: FALLBACK_INTENT, score: 0.48, chosen: 'AMAZON.RepeatIntent', chosenScore: 0.8 }, decision)).toBe(FALLBACK_INTENT);
    expect(decide({ top: 'LiftIntent', score: 0.4, chosen: 'EasyIntent', chosenScore: 0.7 }, { ...decision, weakRescue: weak })).toBe(
      FALLBACK_INTENT,
    );
    const below = { ...weak, belowThreshold: true };
    expect(decide({ top: 'LiftIntent', score: 0.4, chosen: 'EasyIntent', chosenScore: 0.7 }, { ...decision, weakRescue: below })).toBe(
      'EasyIntent',
    );
    expect(decide({ top: 'LiftIntent', score: 0.4, chosen: 'EasyIntent', chosenScore: 0.5 }, { ...decision, weakRescue: below })).toBe(
      FALLBACK_INTENT,
    );
    expect(decide({ top: 'None', score: 1, chosen: 'EasyIntent', chosenScore: 0.7 }, { ...decision, weakRescue: below })).toBe(
      FALLBACK_INTENT,
    );
    expect(CLASSIFIER_SETTINGS.weakRescue).toEqual(below);
  });

  it("takes the second classifier's intent out of the domain only when it is nearly sure (rescueScore)", () => {
    const { threshold, alarmThreshold, rescueScore } = CLASSIFIER_SETTINGS;
    // Without weakRescue: these are the near-certain rescue's own cases.
    const settings = { threshold, alarmThreshold, rescueScore };
    expect(rescueScore).toBe(0.9);
    for (const top of ['None', FALLBACK_INTENT]) {
      expect(decide({ top, score: 1, chosen: 'LiftIntent', chosenScore: 0.95 }, settings)).toBe('LiftIntent');
      expect(decide({ top, score: 1, chosen: 'LiftIntent', chosenScore: 0.85 }, settings)).toBe(FALLBACK_INTENT);
      expect(decide({ top, score: 1, chosen: 'None', chosenScore: 1 }, settings)).toBe(FALLBACK_INTENT);
    }
    // And the other way: a weak top of the first gives way to the second's near-certain fallback.
    expect(decide({ top: 'StopIntent', score: 0.6, chosen: FALLBACK_INTENT, chosenScore: 0.95 }, settings)).toBe(FALLBACK_INTENT);
    expect(decide({ top: 'StopIntent', score: 0.6, chosen: FALLBACK_INTENT, chosenScore: 0.85 }, settings)).toBe('StopIntent');
    // A weak top of the skill's own: the second's near-certain choice holds, a less sure one does not.
    expect(decide({ top: 'StopIntent', score: 0.3, chosen: 'LiftIntent', chosenScore: 0.95 }, settings)).toBe('LiftIntent');
    expect(decide({ top: 'StopIntent', score: 0.3, chosen: 'LiftIntent', chosenScore: 0.85 }, settings)).toBe(FALLBACK_INTENT);
  });

  it("sends a word it never learned to the fallback (nlp.js's None class)", () => {
    expect(IntentClassifier.forModelSync(model).classify('bloemkool')).toMatchObject({ intent: FALLBACK_INTENT, top: 'None' });
  });
});

describe('the training documents: a few samples of each template', () => {
  const templates = FAMILIES.flatMap((f) => f.intents).find((i) => i.name === 'AlarmSignalIntent')?.templates ?? [];
  const samples = model.intents.find((i) => i.name === 'AlarmSignalIntent')?.samples ?? [];
  const kept = perTemplate('AlarmSignalIntent', samples, 2);

  it('keeps every whole sentence and at most two combinations of a cross-product, in sample order', () => {
    const crossProduct = templates.find((t) => expand(t).length > 10) ?? '';
    const ofIt = expand(crossProduct);
    expect(kept.filter((s) => ofIt.includes(s))).toHaveLength(2);
    const whole = templates.filter((t) => expand(t).length === 1).map((t) => expand(t)[0]);
    expect(whole.filter((s) => !kept.includes(s))).toEqual([]);
    expect(kept).toEqual(samples.filter((s) => kept.includes(s)));
  });

  it('leaves alone samples it knows no template of', () => {
    expect(perTemplate('AlarmSignalIntent', ['iets wat geen template maakt'], 2)).toEqual(['iets wat geen template maakt']);
  });
});

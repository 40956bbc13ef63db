import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../../tools/nlu/interactionModel';
import { documentedInvocation, normalize, Resolver } from '../../tools/nlu/resolve';

const model = loadModel();
const resolver = new Resolver(model);
const exactOnly = new Resolver(model, { classifier: false });
const slotType = (intent: string, slot: string) =>
  model.intents.find((i) => i.name === intent)?.slots?.find((s) => s.name === slot)?.type ?? 'missing';

/** A value Alexa could fill in: a number word, or a custom type's first value. */
function exampleValue(type: string): string {
  if (type === 'AMAZON.NUMBER') return 'vier';
  if (type === 'AMAZON.TIME') return 'acht uur';
  const custom = model.types?.find((t) => t.name === type);
  if (!custom) throw new Error(`slot type ${type} is not defined`);
  return custom.values[0].name.value;
}

const fill = (intent: string, sample: string) => sample.replace(/\{(\w+)\}/g, (_, slot: string) => exampleValue(slotType(intent, slot)));

describe('nl-NL interaction model', () => {
  it('has an invocation name Alexa accepts: lower case, two words or more, no launch or wake words', () => {
    const name = model.invocationName;
    expect(name).toBe('bekkenbodem coach');
    expect(name).toMatch(/^[a-z][a-z' .]*$/);
    expect(name.split(' ').length).toBeGreaterThanOrEqual(2);
    const wakeWords = ['alexa', 'amazon', 'echo', 'computer', 'ziggy', 'skill', 'app'];
    const launchWords = ['open', 'start', 'begin', 'speel', 'gebruik', 'vraag', 'zeg', 'vertel', 'laat', 'ask', 'launch', 'tell'];
    const connectingWords = ['om', 'te', 'dat', 'naar', 'aan', 'tegen', 'met', 'door', 'by', 'from', 'to'];
    for (const banned of [...wakeWords, ...launchWords, ...connectingWords]) {
      expect(name.split(' ')).not.toContain(banned);
    }
  });

  const samples = model.intents.flatMap((intent) => intent.samples.map((sample) => [intent.name, sample] as const));

  it.each(samples)('%s: "%s" resolves to its own intent', (intent, sample) => {
    expect(resolver.resolve(fill(intent, sample)).intent).toBe(intent);
  });

  it('gives every custom intent samples of its own', () => {
    for (const intent of model.intents.filter((i) => !i.name.startsWith('AMAZON.'))) {
      expect({ intent: intent.name, atLeastThree: intent.samples.length >= 3 }).toEqual({ intent: intent.name, atLeastThree: true });
    }
  });

  it('writes samples the way Alexa accepts them: words and {slots}, numbers spelled out, no punctuation', () => {
    const word = "[a-zà-ÿ]+(?:['.-][a-zà-ÿ]+)*";
    const sampleFormat = new RegExp(`^(?:${word}|\\{\\w+\\})(?: (?:${word}|\\{\\w+\\}))*$`);
    const malformed = samples.filter(([, sample]) => !sampleFormat.test(sample) || sample.length > 200);
    expect(malformed).toEqual([]);
  });

  it('defines no slot type that no slot uses, and no intent twice', () => {
    const used = new Set(model.intents.flatMap((intent) => (intent.slots ?? []).map((slot) => slot.type)));
    expect((model.types ?? []).map((type) => type.name).filter((name) => !used.has(name))).toEqual([]);
    expect(new Set(model.intents.map((i) => i.name)).size).toBe(model.intents.length);
  });

  it('uses no sample twice, within or across intents', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [intent, sample] of samples) {
      const key = normalize(sample).replace(/\{(\w+)\}/g, (_, slot: string) => `{${slotType(intent, slot)}}`);
      if (seen.has(key)) duplicates.push(`${sample} (${seen.get(key)} and ${intent})`);
      seen.set(key, intent);
    }
    expect(duplicates).toEqual([]);
  });

  it('defines every custom slot type it uses, with values', () => {
    for (const intent of model.intents) {
      for (const slot of intent.slots ?? []) {
        if (slot.type.startsWith('AMAZON.')) continue;
        expect(model.types?.find((t) => t.name === slot.type)?.values.length ?? 0).toBeGreaterThan(0);
      }
    }
  });

  it('declares every slot a sample uses, and uses every slot it declares', () => {
    for (const intent of model.intents) {
      const declared = (intent.slots ?? []).map((s) => s.name).sort();
      const used = [...new Set(intent.samples.flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
      expect({ intent: intent.name, slots: used }).toEqual({ intent: intent.name, slots: declared });
    }
  });

  it('gives the training at least 15 varied samples, and one-shot forms', () => {
    const training = model.intents.find((i) => i.name === 'StartTrainingIntent');
    expect(training?.samples.length).toBeGreaterThanOrEqual(15);
    expect(resolver.invocationOf('Alexa, vraag bekkenbodem coach naar mijn training')).toEqual({
      kind: 'oneShot',
      utterance: 'mijn training',
    });
    expect(resolver.resolve('mijn training').intent).toBe('StartTrainingIntent');
  });

  it.each([
    ['Alexa, open bekkenbodem coach', { kind: 'launch' }],
    ['Alexa, start bekkenbodem coach', { kind: 'launch' }],
    ['Alexa, vraag bekkenbodem coach naar mijn voortgang', { kind: 'oneShot', request: 'mijn voortgang' }],
    ['vraag bekkenbodem coach over de bekkenbodem', { kind: 'oneShot', request: 'de bekkenbodem' }],
    ['Alexa, vraag bekkenbodem coach om mijn training te starten', undefined],
    ['Alexa, vraag bekkenbodem coach hoe gaat het', undefined],
    ['Alexa, begin bekkenbodem coach', undefined],
  ])('reads "%s" against the documented nl-NL invocation patterns', (phrase, expected) => {
    expect(documentedInvocation(phrase, model.invocationName)).toEqual(expected);
  });

  it('gives the built-in intents Dutch samples, where the model allows them', () => {
    const withoutSamples = ['AMAZON.FallbackIntent', 'AMAZON.NavigateHomeIntent'];
    for (const intent of model.intents.filter((i) => i.name.startsWith('AMAZON.') && !withoutSamples.includes(i.name))) {
      expect({ intent: intent.name, samples: intent.samples.length > 0 }).toEqual({ intent: intent.name, samples: true });
    }
    for (const required of [
      'AMAZON.HelpIntent',
      'AMAZON.StopIntent',
      'AMAZON.CancelIntent',
      'AMAZON.FallbackIntent',
      'AMAZON.YesIntent',
      'AMAZON.NoIntent',
    ]) {
      expect(model.intents.map((i) => i.name)).toContain(required);
    }
  });

  it('resolves Dutch number words and sends unmatched speech to the fallback', () => {
    expect(resolver.resolve('mijn startblok is vier seconden zes keer')).toEqual({
      intent: 'SetStartblokIntent',
      slots: { seconds: { value: '4' }, repetitions: { value: '6' } },
    });
    expect(resolver.resolve('ik lig')).toEqual({
      intent: 'StartTrainingIntent',
      slots: { position: { value: 'lig', canonical: 'liggend' } },
    });
    expect(resolver.resolve('wat is het weer in Utrecht')).toEqual({ intent: 'AMAZON.FallbackIntent', slots: {} });
  });

  it('has example phrases in skill.json that follow the documented nl-NL patterns, each request a sample of its intent word for word', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../skill-package/skill.json'), 'utf8'));
    const phrases: string[] = manifest.manifest.publishingInformation.locales['nl-NL'].examplePhrases;
    expect(phrases).toHaveLength(3);
    const read = phrases.map((phrase) => {
      const invocation = documentedInvocation(phrase, model.invocationName);
      if (invocation?.kind !== 'oneShot') return { phrase, kind: invocation?.kind };
      const exact = exactOnly.matchExactly(invocation.request);
      const isSample = model.intents.some((i) => i.name === exact?.intent && i.samples.includes(invocation.request));
      return { phrase, kind: 'oneShot', isSample };
    });
    expect(read[0]).toEqual({ phrase: phrases[0], kind: 'launch' });
    expect(read.slice(1)).toEqual(phrases.slice(1).map((phrase) => ({ phrase, kind: 'oneShot', isSample: true })));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../../tools/nlu/interactionModel';
import { normalize, Resolver } from '../../tools/nlu/resolve';

const model = loadModel();
const resolver = new Resolver(model);
const SAMPLE_VALUE = 'vier';

/** A sample with its slots filled: a number, or the first value of the slot's custom type. */
function fill(intentName: string, sample: string): string {
  const slots = model.intents.find((i) => i.name === intentName)?.slots ?? [];
  return sample.replace(/\{(\w+)\}/g, (_, name: string) => {
    const type = slots.find((s) => s.name === name)?.type;
    return model.types?.find((t) => t.name === type)?.values[0].name.value ?? SAMPLE_VALUE;
  });
}

describe('nl-NL interaction model', () => {
  it('has an invocation name Alexa accepts: lower case, two words or more, no launch or wake words', () => {
    const name = model.invocationName;
    expect(name).toBe('bekkenbodem coach');
    expect(name).toMatch(/^[a-z][a-z' .]*$/);
    expect(name.split(' ').length).toBeGreaterThanOrEqual(2);
    for (const banned of ['alexa', 'amazon', 'echo', 'computer', 'open', 'start', 'vraag', 'ask', 'launch', 'tell']) {
      expect(name.split(' ')).not.toContain(banned);
    }
  });

  const samples = model.intents.flatMap((intent) => intent.samples.map((sample) => [intent.name, sample] as const));

  it.each(samples)('%s: "%s" resolves to its own intent', (intent, sample) => {
    expect(resolver.resolve(fill(intent, sample)).intent).toBe(intent);
  });

  it('uses no sample twice, within or across intents', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [intent, sample] of samples) {
      const key = normalize(sample).replace(/\{\w+\}/g, '{}');
      if (seen.has(key)) duplicates.push(`${sample} (${seen.get(key)} and ${intent})`);
      seen.set(key, intent);
    }
    expect(duplicates).toEqual([]);
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
    expect(resolver.invocationOf('Alexa, vraag bekkenbodem coach om mijn training te starten')).toEqual({
      kind: 'oneShot',
      utterance: 'mijn training te starten',
    });
    expect(resolver.resolve('mijn training te starten').intent).toBe('StartTrainingIntent');
  });

  it('gives the built-in intents Dutch samples, where the model allows them', () => {
    const withoutSamples = ['AMAZON.FallbackIntent', 'AMAZON.NavigateHomeIntent'];
    for (const intent of model.intents.filter((i) => i.name.startsWith('AMAZON.') && !withoutSamples.includes(i.name))) {
      expect({ intent: intent.name, samples: intent.samples.length > 0 }).toEqual({ intent: intent.name, samples: true });
    }
    for (const required of ['AMAZON.HelpIntent', 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.FallbackIntent', 'AMAZON.YesIntent', 'AMAZON.NoIntent']) {
      expect(model.intents.map((i) => i.name)).toContain(required);
    }
  });

  it('resolves Dutch number words and sends unmatched speech to the fallback', () => {
    expect(resolver.resolve('mijn startblok is vier seconden zes keer')).toEqual({
      intent: 'SetStartblokIntent',
      slots: { seconds: '4', repetitions: '6' },
    });
    expect(resolver.resolve('wat is het weer in Utrecht')).toEqual({ intent: 'AMAZON.FallbackIntent', slots: {} });
  });

  it('has example phrases in skill.json that are real sample utterances', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../skill-package/skill.json'), 'utf8'));
    const phrases: string[] = manifest.manifest.publishingInformation.locales['nl-NL'].examplePhrases;
    expect(phrases).toHaveLength(3);
    for (const phrase of phrases) {
      const invocation = resolver.invocationOf(phrase);
      expect(invocation.kind).not.toBe('none');
      if (invocation.kind === 'oneShot') expect(resolver.resolve(invocation.utterance).intent).not.toBe('AMAZON.FallbackIntent');
    }
  });
});

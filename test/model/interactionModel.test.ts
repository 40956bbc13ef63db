import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelIntent } from '../../tools/nlu/interactionModel';
import { loadModel } from '../../tools/nlu/interactionModel';
import { documentedInvocation, Resolver } from '../../tools/nlu/resolve';

const model = loadModel();
const resolver = new Resolver(model);
const exactOnly = new Resolver(model, { classifier: false });
const sorted = (slots: Record<string, string>) => Object.entries(slots).sort(([a], [b]) => a.localeCompare(b));

/** What Alexa could hear in a slot of this type, and the value it resolves to (a number's digits, a custom type's value). */
function slotWords(type: string): readonly { word: string; value: string }[] {
  if (type === 'AMAZON.NUMBER') return [{ word: 'vier', value: '4' }];
  if (type === 'AMAZON.TIME') return [{ word: 'acht uur', value: '08:00' }];
  const custom = model.types?.find((t) => t.name === type);
  if (!custom) throw new Error(`slot type ${type} is not defined`);
  return custom.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])].map((word) => ({ word, value: v.name.value })));
}

const PM_BEFORE = /(middag|middags|avond|avonds) om $/;

/**
 * Every sample of the intent once, its slots filled in turn with every word of their type
 * (synonyms too): samples are repeated only while a slot still has words that were not used.
 */
function* spoken(intent: ModelIntent): Generator<{ utterance: string; slots: Record<string, string> }> {
  const options = new Map((intent.slots ?? []).map((s) => [s.name, slotWords(s.type)]));
  const used = new Map<string, number>();
  const slotsIn = new Set(intent.samples.flatMap((sample) => [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')));
  const wordsLeft = () => [...slotsIn].some((slot) => (used.get(slot) ?? 0) < (options.get(slot)?.length ?? 0));
  for (let i = 0; i < intent.samples.length || wordsLeft(); i++) {
    const slots: Record<string, string> = {};
    const utterance = (intent.samples[i % intent.samples.length] ?? '').replace(
      /\{(\w+)\}/g,
      (_, slot: string, at: number, sample: string) => {
        const heard = options.get(slot) ?? [];
        const n = used.get(slot) ?? 0;
        used.set(slot, n + 1);
        const fill = heard[n % heard.length];
        if (!fill) throw new Error(`${intent.name} uses {${slot}}, which it does not declare`);
        // "elke avond om acht uur" is 20:00: an afternoon or evening just before the clock makes it pm.
        slots[slot] = fill.value === '08:00' && PM_BEFORE.test(sample.slice(0, at)) ? '20:00' : fill.value;
        return fill.word;
      },
    );
    yield { utterance, slots };
  }
}

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

  it('resolves every sample to its own intent, with the values put in its slots', () => {
    // One test for all ~9,400 samples: a list of what goes wrong says more than thousands of rows.
    const mismatches: string[] = [];
    let heard = 0;
    for (const intent of model.intents) {
      for (const { utterance, slots } of spoken(intent)) {
        heard += 1;
        const resolved = resolver.resolve(utterance);
        // Overlapping synonyms ("snelle", "snelle oefening") may take more or fewer words: the value counts.
        const values = Object.fromEntries(Object.entries(resolved.slots).map(([name, fill]) => [name, fill.canonical ?? fill.value]));
        if (resolved.intent !== intent.name || JSON.stringify(sorted(values)) !== JSON.stringify(sorted(slots))) {
          mismatches.push(`${intent.name} ${JSON.stringify(slots)}: "${utterance}" -> ${resolved.intent} ${JSON.stringify(values)}`);
        }
      }
    }
    expect(heard).toBeGreaterThanOrEqual(model.intents.reduce((n, i) => n + i.samples.length, 0));
    expect(mismatches).toEqual([]);
  });

  it('gives every custom intent samples of its own', () => {
    for (const intent of model.intents.filter((i) => !i.name.startsWith('AMAZON.'))) {
      expect({ intent: intent.name, atLeastThree: intent.samples.length >= 3 }).toEqual({ intent: intent.name, atLeastThree: true });
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

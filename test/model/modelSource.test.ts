import { readFileSync } from 'node:fs';
import { MODEL_PATH } from '../../tools/nlu/interactionModel';
import { normalize } from '../../tools/nlu/resolve';
import { buildModel, FALLBACK_SENSITIVITY, INTENT_NAMES_PATH, renderIntentNames, renderModel } from '../../tools/model/build';
import { LIMITS, SAMPLE_FORMAT } from '../../tools/model/limits';

const model = buildModel();
const language = model.interactionModel.languageModel;
const samples = language.intents.flatMap((intent) => intent.samples.map((sample) => ({ intent, sample })));

describe('the interaction model source (tools/model)', () => {
  it('is what skill-package holds: run `npm run model` after changing a template', () => {
    expect(readFileSync(MODEL_PATH, 'utf8') === renderModel(model)).toBe(true);
  });

  it("gives the skill the model's intent names as a type (lambda/skill/intentNames.ts): run `npm run model`", () => {
    expect(readFileSync(INTENT_NAMES_PATH, 'utf8')).toBe(renderIntentNames(model));
  });

  it("stays within Alexa's limits", () => {
    const slotValues = language.types.reduce((n, t) => n + t.values.reduce((m, v) => m + 1 + (v.name.synonyms?.length ?? 0), 0), 0);
    const valueWords = language.types.flatMap((t) => t.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]));
    expect({
      intents: language.intents.length <= LIMITS.intents,
      intentsAndSlotTypes: language.intents.length + language.types.length <= LIMITS.intentsAndSlotTypes,
      longestSlotValue: Math.max(...valueWords.map((w) => w.length)) <= LIMITS.slotValueCharacters,
      slots: language.intents.reduce((n, i) => n + (i.slots?.length ?? 0), 0) <= LIMITS.slots,
      slotTypeValues: slotValues <= LIMITS.slotTypeValues,
      longestSample: Math.max(...samples.map((s) => s.sample.length)) <= LIMITS.sampleCharacters,
      totalSampleCharacters: samples.reduce((n, s) => n + s.sample.length, 0) <= LIMITS.totalSampleCharacters,
      modelBytes: Buffer.byteLength(renderModel(model)) <= LIMITS.modelBytes,
    }).toEqual({
      intents: true,
      intentsAndSlotTypes: true,
      longestSlotValue: true,
      slots: true,
      slotTypeValues: true,
      longestSample: true,
      totalSampleCharacters: true,
      modelBytes: true,
    });
  });

  it('writes samples only with characters Alexa accepts: no digits, no punctuation but apostrophes and abbreviation periods', () => {
    expect(samples.filter((s) => !SAMPLE_FORMAT.test(s.sample) || /\d/.test(s.sample)).map((s) => s.sample)).toEqual([]);
  });

  it("names each slot at most once in a sample: Alexa's request holds one value per slot", () => {
    const twice = samples.filter((s) => {
      const named = [...s.sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      return new Set(named).size !== named.length;
    });
    expect(twice.map((s) => s.sample)).toEqual([]);
  });

  it('has no sample twice, within an intent or across two, not even one that differs only in case or accents', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { intent, sample } of samples) {
      const typed = normalize(sample).replace(
        /\{(\w+)\}/g,
        (_, slot: string) => `{${intent.slots?.find((s) => s.name.toLowerCase() === slot)?.type}}`,
      );
      const other = seen.get(typed);
      if (other) duplicates.push(`"${sample}" in ${other} and ${intent.name}`);
      seen.set(typed, intent.name);
    }
    expect(duplicates).toEqual([]);
  });

  it('declares every slot a sample uses and uses every slot it declares; every slot type is defined, used and has values', () => {
    for (const intent of language.intents) {
      const used = new Set(intent.samples.flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));
      expect({ intent: intent.name, slots: [...used].sort() }).toEqual({
        intent: intent.name,
        slots: (intent.slots ?? []).map((s) => s.name).sort(),
      });
    }
    const typesUsed = new Set(language.intents.flatMap((i) => (i.slots ?? []).map((s) => s.type)).filter((t) => !t.startsWith('AMAZON.')));
    expect([...typesUsed].sort()).toEqual(language.types.map((t) => t.name).sort());
    expect(language.types.filter((t) => t.values.length === 0).map((t) => t.name)).toEqual([]);
  });

  it('defines no intent twice', () => {
    const names = language.intents.map((i) => i.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('sets the fallback sensitivity deliberately', () => {
    expect(['LOW', 'MEDIUM', 'HIGH']).toContain(FALLBACK_SENSITIVITY);
    expect(language.modelConfiguration.fallbackIntentSensitivity.level).toBe(FALLBACK_SENSITIVITY);
  });
});

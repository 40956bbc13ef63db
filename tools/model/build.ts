import { join } from 'node:path';
import { expandAll } from './expand';
import type { IntentFamily } from './source';
import { family as alarm } from './intents/alarm';
import { family as care } from './intents/care';
import { family as training } from './intents/training';
import { family as startblok } from './intents/startblok';
import { family as exercises } from './intents/exercises';
import { family as progress } from './intents/progress';
import { family as reminders } from './intents/reminders';
import { family as privacy } from './intents/privacy';
import { family as advice } from './intents/advice';
import { family as selfTest } from './intents/selfTest';
import { family as explain } from './intents/explain';
import { family as builtins } from './intents/builtins';
import { family as outOfDomain } from './intents/outOfDomain';

/**
 * The order the intents appear in the model. Alexa does not care; our exact resolver tries
 * samples with slots in this order, so the alarm signals come first and the built-ins last, then
 * the out-of-domain samples of AMAZON.FallbackIntent.
 */
export const FAMILIES: readonly IntentFamily[] = [
  alarm,
  care,
  training,
  startblok,
  exercises,
  progress,
  reminders,
  privacy,
  advice,
  selfTest,
  explain,
  builtins,
  outOfDomain,
];

/**
 * How readily Alexa sends an utterance to AMAZON.FallbackIntent instead of the nearest intent:
 * LOW (the default), MEDIUM or HIGH (modelConfiguration.fallbackIntentSensitivity.level,
 * https://developer.amazon.com/en-US/docs/alexa/smapi/interaction-model-schema.html and
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/standard-built-in-intents.html#adjust-sensitivity).
 * Amazon's SMAPI model: "By default, the sensitivity level of the skill is set to 'LOW'. As the
 * sensitivity level for a skill is increased, more customer utterances that are not supported by
 * the skill will be captured by AMAZON.FallbackIntent" (alexa/alexa-apis-for-python,
 * ask_smapi_model/v1/skill/interaction_model/fallback_intent_sensitivity_level.py). A 2018
 * third-party validator accepted the setting for English and German only, from when the
 * FallbackIntent itself was; whether an nl-NL build takes it is to be seen on the first deploy
 * (README, Deploy).
 * MEDIUM: the samples now cover everyday phrasings broadly, so in-domain requests need less
 * benefit of the doubt, while off-topic speech ("wat voor weer wordt het") must not start a
 * training or, worse, be taken for a medical answer; the fallback then says what the skill can
 * do. HIGH would also throw away the sloppier in-domain phrasings that older users use, and
 * being misunderstood mid-exercise costs more than one "sorry, wat zei je?".
 */
export const FALLBACK_SENSITIVITY = 'MEDIUM';

export const INVOCATION_NAME = 'bekkenbodem coach';

export interface InteractionModelJson {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly modelConfiguration: { readonly fallbackIntentSensitivity: { readonly level: string } };
      readonly intents: readonly { name: string; slots?: { name: string; type: string }[]; samples: string[] }[];
      readonly types: readonly { name: string; values: { name: { value: string; synonyms?: string[] } }[] }[];
    };
  };
}

/** The nl-NL interaction model, built from the family sources: the same input, the same bytes. */
export function buildModel(families: readonly IntentFamily[] = FAMILIES): InteractionModelJson {
  const intents = families
    .flatMap((f) => f.intents)
    .map((intent) => ({
      name: intent.name,
      ...(intent.slots && intent.slots.length > 0 ? { slots: intent.slots.map((s) => ({ name: s.name, type: s.type })) } : {}),
      samples: expandAll(intent.templates),
    }));
  const types = families
    .flatMap((f) => f.types ?? [])
    .map((type) => ({
      name: type.name,
      values: type.values.map((v) => ({
        name: { value: v.value, ...(v.synonyms && v.synonyms.length > 0 ? { synonyms: [...v.synonyms] } : {}) },
      })),
    }));
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        modelConfiguration: { fallbackIntentSensitivity: { level: FALLBACK_SENSITIVITY } },
        intents,
        types,
      },
    },
  };
}

export const renderModel = (model: InteractionModelJson = buildModel()): string => `${JSON.stringify(model, null, 2)}\n`;

export const INTENT_NAMES_PATH = join(__dirname, '..', '..', 'lambda', 'skill', 'intentNames.ts');

/**
 * The model's intent names as a TypeScript union for the skill (lambda/skill/intentNames.ts),
 * written by `npm run model` beside the JSON, so a handler can name only an intent the model has.
 */
export function renderIntentNames(model: InteractionModelJson = buildModel()): string {
  const names = model.interactionModel.languageModel.intents.map((intent) => intent.name);
  return [
    '// Written by `npm run model` from tools/model/intents/: do not edit. test/model/modelSource.test.ts checks it.',
    '',
    '/** Every intent of the nl-NL interaction model, built-ins included. */',
    'export const MODEL_INTENTS = [',
    ...names.map((name) => `  '${name}',`),
    '] as const;',
    '',
    'export type IntentName = (typeof MODEL_INTENTS)[number];',
    '',
  ].join('\n');
}

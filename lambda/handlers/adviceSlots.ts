import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { Habit, InfoTopic } from '../domain/advice';

/**
 * A custom slot's canonical value: Alexa's entity resolution when it matched a value or a
 * synonym, else the words as heard (which then only count when they are a value's name).
 */
export function resolvedValue(input: HandlerInput, name: string): string | undefined {
  const slot = (input.requestEnvelope.request as IntentRequest).intent?.slots?.[name];
  const match = slot?.resolutions?.resolutionsPerAuthority?.find((a) => a.status?.code === 'ER_SUCCESS_MATCH');
  return match?.values?.[0]?.value?.name ?? slot?.value;
}

/** The HABIT slot type's value names (interaction model) and what each asks about. */
const HABIT_BY_NAME: Readonly<Record<string, Habit>> = {
  drinken: 'drink',
  plassen: 'pee',
  vezels: 'fibre',
  gewicht: 'weight',
  aandrang: 'urgency',
  tillen: 'lifting',
  hoesten: 'squeeze',
  onthouden: 'memory',
};

/** The INFO_TOPIC slot type's value names and their topics. */
const INFO_TOPIC_BY_NAME: Readonly<Record<string, InfoTopic>> = {
  bekkenbodem: 'pelvicFloor',
  trainen: 'whyTrain',
  fouten: 'mistakes',
  'goede spieren': 'checkMuscles',
  resultaat: 'results',
  mannen: 'men',
  bevalling: 'childbirth',
  'hulp zoeken': 'getHelp',
};

const lookUp = <T>(table: Readonly<Record<string, T>>, name: string | undefined): T | undefined =>
  name !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;

export function habitSlot(input: HandlerInput): Habit | undefined {
  return lookUp(HABIT_BY_NAME, resolvedValue(input, 'habit'));
}

export function infoTopicSlot(input: HandlerInput): InfoTopic | undefined {
  return lookUp(INFO_TOPIC_BY_NAME, resolvedValue(input, 'topic'));
}

/** For the model test: every value name the code understands. */
export const SLOT_VALUE_NAMES = { HABIT: Object.keys(HABIT_BY_NAME), INFO_TOPIC: Object.keys(INFO_TOPIC_BY_NAME) } as const;

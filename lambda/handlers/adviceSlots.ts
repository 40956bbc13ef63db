import type { HandlerInput } from 'ask-sdk-core';
import type { Habit, InfoTopic } from '../domain/advice';
import { customSlot, lookUp } from './slots';

/** A custom slot's canonical value, when Alexa's entity resolution matched one. */
function resolvedValue(input: HandlerInput, name: string): string | undefined {
  const slot = customSlot(input, name);
  return slot.kind === 'matched' ? slot.value : undefined;
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

export function habitSlot(input: HandlerInput): Habit | undefined {
  return lookUp(HABIT_BY_NAME, resolvedValue(input, 'habit'));
}

export function infoTopicSlot(input: HandlerInput): InfoTopic | undefined {
  return lookUp(INFO_TOPIC_BY_NAME, resolvedValue(input, 'topic'));
}

/** For the model test: every value name the code understands. */
export const SLOT_VALUE_NAMES = { HABIT: Object.keys(HABIT_BY_NAME), INFO_TOPIC: Object.keys(INFO_TOPIC_BY_NAME) } as const;

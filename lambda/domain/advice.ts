/**
 * What the skill can advise on, as ids: the words live in the resource file, the choice of
 * follow-up here. Content brief: "Toilet posture", "Lifestyle rules", "When to get help".
 */

/** The advice that comes as a short sequence, a few tips per answer. */
export const TIP_LISTS = ['toilet', 'lifestyle'] as const;
export type TipList = (typeof TIP_LISTS)[number];

/** Daily habits a specific question can ask about ("hoeveel moet ik drinken"). */
export const HABITS = ['drink', 'pee', 'fibre', 'weight', 'urgency', 'lifting', 'squeeze', 'memory'] as const;
export type Habit = (typeof HABITS)[number];

export const INFO_TOPICS = ['pelvicFloor', 'whyTrain', 'mistakes', 'checkMuscles', 'results', 'men', 'childbirth', 'getHelp'] as const;
export type InfoTopic = (typeof INFO_TOPICS)[number];

/**
 * What an answer offers next: the daily exercise, the self-test where complaints are the
 * subject, or the guided pelvic tilt after the toilet tips.
 */
export type FollowUp = 'exercise' | 'selfTest' | 'pelvicTilt';

export const TIP_LIST_FOLLOW_UP: Record<TipList, FollowUp> = {
  toilet: 'pelvicTilt',
  lifestyle: 'exercise',
};

export const INFO_FOLLOW_UP: Record<InfoTopic, FollowUp> = {
  pelvicFloor: 'exercise',
  whyTrain: 'exercise',
  mistakes: 'exercise',
  checkMuscles: 'exercise',
  results: 'exercise',
  men: 'exercise',
  childbirth: 'selfTest',
  getHelp: 'selfTest',
};

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

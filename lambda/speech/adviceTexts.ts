import type { Habit, InfoTopic, TipList } from '../domain/advice';
import type { TextKey } from './translator';

/**
 * Which resource texts say each piece of advice. Written out as full keys (never built from
 * parts), so the compiler and the resource-key test both see every one of them.
 */

/** A tip list in pages: each page is one answer, a few tips long. */
export const TIP_PAGES: Record<TipList, readonly (readonly TextKey[])[]> = {
  toilet: [
    ['toilet.takeTime', 'toilet.posture'],
    ['toilet.relax', 'toilet.letGo'],
    ['toilet.tilt', 'toilet.blow', 'toilet.tiltTogether'],
    ['toilet.move', 'toilet.afterMeals'],
    ['toilet.afterwards', 'toilet.paper', 'toilet.habits'],
  ],
  lifestyle: [
    ['lifestyle.drink', 'lifestyle.pee'],
    ['lifestyle.fibre', 'lifestyle.weight', 'lifestyle.urgency'],
    ['lifestyle.lifting', 'lifestyle.squeeze'],
    ['lifestyle.memory'],
  ],
};

export const TIP_LIST_TEXT: Record<TipList, { intro: TextKey; done: TextKey }> = {
  toilet: { intro: 'toilet.intro', done: 'toilet.done' },
  lifestyle: { intro: 'lifestyle.intro', done: 'lifestyle.done' },
};

export const HABIT_TEXT: Record<Habit, TextKey> = {
  drink: 'lifestyle.drink',
  pee: 'lifestyle.pee',
  fibre: 'lifestyle.fibre',
  weight: 'lifestyle.weight',
  urgency: 'lifestyle.urgency',
  lifting: 'lifestyle.lifting',
  squeeze: 'lifestyle.squeeze',
  memory: 'lifestyle.memory',
};

export const INFO_TEXT: Record<InfoTopic, TextKey> = {
  pelvicFloor: 'info.pelvicFloor',
  whyTrain: 'info.whyTrain',
  mistakes: 'info.mistakes',
  checkMuscles: 'info.checkMuscles',
  results: 'info.results',
  men: 'info.men',
  childbirth: 'info.childbirth',
  getHelp: 'info.getHelp',
};

/** The ten self-test questions in order (seed 002), one key each. */
export const SELF_TEST_QUESTIONS: readonly TextKey[] = [
  'selfTest.question1',
  'selfTest.question2',
  'selfTest.question3',
  'selfTest.question4',
  'selfTest.question5',
  'selfTest.question6',
  'selfTest.question7',
  'selfTest.question8',
  'selfTest.question9',
  'selfTest.question10',
];

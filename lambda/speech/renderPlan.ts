import type { Cue, ExerciseSet, Repetition, SessionPlan, Step } from '../domain/timeline';
import type { Speech } from './ssml';
import { join, say, silence, word } from './ssml';
import type { TextKey, Translate } from './translator';

/**
 * What one response may hold. Alexa's hard limits are 8000 characters and 240 s; we aim
 * well below (6000, 150 s) and keep room for the closing question the handler adds.
 */
export const SEGMENT_BUDGET = { seconds: 150, characters: 6000 } as const;
export const CLOSING_RESERVE = { seconds: 20, characters: 600 } as const;

export interface Segment {
  readonly speech: Speech;
  /** Repetition numbers inside this segment, first and last (1-based, inclusive). */
  readonly first: number;
  readonly last: number;
}

const SETTLE_SECONDS = 2;

export function numberWord(t: Translate, n: number): string {
  return t(`number.${n}` as TextKey);
}

/** A cue may open with a number word from the counting list, which is lower case. */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl-NL') + text.slice(1);
}

function cueText(cue: Cue, repetition: Repetition, t: Translate): string {
  return capitalised(cueSentence(cue, repetition, t));
}

function cueSentence(cue: Cue, repetition: Repetition, t: Translate): string {
  const last = repetition.of > 1 && repetition.number === repetition.of;
  const number = numberWord(t, repetition.number);
  switch (cue.id) {
    case 'contract':
      return last ? t('cue.contractLast') : t('cue.contract', { number });
    case 'quickContract':
      return last ? t('cue.quickContractLast') : t('cue.quickContract', { number });
    case 'relax':
      return t('cue.relax');
    case 'quickRelax':
      return t('cue.quickRelax');
    case 'measureContract':
      return t('cue.measureContract');
    case 'measureRelax':
      return t('cue.measureRelax');
  }
}

/** Counting aloud inside a hold: each number word starts a tick, its break fills the rest. */
function renderCount(upTo: number, everySeconds: number, t: Translate): Speech {
  const ticks: Speech[] = [];
  for (let n = 1; n <= upTo; n++) {
    const spoken = word(numberWord(t, n));
    ticks.push(spoken, silence(Math.max(0, everySeconds - spoken.seconds)));
  }
  return join(...ticks);
}

function renderStep(step: Step, repetition: Repetition, t: Translate): Speech {
  switch (step.type) {
    case 'cue':
      return say(cueText(step, repetition, t));
    case 'pause':
      return silence(step.seconds);
    case 'count':
      return renderCount(step.upTo, step.everySeconds, t);
  }
}

export function renderRepetition(repetition: Repetition, t: Translate): Speech {
  return join(...repetition.steps.map((step) => renderStep(step, repetition, t)));
}

export function renderSetIntro(set: ExerciseSet, t: Translate): Speech {
  const vars = { hold: set.holdSeconds, repetitions: set.repetitions.length };
  switch (set.kind) {
    case 'startblok':
      return join(say(t('set.startblokIntro', vars)), say(t('set.startblokPosture')), silence(SETTLE_SECONDS));
    case 'quick':
      return join(say(t('set.quickIntro', vars)), silence(SETTLE_SECONDS));
    case 'measureHold':
      return join(say(t('set.measureHoldIntro')), silence(SETTLE_SECONDS));
    case 'measureRepetitions':
      return join(say(t('set.measureRepetitionsIntro', vars)), silence(SETTLE_SECONDS));
  }
}

function fits(speech: Speech): boolean {
  return (
    speech.seconds + CLOSING_RESERVE.seconds <= SEGMENT_BUDGET.seconds &&
    speech.ssml.length + CLOSING_RESERVE.characters <= SEGMENT_BUDGET.characters
  );
}

/** Packs repetitions greedily: the fewest responses that keep each within budget. */
function greedySizes(intro: Speech, repetitions: readonly Speech[]): number[] {
  const sizes: number[] = [];
  let current = intro;
  let size = 0;
  for (const rendered of repetitions) {
    const grown = join(current, rendered);
    if (size > 0 && !fits(grown)) {
      sizes.push(size);
      current = rendered;
      size = 1;
    } else {
      current = grown;
      size += 1;
    }
  }
  sizes.push(size);
  return sizes;
}

/** The same number of responses, with rounds as even as possible (first ones one longer). */
function evenSizes(count: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(count / parts) + (i < count % parts ? 1 : 0));
}

function buildSegments(intro: Speech, repetitions: readonly Speech[], sizes: readonly number[]): Segment[] {
  let first = 1;
  return sizes.map((size, i) => {
    const speech = join(i === 0 ? intro : join(), ...repetitions.slice(first - 1, first - 1 + size));
    const segment = { speech, first, last: first + size - 1 };
    first += size;
    return segment;
  });
}

/**
 * Splits a set into responses at repetition boundaries: as few as fit the budget, with
 * rounds of even length where they still fit. A single repetition always fits: the
 * longest (10 s hold, 10 s rest and two cues) is far below budget.
 */
export function segmentSet(set: ExerciseSet, t: Translate): Segment[] {
  const intro = renderSetIntro(set, t);
  const repetitions = set.repetitions.map((repetition) => renderRepetition(repetition, t));
  const greedy = greedySizes(intro, repetitions);
  const even = buildSegments(intro, repetitions, evenSizes(repetitions.length, greedy.length));
  return even.every((segment) => fits(segment.speech)) ? even : buildSegments(intro, repetitions, greedy);
}

export function segmentPlan(plan: SessionPlan, t: Translate): Segment[][] {
  return plan.sets.map((set) => segmentSet(set, t));
}

import type { Startblok } from './startblok';
import { HOLD_SECONDS, REPETITIONS } from './startblok';
import type { ExerciseSet, Repetition, SessionPlan, SetKind, Step } from './timeline';
import { checkPlan } from './rules';

/** Quick contractions: a short firm squeeze, then a rest twice as long (leaflet 001, step 6). */
export const QUICK = { holdSeconds: 1, restSeconds: 2 } as const;

/** Short holds still get a few seconds of rest so the next cue is not rushed. */
const MIN_REST_SECONDS = 3;

export function restFor(holdSeconds: number): number {
  return Math.max(holdSeconds, MIN_REST_SECONDS);
}

const cue = (id: Extract<Step, { type: 'cue' }>['id'], effort: 'contract' | 'relax'): Step => ({
  type: 'cue',
  id,
  breath: effort === 'contract' ? 'exhale' : 'inhale',
  effort,
});

function repetitions(count: number, stepsOf: (number: number) => Step[]): Repetition[] {
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, of: count, steps: stepsOf(i + 1) }));
}

function holdAndRestSet(kind: SetKind, holdSeconds: number, restSeconds: number, count: number): ExerciseSet {
  const [contract, relax] = kind === 'quick' ? (['quickContract', 'quickRelax'] as const) : (['contract', 'relax'] as const);
  return {
    kind,
    holdSeconds,
    restSeconds,
    repetitions: repetitions(count, () => [
      cue(contract, 'contract'),
      { type: 'pause', kind: 'hold', seconds: holdSeconds },
      cue(relax, 'relax'),
      { type: 'pause', kind: 'rest', seconds: restSeconds },
    ]),
  };
}

/** The daily training: the startblok, then as many quick contractions. */
export function planStartblokTraining(startblok: Startblok): SessionPlan {
  return checkPlan({
    programme: 'startblokTraining',
    sets: [
      holdAndRestSet('startblok', startblok.holdSeconds, restFor(startblok.holdSeconds), startblok.repetitions),
      holdAndRestSet('quick', QUICK.holdSeconds, QUICK.restSeconds, startblok.repetitions),
    ],
  });
}

/** Step 1 of determining the startblok: one maximal squeeze while the coach counts to ten. */
export function planMeasureHold(): SessionPlan {
  return checkPlan({
    programme: 'measureHold',
    sets: [
      {
        kind: 'measureHold',
        holdSeconds: HOLD_SECONDS.max,
        restSeconds: 0,
        repetitions: repetitions(1, () => [
          cue('measureContract', 'contract'),
          { type: 'count', kind: 'hold', upTo: HOLD_SECONDS.max, everySeconds: 1 },
          cue('measureRelax', 'relax'),
        ]),
      },
    ],
  });
}

/** Step 2: repeat the measured hold as often as it works, at most the leaflet's maximum. */
export function planMeasureRepetitions(holdSeconds: number): SessionPlan {
  return checkPlan({
    programme: 'measureRepetitions',
    sets: [holdAndRestSet('measureRepetitions', holdSeconds, restFor(holdSeconds), REPETITIONS.max)],
  });
}

import type { Startblok } from './startblok';
import { HOLD_SECONDS, REPETITIONS } from './startblok';
import type { Position, SessionPlan } from './timeline';
import { checkPlan } from './rules';
import { PROGRAMME } from './progress';
import { holdAndRestSet, letGo, repetitions, restFor, squeeze } from './steps';

export { restFor } from './steps';

/** Quick contractions: a short firm squeeze, then a rest twice as long (leaflet 001, step 6). */
export const QUICK = { holdSeconds: 1, restSeconds: 2 } as const;

/** The daily training: the startblok, then as many quick contractions. */
export function planStartblokTraining(startblok: Startblok, position?: Position): SessionPlan {
  return checkPlan({
    programme: 'startblokTraining',
    sets: [
      holdAndRestSet({
        kind: 'startblok',
        contract: 'contract',
        relax: 'relax',
        holdSeconds: startblok.holdSeconds,
        restSeconds: restFor(startblok.holdSeconds),
        count: startblok.repetitions,
        position,
      }),
      holdAndRestSet({
        kind: 'quick',
        contract: 'quickContract',
        relax: 'quickRelax',
        holdSeconds: QUICK.holdSeconds,
        restSeconds: QUICK.restSeconds,
        count: startblok.repetitions,
      }),
    ],
  });
}

/** Maintenance after six months (leaflet 001): twice a week, 3 sets of 8-12 maximal squeezes. */
export function planMaintenance(startblok: Startblok): SessionPlan {
  const sets = PROGRAMME.maintenanceSets;
  return checkPlan({
    programme: 'maintenance',
    sets: Array.from({ length: sets }, (_, i) => ({
      ...holdAndRestSet({
        kind: 'maintenance',
        contract: 'contract',
        relax: 'relax',
        holdSeconds: startblok.holdSeconds,
        restSeconds: restFor(startblok.holdSeconds),
        count: startblok.repetitions,
      }),
      label: { number: i + 1, of: sets },
    })),
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
        restRule: 'atLeastHold',
        repetitions: repetitions(1, () => [
          squeeze('measureContract'),
          { type: 'count', kind: 'hold', upTo: HOLD_SECONDS.max, everySeconds: 1 },
          letGo('measureRelax'),
        ]),
      },
    ],
  });
}

/** Step 2: repeat the measured hold as often as it works, at most the leaflet's maximum. */
export function planMeasureRepetitions(holdSeconds: number): SessionPlan {
  return checkPlan({
    programme: 'measureRepetitions',
    sets: [
      holdAndRestSet({
        kind: 'measureRepetitions',
        contract: 'contract',
        relax: 'relax',
        holdSeconds,
        restSeconds: restFor(holdSeconds),
        count: REPETITIONS.max,
      }),
    ],
  });
}

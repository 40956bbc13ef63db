import type { Startblok } from './startblok';
import { HOLD_SECONDS, REPETITIONS } from './startblok';
import type { Position, SessionPlan, TechniqueTip } from './timeline';
import { checkPlan } from './rules';
import { PROGRAMME } from './progress';
import { holdAndRestSet, letGo, repetitions, restFor, squeeze } from './steps';

export { restFor } from './steps';

/** Quick contractions: a short firm squeeze, then a rest twice as long (leaflet 001, step 6). */
export const QUICK = { holdSeconds: 1, restSeconds: 2 } as const;

/**
 * One point of technique per set, rotating: the session's number (from the caller's
 * randomness) picks the first, each next set the next one, so a daily user keeps hearing all four.
 */
export const TECHNIQUE_TIPS: readonly TechniqueTip[] = ['inAndUp', 'buttocksLoose', 'noPushing', 'breatheOn'];

/** A tip index from a random number in [0, 1). */
export function tipFrom(random: number): number {
  return Math.min(TECHNIQUE_TIPS.length - 1, Math.max(0, Math.floor(random * TECHNIQUE_TIPS.length)));
}

/** The tip for the set at `setIndex`, or none when the caller chose none. */
export function techniqueFor(tip: number | undefined, setIndex: number): TechniqueTip | undefined {
  if (tip === undefined || !Number.isInteger(tip)) return undefined;
  const n = TECHNIQUE_TIPS.length;
  return TECHNIQUE_TIPS[(((tip + setIndex) % n) + n) % n];
}

/** The daily training: the startblok, then as many quick contractions. */
export function planStartblokTraining(startblok: Startblok & { readonly tip?: number }, position?: Position): SessionPlan {
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
        technique: techniqueFor(startblok.tip, 0),
      }),
      holdAndRestSet({
        kind: 'quick',
        contract: 'quickContract',
        relax: 'quickRelax',
        holdSeconds: QUICK.holdSeconds,
        restSeconds: QUICK.restSeconds,
        count: startblok.repetitions,
        technique: techniqueFor(startblok.tip, 1),
      }),
    ],
  });
}

/** Maintenance after six months (leaflet 001): twice a week, 3 sets of 8-12 maximal squeezes. */
export function planMaintenance(startblok: Startblok & { readonly tip?: number }): SessionPlan {
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
        technique: techniqueFor(startblok.tip, i),
      }),
      label: { number: i + 1, of: sets },
    })),
  });
}

/**
 * Before the first measurement: gentle squeezes to find the muscle (leaflet 001, oefening 2),
 * short and far from maximal, with rest as long as the hold.
 */
export const PRACTICE = { holdSeconds: 3, count: 2 } as const;

export function planMeasurePractice(count: number = PRACTICE.count): SessionPlan {
  return checkPlan({
    programme: 'measurePractice',
    sets: [
      holdAndRestSet({
        kind: 'practice',
        contract: 'practiceContract',
        relax: 'relax',
        holdSeconds: PRACTICE.holdSeconds,
        restSeconds: restFor(PRACTICE.holdSeconds),
        count,
      }),
    ],
  });
}

/** The number after which the count says "adem door": the squeeze is on, the breath not yet out. */
const COUNT_BREATH_AFTER = 2;

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
          squeeze('measureContract'),
          {
            type: 'count',
            kind: 'hold',
            upTo: HOLD_SECONDS.max,
            everySeconds: 1,
            cue: { id: 'countBreatheOn', afterNumber: COUNT_BREATH_AFTER },
          },
          letGo('measureRelax'),
        ]),
      },
    ],
  });
}

/**
 * Before the sphincter's endurance part: a counted trial at half strength instead of a cold
 * guess (seed 004: "zie hoe lang u dit kunt volhouden"); the user says how far the count got.
 */
export function planEnduranceTrial(): SessionPlan {
  return checkPlan({
    programme: 'enduranceTrial',
    sets: [
      {
        kind: 'enduranceTrial',
        holdSeconds: HOLD_SECONDS.max,
        restSeconds: 0,
        repetitions: repetitions(1, () => [
          squeeze('sphincterHalf'),
          {
            type: 'count',
            kind: 'hold',
            upTo: HOLD_SECONDS.max,
            everySeconds: 1,
            cue: { id: 'countBreatheOn', afterNumber: COUNT_BREATH_AFTER },
          },
          letGo('sphincterRelax'),
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

/**
 * A tense pelvic floor (article 000): relaxation first, and light strength only after some days
 * of it. Light means it: half strength, at most 5 s, a rest twice the hold to let go fully,
 * at most six times, and no quick contractions.
 */
export const LIGHT_STRENGTH = { relaxationDaysFirst: 4, maxHoldSeconds: 5, maxRepetitions: 6, restFactor: 2 } as const;

/** True once the user has done the relaxation on enough days to add light strength. */
export function lightStrengthDue(relaxationDays: number): boolean {
  return relaxationDays >= LIGHT_STRENGTH.relaxationDaysFirst;
}

export function planLightStrength(startblok: Startblok): SessionPlan {
  const holdSeconds = Math.min(startblok.holdSeconds, LIGHT_STRENGTH.maxHoldSeconds);
  return checkPlan({
    programme: 'lightStrength',
    sets: [
      holdAndRestSet({
        kind: 'light',
        contract: 'lightContract',
        relax: 'relax',
        holdSeconds,
        restSeconds: Math.max(restFor(holdSeconds), holdSeconds * LIGHT_STRENGTH.restFactor),
        count: Math.min(startblok.repetitions, LIGHT_STRENGTH.maxRepetitions),
      }),
    ],
  });
}

import type { SessionPlan, Step } from './timeline';
import { checkPlan } from './rules';
import { guide, hold, letGo, pause, repetitions, squeeze } from './steps';

/**
 * The lift (leaflet 004, article 000): up floor by floor on the exhale, breathing on from the
 * third floor, a short stay at the top (you cannot stay there long), down to the second floor
 * and hold there at about half strength, then floor by floor to the ground and let go.
 *
 * The whole ride is one contraction, so the rest after it is at least as long as the ride:
 * the pauses of the ride plus what the floors take to say (SPOKEN_RIDE_SECONDS, checked against
 * the real words by the speech layer's plan check).
 */
export const LIFT = {
  rounds: 3,
  floorSeconds: 1,
  topSeconds: 2,
  defaultSecondFloorSeconds: 4,
  /** The second floor is a lighter, sustained squeeze: shorter than the startblok hold. */
  secondFloor: { min: 2, max: 5 },
  spokenRideSeconds: 14,
  maxSilentRestSeconds: 10,
} as const;

/** About half the startblok hold, 2 to 5 s. */
export function secondFloorSeconds(startblokHoldSeconds: number): number {
  return Math.min(LIFT.secondFloor.max, Math.max(LIFT.secondFloor.min, Math.ceil(startblokHoldSeconds / 2)));
}

/**
 * The rest after a ride, in stretches of at most 10 s with a short word between them: a long
 * silence sounds as if the coach has gone, and a single break may not exceed 10 s.
 */
function restAfterRide(seconds: number): Step[] {
  const stretches = Math.ceil(seconds / LIFT.maxSilentRestSeconds);
  const base = Math.floor(seconds / stretches);
  return Array.from({ length: stretches }, (_, i) => {
    const stretch = pause('rest', base + (i < seconds - base * stretches ? 1 : 0));
    return i === 0 ? [stretch] : [guide('liftRest'), stretch];
  }).flat();
}

/** The image of the lift is explained the first time only. */
export function planLift(startblokHoldSeconds: number = LIFT.defaultSecondFloorSeconds, explain = false): SessionPlan {
  const second = secondFloorSeconds(startblokHoldSeconds);
  const ridePauses = 4 * LIFT.floorSeconds + LIFT.topSeconds + second;
  const rest = ridePauses + LIFT.spokenRideSeconds;
  return checkPlan({
    programme: 'lift',
    introduction: explain ? 'liftImage' : undefined,
    sets: [
      {
        kind: 'lift',
        holdSeconds: second,
        restSeconds: rest,
        repetitions: repetitions(LIFT.rounds, () => [
          squeeze('liftUp'),
          pause('hold', LIFT.floorSeconds),
          squeeze('liftSecond'),
          pause('hold', LIFT.floorSeconds),
          squeeze('liftThird'),
          pause('hold', LIFT.floorSeconds),
          squeeze('liftFourth'),
          pause('hold', LIFT.topSeconds),
          guide('liftDownToSecond'),
          hold(second),
          guide('liftDownToFirst'),
          pause('hold', LIFT.floorSeconds),
          letGo('liftGround'),
          ...restAfterRide(rest),
        ]),
      },
    ],
  });
}

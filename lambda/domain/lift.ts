import type { SessionPlan } from './timeline';
import { checkPlan } from './rules';
import { guide, letGo, pause, repetitions, restFor, squeeze } from './steps';

/**
 * The lift (leaflet 004, article 000): up floor by floor on the exhale, a short stay at the
 * top (you cannot stay there long), down to the second floor and hold there, then floor by
 * floor to the ground and let go completely.
 */
export const LIFT = {
  rounds: 3,
  floorSeconds: 1,
  topSeconds: 2,
  defaultSecondFloorSeconds: 4,
} as const;

/** The image of the lift is explained the first time only. */
export function planLift(secondFloorSeconds: number = LIFT.defaultSecondFloorSeconds, explain = false): SessionPlan {
  const top = Math.min(LIFT.topSeconds, secondFloorSeconds);
  return checkPlan({
    programme: 'lift',
    introduction: explain ? 'liftImage' : undefined,
    sets: [
      {
        kind: 'lift',
        holdSeconds: secondFloorSeconds,
        restSeconds: restFor(secondFloorSeconds),
        restRule: 'atLeastHold',
        repetitions: repetitions(LIFT.rounds, () => [
          squeeze('liftUp'),
          pause('hold', LIFT.floorSeconds),
          squeeze('liftSecond'),
          pause('hold', LIFT.floorSeconds),
          squeeze('liftThird'),
          pause('hold', LIFT.floorSeconds),
          squeeze('liftFourth'),
          pause('hold', top),
          guide('liftDownToSecond'),
          pause('hold', secondFloorSeconds),
          guide('liftDownToFirst'),
          pause('hold', LIFT.floorSeconds),
          letGo('liftGround'),
          pause('rest', restFor(secondFloorSeconds)),
        ]),
      },
    ],
  });
}

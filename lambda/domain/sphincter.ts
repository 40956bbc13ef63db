import type { ExerciseSet, SessionPlan } from './timeline';
import { checkPlan } from './rules';
import { HOLD_SECONDS } from './startblok';
import { holdAndRestSet, restFor } from './steps';

/**
 * The anal sphincter programme with the Maasstad leaflet's numbers (seed 004), but for one: the
 * leaflet rests "about 4 s" after its 5 s hold, and we rest at least as long as the hold, so 5 s.
 */
export const SPHINCTER = {
  strength: { holdSeconds: 5, count: 5 },
  endurance: { minRestSeconds: 10, count: 2 },
  speed: { holdSeconds: 1, restSeconds: 2, count: 5 },
} as const;

export type SphincterPart = 'strength' | 'endurance' | 'speed';
export const SPHINCTER_PARTS: readonly SphincterPart[] = ['strength', 'endurance', 'speed'];

/**
 * The strength hold grows (seed 004: "als de spieren sterker worden, merkt u dat u langer dan 5
 * seconden kunt vasthouden"): one second more each time the user says it is easy, up to 10 s.
 */
export function grownStrengthHold(current: number = SPHINCTER.strength.holdSeconds): number {
  return Math.min(HOLD_SECONDS.max, Math.max(SPHINCTER.strength.holdSeconds, current) + 1);
}

function partSet(part: SphincterPart, enduranceHoldSeconds: number, strengthHoldSeconds: number): ExerciseSet {
  switch (part) {
    case 'strength':
      return holdAndRestSet({
        kind: 'sphincterStrength',
        contract: 'sphincterStrong',
        relax: 'sphincterRelax',
        holdSeconds: strengthHoldSeconds,
        restSeconds: restFor(strengthHoldSeconds),
        count: SPHINCTER.strength.count,
      });
    case 'endurance':
      return holdAndRestSet({
        kind: 'sphincterEndurance',
        contract: 'sphincterHalf',
        relax: 'sphincterRelax',
        holdSeconds: enduranceHoldSeconds,
        restSeconds: Math.max(SPHINCTER.endurance.minRestSeconds, enduranceHoldSeconds),
        count: SPHINCTER.endurance.count,
      });
    case 'speed':
      return holdAndRestSet({ kind: 'sphincterSpeed', contract: 'sphincterFast', relax: 'sphincterRelax', ...SPHINCTER.speed });
  }
}

export function planSphincter(
  parts: readonly SphincterPart[],
  enduranceHoldSeconds: number,
  strengthHoldSeconds: number = SPHINCTER.strength.holdSeconds,
  explain = true,
): SessionPlan {
  return checkPlan({
    programme: 'sphincter',
    introduction: explain ? 'sphincterLearning' : 'sphincterTechnique',
    sets: parts.map((part) => partSet(part, enduranceHoldSeconds, strengthHoldSeconds)),
  });
}

import type { ExerciseSet, SessionPlan } from './timeline';
import { checkPlan } from './rules';
import { holdAndRestSet } from './steps';

/** The anal sphincter programme with the Maasstad leaflet's own numbers (seed 004). */
export const SPHINCTER = {
  strength: { holdSeconds: 5, restSeconds: 4, count: 5 },
  endurance: { minRestSeconds: 10, count: 2 },
  speed: { holdSeconds: 1, restSeconds: 2, count: 5 },
} as const;

export type SphincterPart = 'strength' | 'endurance' | 'speed';
export const SPHINCTER_PARTS: readonly SphincterPart[] = ['strength', 'endurance', 'speed'];

function partSet(part: SphincterPart, enduranceHoldSeconds: number): ExerciseSet {
  switch (part) {
    case 'strength':
      // The leaflet's own rest: about 4 s after a 5 s hold.
      return holdAndRestSet({
        kind: 'sphincterStrength',
        contract: 'sphincterStrong',
        relax: 'sphincterRelax',
        ...SPHINCTER.strength,
        restRule: 'leaflet',
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

export function planSphincter(parts: readonly SphincterPart[], enduranceHoldSeconds: number): SessionPlan {
  return checkPlan({
    programme: 'sphincter',
    introduction: 'sphincterLearning',
    sets: parts.map((part) => partSet(part, enduranceHoldSeconds)),
  });
}

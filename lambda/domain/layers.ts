import type { SessionPlan, SetKind, CueId } from './timeline';
import { checkPlan } from './rules';
import { holdAndRestSet, restFor } from './steps';

/**
 * The three layers from the tai chi handout (003), built up as it does: the surface layer,
 * then surface and middle together, then all three ("de drie lagen samen activeren"). Each
 * contraction starts on the exhale; at the middle layer the buttocks are where people clench,
 * so its hold reminds them to stay loose.
 */
export const LAYERS = { repetitionsPerLayer: 2, defaultHoldSeconds: 4, maxHoldSeconds: 6 } as const;

const LAYER_CUES: readonly [SetKind, CueId, CueId][] = [
  ['layerSurface', 'layerSurface', 'breatheOn'],
  ['layerMiddle', 'layerMiddle', 'breatheOnLoose'],
  ['layerDeep', 'layerDeep', 'breatheOn'],
];

export function planLayers(holdSeconds: number = LAYERS.defaultHoldSeconds): SessionPlan {
  const hold = Math.min(holdSeconds, LAYERS.maxHoldSeconds);
  return checkPlan({
    programme: 'layers',
    introduction: 'layers',
    sets: LAYER_CUES.map(([kind, contract, holdCue]) =>
      holdAndRestSet({
        kind,
        contract,
        relax: 'relax',
        holdSeconds: hold,
        restSeconds: restFor(hold),
        count: LAYERS.repetitionsPerLayer,
        holdCue,
      }),
    ),
  });
}

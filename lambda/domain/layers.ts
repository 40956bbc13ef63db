import type { SessionPlan, SetKind, CueId } from './timeline';
import { checkPlan } from './rules';
import { holdAndRestSet, restFor } from './steps';

/** The three layers from the tai chi handout (003), each contraction starting on the exhale. */
export const LAYERS = { repetitionsPerLayer: 2, defaultHoldSeconds: 4, maxHoldSeconds: 6 } as const;

const LAYER_CUES: readonly [SetKind, CueId][] = [
  ['layerSurface', 'layerSurface'],
  ['layerMiddle', 'layerMiddle'],
  ['layerDeep', 'layerDeep'],
];

export function planLayers(holdSeconds: number = LAYERS.defaultHoldSeconds): SessionPlan {
  const hold = Math.min(holdSeconds, LAYERS.maxHoldSeconds);
  return checkPlan({
    programme: 'layers',
    introduction: 'layers',
    sets: LAYER_CUES.map(([kind, contract]) =>
      holdAndRestSet({ kind, contract, relax: 'relax', holdSeconds: hold, restSeconds: restFor(hold), count: LAYERS.repetitionsPerLayer }),
    ),
  });
}

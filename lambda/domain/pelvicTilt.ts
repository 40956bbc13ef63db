import { PlanRuleError } from './rules';

/**
 * The pelvic tilt on the toilet (seed 004): ten tilts, a hollow back on the inhale and a
 * round back on the exhale, then one slow breath out into the fist with belly and flanks
 * round. The breath keeps flowing throughout: every step is an inhale or an exhale, never a
 * held breath, and nothing asks to push.
 */
export type TiltCueId = 'hollowBack' | 'roundBack' | 'prepareBlow' | 'blowIntoFist' | 'letGo';

export interface TiltStep {
  readonly cue: TiltCueId;
  readonly breath: 'inhale' | 'exhale';
  /** The tilt this step belongs to, 1-based; absent for the breath into the fist. */
  readonly tilt?: number;
  /** The silence after the cue, for the movement and the breath. */
  readonly seconds: number;
}

export interface TiltPlan {
  readonly tilts: number;
  readonly steps: readonly TiltStep[];
}

export const PELVIC_TILT = { tilts: 10, breathSeconds: 3, blowSeconds: 4 } as const;

const BREATH_OF: Record<TiltCueId, TiltStep['breath']> = {
  hollowBack: 'inhale',
  roundBack: 'exhale',
  prepareBlow: 'inhale',
  blowIntoFist: 'exhale',
  letGo: 'inhale',
};

/** Every cue on its own breath, and a pause after each, so the breath is never held. */
export function checkTiltPlan(plan: TiltPlan): TiltPlan {
  plan.steps.forEach((step, index) => {
    if (step.breath !== BREATH_OF[step.cue]) {
      throw new PlanRuleError(`tilt step ${index}: ${step.cue} belongs on the ${BREATH_OF[step.cue]}`);
    }
    if (!(step.seconds > 0)) throw new PlanRuleError(`tilt step ${index}: no time to breathe`);
    const previous = plan.steps[index - 1];
    if (previous && previous.breath === step.breath) throw new PlanRuleError(`tilt step ${index}: two ${step.breath}s in a row`);
  });
  const rounds = plan.steps.filter((s) => s.cue === 'roundBack').length;
  if (rounds !== plan.tilts) throw new PlanRuleError(`${rounds} tilts instead of ${plan.tilts}`);
  return plan;
}

export function planPelvicTilt(): TiltPlan {
  const { tilts, breathSeconds, blowSeconds } = PELVIC_TILT;
  const tiltSteps = Array.from({ length: tilts }, (_, i): TiltStep[] => [
    { cue: 'hollowBack', breath: 'inhale', tilt: i + 1, seconds: breathSeconds },
    { cue: 'roundBack', breath: 'exhale', tilt: i + 1, seconds: breathSeconds },
  ]).flat();
  return checkTiltPlan({
    tilts,
    steps: [
      ...tiltSteps,
      // After the last exhale the next breath in comes first, then the slow breath out.
      { cue: 'prepareBlow', breath: 'inhale', seconds: breathSeconds },
      { cue: 'blowIntoFist', breath: 'exhale', seconds: blowSeconds },
      { cue: 'letGo', breath: 'inhale', seconds: breathSeconds },
    ],
  });
}

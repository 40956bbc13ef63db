import { checkPlan, PlanRuleError } from './rules';
import { guide, pause, repetitions } from './steps';
import type { Breath, CueId, SessionPlan, Step } from './timeline';

/**
 * The pelvic tilt on the toilet (seed 004): ten tilts, a hollow back on the inhale and a
 * round back on the exhale, then one slow breath out into the fist with belly and flanks
 * round. The breath keeps flowing throughout: every cue is an inhale or an exhale, never a
 * held breath, nothing is squeezed, and nothing asks to push. A session plan like every
 * other exercise: one set of ten repetitions, the breath into the fist closing the last.
 */
export const PELVIC_TILT = { tilts: 10, breathSeconds: 3, blowSeconds: 4 } as const;

type TiltCue = Extract<CueId, `tilt${string}`>;

const BREATH_OF: Record<TiltCue, Exclude<Breath, 'calm'>> = {
  tiltHollowBack: 'inhale',
  tiltRoundBack: 'exhale',
  tiltPrepareBlow: 'inhale',
  tiltBlowIntoFist: 'exhale',
  tiltLetGo: 'inhale',
};

const onItsBreath = (id: TiltCue, seconds: number): Step[] => [guide(id, BREATH_OF[id]), pause('breathe', seconds)];

/** Every cue on its own breath, a pause to breathe after each, the breath never held, ten tilts. */
export function checkTiltPlan(plan: SessionPlan): SessionPlan {
  const steps = plan.sets.flatMap((set) => set.repetitions.flatMap((repetition) => repetition.steps));
  let previous: Breath | undefined;
  steps.forEach((step, index) => {
    if (step.type !== 'cue') return;
    const expected = BREATH_OF[step.id as TiltCue];
    if (step.breath !== expected) throw new PlanRuleError(`tilt step ${index}: ${step.id} belongs on the ${expected}`);
    if (previous === step.breath) throw new PlanRuleError(`tilt step ${index}: two ${step.breath}s in a row`);
    previous = step.breath;
    const after = steps[index + 1];
    if (!(after?.type === 'pause' && after.seconds > 0)) throw new PlanRuleError(`tilt step ${index}: no time to breathe`);
  });
  const rounds = steps.filter((s) => s.type === 'cue' && s.id === 'tiltRoundBack').length;
  if (rounds !== PELVIC_TILT.tilts) throw new PlanRuleError(`${rounds} tilts instead of ${PELVIC_TILT.tilts}`);
  return checkPlan(plan);
}

export function planPelvicTilt(): SessionPlan {
  const { tilts, breathSeconds, blowSeconds } = PELVIC_TILT;
  return checkTiltPlan({
    programme: 'pelvicTilt',
    sets: [
      {
        kind: 'pelvicTilt',
        holdSeconds: 0,
        restSeconds: breathSeconds,
        repetitions: repetitions(tilts, (number) => [
          ...onItsBreath('tiltHollowBack', breathSeconds),
          ...onItsBreath('tiltRoundBack', breathSeconds),
          // After the last exhale the next breath in comes first, then the slow breath out.
          ...(number === tilts
            ? [
                ...onItsBreath('tiltPrepareBlow', breathSeconds),
                ...onItsBreath('tiltBlowIntoFist', blowSeconds),
                ...onItsBreath('tiltLetGo', breathSeconds),
              ]
            : []),
        ]),
      },
    ],
  });
}

import type { ExerciseSet, SessionPlan } from './timeline';
import { stepSeconds } from './timeline';
import { HOLD_SECONDS } from './startblok';

/** The clinical rules every plan obeys (content brief, "Breathing and timing rules"). */
export class PlanRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanRuleError';
  }
}

function checkSet(set: ExerciseSet, squeezeAllowed: boolean): void {
  for (const repetition of set.repetitions) {
    let longestHold = 0;
    let contracted = false;
    repetition.steps.forEach((step, index) => {
      const where = `${set.kind} repetition ${repetition.number} step ${index}`;
      if (step.type === 'cue') {
        if (step.effort === 'contract' && !squeezeAllowed) throw new PlanRuleError(`${where}: no squeezing in this programme`);
        if (step.effort === 'contract' && step.breath !== 'exhale') {
          throw new PlanRuleError(`${where}: contract only on the exhale`);
        }
        if (step.effort === 'relax' && step.breath !== 'inhale') {
          throw new PlanRuleError(`${where}: relax only on the inhale`);
        }
        if (step.effort === 'contract') contracted = true;
        if (step.effort === 'relax') contracted = false;
        return;
      }
      const seconds = stepSeconds(step);
      if (step.kind === 'hold') {
        if (!contracted) throw new PlanRuleError(`${where}: a hold needs a contraction first`);
        if (seconds > HOLD_SECONDS.max) throw new PlanRuleError(`${where}: hold above ${HOLD_SECONDS.max} s`);
        longestHold = Math.max(longestHold, seconds);
      } else if (step.kind === 'rest') {
        if (contracted) throw new PlanRuleError(`${where}: a rest needs letting go first`);
        if (set.restRule === 'atLeastHold' && seconds < longestHold) {
          throw new PlanRuleError(`${where}: rest ${seconds} s shorter than hold ${longestHold} s`);
        }
        longestHold = 0;
      }
    });
    if (contracted) throw new PlanRuleError(`${set.kind} repetition ${repetition.number}: ends without letting go`);
  }
}

/** Relaxation is for a tense pelvic floor, the tilt for the toilet: neither may ever ask for a squeeze. */
const SQUEEZE_FREE: ReadonlySet<string> = new Set(['relaxation', 'pelvicTilt']);

export function checkPlan(plan: SessionPlan): SessionPlan {
  plan.sets.forEach((set) => checkSet(set, !SQUEEZE_FREE.has(plan.programme)));
  return plan;
}

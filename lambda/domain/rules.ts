import type { ExerciseSet, SessionPlan, Step } from './timeline';
import { HOLD_SECONDS } from './startblok';

/** The clinical rules every plan obeys (content brief, "Breathing and timing rules"). */
export class PlanRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanRuleError';
  }
}

function checkSet(set: ExerciseSet): void {
  for (const repetition of set.repetitions) {
    let lastHold = 0;
    let sawContract = false;
    repetition.steps.forEach((step: Step, index: number) => {
      const where = `${set.kind} repetition ${repetition.number} step ${index}`;
      if (step.type === 'cue') {
        if (step.effort === 'contract' && step.breath !== 'exhale') {
          throw new PlanRuleError(`${where}: contract only on the exhale`);
        }
        if (step.effort === 'relax' && step.breath !== 'inhale') {
          throw new PlanRuleError(`${where}: relax only on the inhale`);
        }
        if (step.effort === 'contract') sawContract = true;
        return;
      }
      const seconds = step.type === 'pause' ? step.seconds : step.upTo * step.everySeconds;
      if (step.kind === 'hold') {
        if (!sawContract) throw new PlanRuleError(`${where}: a hold needs a contraction first`);
        if (seconds > HOLD_SECONDS.max) throw new PlanRuleError(`${where}: hold above ${HOLD_SECONDS.max} s`);
        lastHold = seconds;
      } else if (seconds < lastHold) {
        throw new PlanRuleError(`${where}: rest ${seconds} s shorter than hold ${lastHold} s`);
      }
    });
  }
}

export function checkPlan(plan: SessionPlan): SessionPlan {
  plan.sets.forEach(checkSet);
  return plan;
}

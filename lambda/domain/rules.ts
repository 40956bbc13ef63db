import type { Cue, CueId, ExerciseSet, Repetition, SessionPlan, Step } from './timeline';
import { BREATHING_CUE_FROM_SECONDS, stepSeconds } from './timeline';
import { HOLD_SECONDS } from './startblok';

/** The clinical rules every plan obeys (content brief, "Breathing and timing rules"). */
export class PlanRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanRuleError';
  }
}

/** The cues that tell the user to breathe on while the squeeze is held. */
export const BREATHING_CUES: ReadonlySet<CueId> = new Set<CueId>(['breatheOn', 'breatheOnLoose', 'countBreatheOn']);

/**
 * How long a cue takes to say, in this repetition. The domain knows no words, so it plans as if
 * cues took no time; the speech layer checks the plan again with what it really says.
 */
export type CueSeconds = (cue: Cue, repetition: Repetition) => number;

const SILENT: CueSeconds = () => 0;

function carriesBreathingCue(step: Step): boolean {
  if (step.type === 'pause') return step.cue !== undefined && BREATHING_CUES.has(step.cue);
  if (step.type === 'count') return step.cue !== undefined && BREATHING_CUES.has(step.cue.id);
  return false;
}

/**
 * A contraction lasts from the end of its first squeeze cue to the start of the cue that lets go:
 * every hold and every cue said in between (the floors of the lift) count. The rest lasts from
 * the end of that cue to the next squeeze. Returns both, in seconds, for each contraction.
 */
export function contractions(repetition: Repetition, cueSeconds: CueSeconds = SILENT): { contraction: number; rest?: number }[] {
  const found: { contraction: number; rest?: number }[] = [];
  let state: 'loose' | 'contracted' | 'resting' = 'loose';
  for (const step of repetition.steps) {
    const seconds = step.type === 'cue' ? cueSeconds(step, repetition) : stepSeconds(step);
    if (step.type === 'cue' && step.effort === 'contract') {
      if (state === 'contracted') found[found.length - 1].contraction += seconds;
      else found.push({ contraction: 0 });
      state = 'contracted';
    } else if (step.type === 'cue' && step.effort === 'relax') {
      if (state === 'contracted') found[found.length - 1].rest = 0;
      state = 'resting';
    } else if (state === 'contracted') {
      found[found.length - 1].contraction += seconds;
    } else if (state === 'resting') {
      const last = found[found.length - 1];
      if (last) last.rest = (last.rest ?? 0) + seconds;
    }
  }
  return found;
}

function checkSet(set: ExerciseSet, squeezeAllowed: boolean, cueSeconds: CueSeconds): void {
  for (const repetition of set.repetitions) {
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
        if (seconds >= BREATHING_CUE_FROM_SECONDS && !carriesBreathingCue(step)) {
          throw new PlanRuleError(`${where}: a hold of ${seconds} s needs a cue to breathe on`);
        }
      } else if (step.kind === 'rest' && contracted) {
        throw new PlanRuleError(`${where}: a rest needs letting go first`);
      }
    });
    if (contracted) throw new PlanRuleError(`${set.kind} repetition ${repetition.number}: ends without letting go`);
    // A repetition that ends at the release leaves its rest to the conversation (the user answers).
    for (const { contraction, rest } of contractions(repetition, cueSeconds)) {
      if (rest !== undefined && rest > 0 && rest + 0.0005 < contraction) {
        throw new PlanRuleError(
          `${set.kind} repetition ${repetition.number}: rest ${rest.toFixed(3)} s shorter than the contraction ${contraction.toFixed(3)} s`,
        );
      }
    }
  }
}

/** Relaxation is for a tense pelvic floor, the tilt for the toilet: neither may ever ask for a squeeze. */
const SQUEEZE_FREE: ReadonlySet<string> = new Set(['relaxation', 'pelvicTilt']);

/**
 * Checks every rule; `cueSeconds` adds what the cues take to say, so a contraction is measured
 * from cue to cue, speech included (the speech layer passes it, see renderPlan.ts).
 */
export function checkPlan(plan: SessionPlan, cueSeconds: CueSeconds = SILENT): SessionPlan {
  plan.sets.forEach((set) => checkSet(set, !SQUEEZE_FREE.has(plan.programme), cueSeconds));
  return plan;
}

import type { Breath, CueId, Effort, ExerciseSet, Pause, PauseKind, Position, Repetition, SetKind, Step, TechniqueTip } from './timeline';
import { BREATHING_CUE_FROM_SECONDS } from './timeline';

/** Building blocks every programme plans with, so no exercise has timing code of its own. */
export const squeeze = (id: CueId): Step => ({ type: 'cue', id, breath: 'exhale', effort: 'contract' });
export const letGo = (id: CueId): Step => ({ type: 'cue', id, breath: 'inhale', effort: 'relax' });
export const guide = (id: CueId, breath: Breath = 'calm', effort: Effort = 'none'): Step => ({ type: 'cue', id, breath, effort });
export const pause = (kind: PauseKind, seconds: number): Pause => ({ type: 'pause', kind, seconds });

/**
 * A hold: from 4 s on it carries a cue to breathe on, said a second in (a comfortable
 * out-breath lasts 3-5 s; a silent 6-10 s hold invites holding the breath, which pushes the
 * floor down). The pause keeps its length; the speech layer fits the cue inside it.
 */
export function hold(seconds: number, cue: CueId = 'breatheOn'): Pause {
  return seconds >= BREATHING_CUE_FROM_SECONDS ? { type: 'pause', kind: 'hold', seconds, cue } : pause('hold', seconds);
}

export function repetitions(count: number, stepsOf: (number: number) => Step[]): Repetition[] {
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, of: count, steps: stepsOf(i + 1) }));
}

/** Short holds still get a few seconds of rest so the next cue is not rushed. */
const MIN_REST_SECONDS = 3;

export function restFor(holdSeconds: number): number {
  return Math.max(holdSeconds, MIN_REST_SECONDS);
}

export interface HoldAndRest {
  readonly kind: SetKind;
  readonly contract: CueId;
  readonly relax: CueId;
  readonly holdSeconds: number;
  readonly restSeconds: number;
  readonly count: number;
  readonly position?: Position;
  /** The cue inside a hold of 4 s or more; "adem rustig door" unless a set needs its own. */
  readonly holdCue?: CueId;
  readonly technique?: TechniqueTip;
}

/** The common shape: squeeze on the exhale, hold, let go on the inhale, rest. */
export function holdAndRestSet(spec: HoldAndRest): ExerciseSet {
  return {
    kind: spec.kind,
    holdSeconds: spec.holdSeconds,
    restSeconds: spec.restSeconds,
    position: spec.position,
    technique: spec.technique,
    repetitions: repetitions(spec.count, () => [
      squeeze(spec.contract),
      hold(spec.holdSeconds, spec.holdCue),
      letGo(spec.relax),
      pause('rest', spec.restSeconds),
    ]),
  };
}

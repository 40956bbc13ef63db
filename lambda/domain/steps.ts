import type { Breath, CueId, Effort, ExerciseSet, Pause, PauseKind, Position, Repetition, SetKind, Step } from './timeline';

/** Building blocks every programme plans with, so no exercise has timing code of its own. */
export const squeeze = (id: CueId): Step => ({ type: 'cue', id, breath: 'exhale', effort: 'contract' });
export const letGo = (id: CueId): Step => ({ type: 'cue', id, breath: 'inhale', effort: 'relax' });
export const guide = (id: CueId, breath: Breath = 'calm', effort: Effort = 'none'): Step => ({ type: 'cue', id, breath, effort });
export const pause = (kind: PauseKind, seconds: number): Pause => ({ type: 'pause', kind, seconds });

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
  readonly restRule?: ExerciseSet['restRule'];
  readonly position?: Position;
}

/** The common shape: squeeze on the exhale, hold, let go on the inhale, rest. */
export function holdAndRestSet(spec: HoldAndRest): ExerciseSet {
  return {
    kind: spec.kind,
    holdSeconds: spec.holdSeconds,
    restSeconds: spec.restSeconds,
    restRule: spec.restRule ?? 'atLeastHold',
    position: spec.position,
    repetitions: repetitions(spec.count, () => [
      squeeze(spec.contract),
      pause('hold', spec.holdSeconds),
      letGo(spec.relax),
      pause('rest', spec.restSeconds),
    ]),
  };
}

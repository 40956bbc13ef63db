/**
 * The timeline a planner produces: what is said (as cue ids, never words) and the timed
 * silences between. Speech turns cue ids into Dutch and pauses into SSML breaks.
 */
export type Breath = 'exhale' | 'inhale' | 'calm';

/** What the muscles do during a cue. */
export type Effort = 'contract' | 'relax' | 'none';

export type CueId =
  | 'contract'
  | 'relax'
  | 'quickContract'
  | 'quickRelax'
  | 'measureContract'
  | 'measureRelax';

export interface Cue {
  readonly type: 'cue';
  readonly id: CueId;
  readonly breath: Breath;
  readonly effort: Effort;
}

/** hold: the muscles stay contracted; rest: everything loose. */
export type PauseKind = 'hold' | 'rest';

export interface Pause {
  readonly type: 'pause';
  readonly kind: PauseKind;
  readonly seconds: number;
}

/** A hold filled with counting aloud ("een ... twee ..."): the counted words fall inside it. */
export interface Count {
  readonly type: 'count';
  readonly kind: 'hold';
  readonly upTo: number;
  readonly everySeconds: number;
}

export type Step = Cue | Pause | Count;

export interface Repetition {
  readonly number: number;
  readonly of: number;
  readonly steps: readonly Step[];
}

export type SetKind = 'startblok' | 'quick' | 'measureHold' | 'measureRepetitions';

export interface ExerciseSet {
  readonly kind: SetKind;
  readonly holdSeconds: number;
  readonly restSeconds: number;
  readonly repetitions: readonly Repetition[];
}

export type ProgrammeId = 'startblokTraining' | 'measureHold' | 'measureRepetitions';

export interface SessionPlan {
  readonly programme: ProgrammeId;
  readonly sets: readonly ExerciseSet[];
}

export function stepSeconds(step: Step): number {
  switch (step.type) {
    case 'pause':
      return step.seconds;
    case 'count':
      return step.upTo * step.everySeconds;
    case 'cue':
      return 0;
  }
}

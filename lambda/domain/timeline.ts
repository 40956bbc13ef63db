/**
 * The timeline a planner produces: what is said (as cue ids, never words) and the timed
 * silences between. Speech turns cue ids into Dutch and pauses into SSML breaks.
 */
export type Breath = 'exhale' | 'inhale' | 'calm';

/** What the muscles do during a cue: squeeze, let go, or neither (ease down, breathe). */
export type Effort = 'contract' | 'relax' | 'none';

export type CueId =
  | 'contract'
  | 'relax'
  | 'quickContract'
  | 'quickRelax'
  | 'measureContract'
  | 'measureRelax'
  | 'liftUp'
  | 'liftSecond'
  | 'liftThird'
  | 'liftFourth'
  | 'liftDownToSecond'
  | 'liftDownToFirst'
  | 'liftGround'
  | 'liftRest'
  | 'sphincterStrong'
  | 'sphincterHalf'
  | 'sphincterFast'
  | 'sphincterRelax'
  | 'breatheIn'
  | 'breatheOut'
  | 'layerSurface'
  | 'layerMiddle'
  | 'layerDeep'
  | 'lightContract'
  | 'practiceContract'
  | 'breatheOn'
  | 'breatheOnLoose'
  | 'countBreatheOn'
  | 'tiltHollowBack'
  | 'tiltRoundBack'
  | 'tiltPrepareBlow'
  | 'tiltBlowIntoFist'
  | 'tiltLetGo';

export interface Cue {
  readonly type: 'cue';
  readonly id: CueId;
  readonly breath: Breath;
  readonly effort: Effort;
}

/** hold: the muscles stay contracted; rest: everything loose; breathe: a paced breath. */
export type PauseKind = 'hold' | 'rest' | 'breathe';

export interface Pause {
  readonly type: 'pause';
  readonly kind: PauseKind;
  readonly seconds: number;
  /**
   * A short cue said inside the pause, IN_PAUSE_CUE_LEAD_SECONDS after it starts ("adem rustig
   * door" in a hold): the silence around it is shortened, so the pause keeps its length.
   */
  readonly cue?: CueId;
}

/** How long into a pause its cue is said: the squeeze has started, the breath has not run out. */
export const IN_PAUSE_CUE_LEAD_SECONDS = 1;

/** A hold this long or longer carries a breathing cue: a comfortable out-breath lasts 3-5 s. */
export const BREATHING_CUE_FROM_SECONDS = 4;

/** A hold filled with counting aloud ("een ... twee ..."): the counted words fall inside it. */
export interface Count {
  readonly type: 'count';
  readonly kind: 'hold';
  readonly upTo: number;
  readonly everySeconds: number;
  /** Said right after this number word, inside its tick ("twee, adem door"). */
  readonly cue?: { readonly id: CueId; readonly afterNumber: number };
}

export type Step = Cue | Pause | Count;

export interface Repetition {
  readonly number: number;
  readonly of: number;
  readonly steps: readonly Step[];
}

export type SetKind =
  | 'startblok'
  | 'quick'
  | 'measureHold'
  | 'measureRepetitions'
  | 'lift'
  | 'sphincterStrength'
  | 'sphincterEndurance'
  | 'sphincterSpeed'
  | 'relaxation'
  | 'layerSurface'
  | 'layerMiddle'
  | 'layerDeep'
  | 'maintenance'
  | 'practice'
  | 'light'
  | 'enduranceTrial'
  | 'pelvicTilt';

export type Position = 'zittend' | 'staand' | 'liggend';

/** Every set rests at least as long as its hold (rules.ts checks it). */
export interface ExerciseSet {
  readonly kind: SetKind;
  readonly holdSeconds: number;
  readonly restSeconds: number;
  readonly repetitions: readonly Repetition[];
  /** Spoken once before the first repetition of the set. */
  readonly position?: Position;
  /** For programmes of several equal sets: "set 2 van 3". */
  readonly label?: { readonly number: number; readonly of: number };
  /** One point of technique said as the set starts, so it is heard in every session. */
  readonly technique?: TechniqueTip;
}

/** The points people drift from over months of training (review 2026-12-06, 1.2 and 2.5). */
export type TechniqueTip = 'inAndUp' | 'buttocksLoose' | 'noPushing' | 'breatheOn';

export type ProgrammeId =
  | 'startblokTraining'
  | 'measureHold'
  | 'measureRepetitions'
  | 'measurePractice'
  | 'enduranceTrial'
  | 'lift'
  | 'sphincter'
  | 'relaxation'
  | 'layers'
  | 'maintenance'
  | 'lightStrength'
  | 'pelvicTilt';

/** What to tell before the first set: an image or a way to learn the movement. */
export type Introduction = 'liftImage' | 'sphincterLearning' | 'sphincterTechnique' | 'layers';

export interface SessionPlan {
  readonly programme: ProgrammeId;
  readonly introduction?: Introduction;
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

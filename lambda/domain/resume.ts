import type { ExerciseProgramme, ProgrammeRequest } from './programme';
import type { SessionPlan, SetKind } from './timeline';

/**
 * Where an exercise stopped when Alexa closed the session (silence while lying down, a phone
 * call): which programme with its settings, which set, which round, and how many repetitions of
 * that set were done already. Exercise settings and counts only. Offered again on the next launch
 * the same day only; the next day is a fresh start. The unfinished set is never counted as done:
 * it is finished (and counted) only when its last round is played, and the repetitions already
 * recorded are not recorded twice.
 */
export interface ResumePoint {
  readonly request: ProgrammeRequest;
  /** The set that was under way. */
  readonly setIndex: number;
  /** The round of that set to play next. */
  readonly segmentIndex: number;
  /** Repetitions of that set already recorded when the session closed. */
  readonly repetitionsDone: number;
  /** The day it stopped. */
  readonly on: string;
}

/** A resume point from today; an older one is forgotten. */
export function resumableToday(point: ResumePoint | undefined, today: string): ResumePoint | undefined {
  return point !== undefined && point.on === today ? point : undefined;
}

export interface ResumeDescription {
  readonly programme: ExerciseProgramme;
  readonly setKind: SetKind;
  /** 1-based: "de tweede ronde". */
  readonly round: number;
  /** Nothing was done yet: the user was getting into position. */
  readonly atStart: boolean;
}

/** What the offer says about where the user was; undefined when the point does not fit the plan. */
export function describeResume(point: ResumePoint, plan: SessionPlan): ResumeDescription | undefined {
  const set = plan.sets[point.setIndex];
  if (set === undefined) return undefined;
  return {
    programme: point.request.programme,
    setKind: set.kind,
    round: point.segmentIndex + 1,
    atStart: point.setIndex === 0 && point.segmentIndex === 0,
  };
}

/** When the resumed set is finished: its repetitions, less those recorded before the session closed. */
export function repetitionsLeftToRecord(setRepetitions: number, alreadyRecorded: number): number {
  return Math.max(0, setRepetitions - alreadyRecorded);
}

import { daysBetween, PROGRAMME, weeksTraining } from './progress';

/**
 * Praise, encouragement, the check-in and the step to maintenance, decided by the training
 * actually done rather than by the calendar alone (coaching review 1.5 and 1.15). Only dates and
 * counts of training are used: never a symptom, and never the answer to "merk je verschil?".
 */
export interface TrainingRecord {
  /** The first startblok: the start of the six-month programme (progress.programmeStart). */
  readonly startedOn?: string;
  /** The last day with a completed exercise. */
  readonly lastTrainedOn?: string;
  /** Days with a completed exercise since the programme started. */
  readonly trainingDays?: number;
  /** Days of the last seven, today included, with any exercise (progress.activeDays). */
  readonly daysThisWeek: number;
}

export const ADHERENCE = {
  /** Two weeks without training is a break: the welcome says so, and nobody is told "goed bezig". */
  breakDays: 14,
  /** Praise is earned with training on at least three of the last seven days. */
  regularDaysPerWeek: 3,
  /**
   * "Merk je al verschil?": improvement shows after 3-6 weeks (seed 001), and complaints that
   * last more than a few weeks deserve a bekkenfysiotherapeut (seed 000). Asked in week 6 and
   * again in week 12, each once.
   */
  checkInWeeks: [6, 12],
  /** The check-in only makes sense after real training: about two weeks' worth of days. */
  checkInMinTrainingDays: 14,
  /**
   * Maintenance follows six months of training (seed 001), not six months of calendar: the
   * programme's days and training on at least half of them. Our reading of the leaflet.
   */
  maintenanceTrainingDays: 91,
} as const;

/** What a returning user hears before the offer, at most once a week. */
export type Cheer =
  /** Back after a break: said honestly, with how long it was. */
  | { readonly kind: 'afterBreak'; readonly weeks: number }
  /** Weeks 3-6 with regular training: improvement often shows now; do not give up. */
  | { readonly kind: 'weeks3to6' }
  /** Later in the programme with regular training: praise that was earned, and patience. */
  | { readonly kind: 'earned' }
  /** Training, but not regularly: how often helps, without praise. */
  | { readonly kind: 'regularity' };

/** Two weeks or more since the last training. */
export function onBreak(record: TrainingRecord, today: string): boolean {
  return record.lastTrainedOn !== undefined && daysBetween(record.lastTrainedOn, today) >= ADHERENCE.breakDays;
}

export function cheerFor(record: TrainingRecord, encouragedOn: string | undefined, today: string): Cheer | undefined {
  const { startedOn, lastTrainedOn } = record;
  if (lastTrainedOn !== undefined) {
    const away = daysBetween(lastTrainedOn, today);
    // Once per break: after it was said, the next word waits for training again.
    const saidThisBreak = encouragedOn !== undefined && encouragedOn > lastTrainedOn;
    if (onBreak(record, today)) return saidThisBreak ? undefined : { kind: 'afterBreak', weeks: Math.floor(away / 7) };
  }
  if (startedOn === undefined || daysBetween(startedOn, today) >= PROGRAMME.programmeDays) return undefined;
  const weeks = weeksTraining(startedOn, today);
  if (weeks < PROGRAMME.encourageFromWeek) return undefined;
  if (encouragedOn !== undefined && daysBetween(encouragedOn, today) < PROGRAMME.encourageEveryDays) return undefined;
  if (record.daysThisWeek < ADHERENCE.regularDaysPerWeek) return { kind: 'regularity' };
  return weeks <= 6 ? { kind: 'weeks3to6' } : { kind: 'earned' };
}

/** The check-in week that is due now (6 or 12), once each, after real training; else undefined. */
export function checkInDue(record: TrainingRecord, askedOn: string | undefined, today: string): number | undefined {
  const { startedOn } = record;
  if (startedOn === undefined || (record.trainingDays ?? 0) < ADHERENCE.checkInMinTrainingDays) return undefined;
  if (daysBetween(startedOn, today) >= PROGRAMME.programmeDays) return undefined;
  const weeks = weeksTraining(startedOn, today);
  const due = [...ADHERENCE.checkInWeeks].reverse().find((week) => weeks >= week);
  if (due === undefined) return undefined;
  const askedThisMilestone = askedOn !== undefined && daysBetween(startedOn, askedOn) >= due * 7;
  return askedThisMilestone ? undefined : due;
}

export type CheckInAnswer = 'yes' | 'no' | 'dontKnow';

/** After "Merk je al verschil?": keep going; or, when nothing changed, a bekkenfysiotherapeut (seed 000). */
export function checkInAdvice(answer: CheckInAnswer): 'keepGoing' | 'seeBekkenfysiotherapeut' | 'watch' {
  if (answer === 'yes') return 'keepGoing';
  return answer === 'no' ? 'seeBekkenfysiotherapeut' : 'watch';
}

/**
 * Maintenance is offered after six months of training done, and first the question whether the
 * complaints are gone; at most once per retest interval.
 */
export function maintenanceEarned(record: TrainingRecord, maintenance: boolean, lastOffered: string | undefined, today: string): boolean {
  const { startedOn } = record;
  if (maintenance || startedOn === undefined || daysBetween(startedOn, today) < PROGRAMME.programmeDays) return false;
  if ((record.trainingDays ?? 0) < ADHERENCE.maintenanceTrainingDays) return false;
  return lastOffered === undefined || daysBetween(lastOffered, today) >= PROGRAMME.retestEveryDays;
}

/** "Zijn je klachten weg?": yes -> maintenance; no -> keep training, and a bekkenfysiotherapeut. */
export function afterComplaintsQuestion(answer: CheckInAnswer): 'offerMaintenance' | 'keepTrainingAndSeeBekkenfysiotherapeut' {
  return answer === 'yes' ? 'offerMaintenance' : 'keepTrainingAndSeeBekkenfysiotherapeut';
}

/** How old a startblok is, as people say it: in weeks up to eight, then in whole months (two or more). */
export function startblokAge(setOn: string, today: string): { readonly unit: 'weeks' | 'months'; readonly count: number } {
  const days = daysBetween(setOn, today);
  if (days < 60) return { unit: 'weeks', count: Math.max(1, Math.floor(days / 7)) };
  return { unit: 'months', count: Math.floor(days / 30) };
}

/** The training record after a completed exercise today: one more training day, once a day. */
export function afterTraining(
  stored: { readonly lastTrainedOn?: string; readonly trainingDays?: number },
  today: string,
): { lastTrainedOn: string; trainingDays: number } {
  const days = stored.trainingDays ?? 0;
  return { lastTrainedOn: today, trainingDays: stored.lastTrainedOn === today ? days : days + 1 };
}

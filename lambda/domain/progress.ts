import type { Startblok } from './startblok';

/**
 * The coaching arc over months (leaflet 001): a startblok 4-6 times a day; once it reaches
 * 10 s x 8 or more, 8-12 contractions 3 times a day; after 6 months, maintenance twice a
 * week. Improvement is expected after 3-6 weeks and can take 6 months: do not give up.
 */
export const PROGRAMME = {
  targetHoldSeconds: 10,
  targetRepetitions: 8,
  startblokPhaseDaily: { min: 4, max: 6 },
  targetPhaseDaily: { min: 3, max: 3 },
  maintenancePerWeek: 2,
  maintenanceSets: 3,
  programmeDays: 182,
  retestEveryDays: 14,
  encourageFromWeek: 3,
  encourageEveryDays: 7,
} as const;

export type Phase = 'startblok' | 'target' | 'maintenance';

/**
 * The six-month programme starts with the first startblok: the oldest entry of the history,
 * which the history always keeps, so the date needs no field (and no write) of its own.
 */
export function programmeStart(history: readonly { readonly setOn: string }[] | undefined): string | undefined {
  return history?.[0]?.setOn;
}

export function reachesTarget(startblok: Startblok | undefined): boolean {
  return (
    startblok !== undefined && startblok.holdSeconds >= PROGRAMME.targetHoldSeconds && startblok.repetitions >= PROGRAMME.targetRepetitions
  );
}

export function phaseOf(startblok: Startblok | undefined, maintenance: boolean): Phase {
  if (maintenance) return 'maintenance';
  return reachesTarget(startblok) ? 'target' : 'startblok';
}

/** How often a day the advice says to train, for the phase the user is in. */
export function dailyAdvice(phase: Phase): { min: number; max: number } {
  return phase === 'target' ? PROGRAMME.targetPhaseDaily : PROGRAMME.startblokPhaseDaily;
}

/** Whole days from one ISO date to another (dates only, so no clock and no time zone here). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function weeksTraining(startedOn: string | undefined, today: string): number {
  return startedOn ? Math.floor(daysBetween(startedOn, today) / 7) : 0;
}

/** About every two weeks, a startblok is worth measuring again; asked at most that often. */
export function retestDue(setOn: string | undefined, lastOffered: string | undefined, today: string): boolean {
  if (!setOn || daysBetween(setOn, today) < PROGRAMME.retestEveryDays) return false;
  return !lastOffered || daysBetween(lastOffered, today) >= PROGRAMME.retestEveryDays;
}

export function maintenanceDue(startedOn: string | undefined, maintenance: boolean, today: string): boolean {
  return !maintenance && startedOn !== undefined && daysBetween(startedOn, today) >= PROGRAMME.programmeDays;
}

/** Which word of encouragement fits, at most once a week: the 3-6 week wait, or later. */
export function encouragement(
  startedOn: string | undefined,
  lastEncouraged: string | undefined,
  today: string,
): 'weeks3to6' | 'later' | undefined {
  const weeks = weeksTraining(startedOn, today);
  if (weeks < PROGRAMME.encourageFromWeek || daysBetween(startedOn as string, today) >= PROGRAMME.programmeDays) return undefined;
  if (lastEncouraged && daysBetween(lastEncouraged, today) < PROGRAMME.encourageEveryDays) return undefined;
  return weeks <= 6 ? 'weeks3to6' : 'later';
}

/** The history keeps the very first startblok and the most recent ones. */
export function appendHistory<T>(history: readonly T[] | undefined, entry: T, limit: number): T[] {
  const all = [...(history ?? []), entry];
  return all.length <= limit ? all : [all[0], ...all.slice(all.length - (limit - 1))];
}

/** Days of the last seven with any exercise, today included. */
export function activeDays(days: readonly { readonly [counter: string]: number | string }[]): number {
  return days.filter((day) => Object.entries(day).some(([key, value]) => key !== 'date' && typeof value === 'number' && value > 0)).length;
}

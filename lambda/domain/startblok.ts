/** A personal baseline: how long the user can hold a squeeze, and how often (leaflet 001). */
export interface Startblok {
  readonly holdSeconds: number;
  readonly repetitions: number;
}

export const HOLD_SECONDS = { min: 1, max: 10 } as const;
export const REPETITIONS = { min: 1, max: 12 } as const;

export type StartblokProblem =
  | 'holdMissing'
  | 'holdNotWhole'
  | 'holdTooShort'
  | 'holdTooLong'
  | 'repetitionsMissing'
  | 'repetitionsNotWhole'
  | 'repetitionsTooFew'
  | 'repetitionsTooMany';

export type Checked<T, P> = { ok: true; value: T } | { ok: false; problem: P };

export type HoldProblem = Extract<StartblokProblem, `hold${string}`>;
export type RepetitionsProblem = Extract<StartblokProblem, `repetitions${string}`>;

/** Never clamps: a value out of range is a problem the conversation must explain. */
export function checkHoldSeconds(value: number | undefined): Checked<number, HoldProblem> {
  if (value === undefined || Number.isNaN(value)) return { ok: false, problem: 'holdMissing' };
  if (!Number.isInteger(value)) return { ok: false, problem: 'holdNotWhole' };
  if (value < HOLD_SECONDS.min) return { ok: false, problem: 'holdTooShort' };
  if (value > HOLD_SECONDS.max) return { ok: false, problem: 'holdTooLong' };
  return { ok: true, value };
}

export function checkRepetitions(value: number | undefined): Checked<number, RepetitionsProblem> {
  if (value === undefined || Number.isNaN(value)) return { ok: false, problem: 'repetitionsMissing' };
  if (!Number.isInteger(value)) return { ok: false, problem: 'repetitionsNotWhole' };
  if (value < REPETITIONS.min) return { ok: false, problem: 'repetitionsTooFew' };
  if (value > REPETITIONS.max) return { ok: false, problem: 'repetitionsTooMany' };
  return { ok: true, value };
}

export function checkStartblok(holdSeconds: number | undefined, repetitions: number | undefined): Checked<Startblok, StartblokProblem> {
  const hold = checkHoldSeconds(holdSeconds);
  if (!hold.ok) return hold;
  const reps = checkRepetitions(repetitions);
  if (!reps.ok) return reps;
  return { ok: true, value: { holdSeconds: hold.value, repetitions: reps.value } };
}

/** A better result holds longer, or as long but more often. */
export function isImprovement(next: Startblok, previous: Startblok): boolean {
  return next.holdSeconds > previous.holdSeconds || (next.holdSeconds === previous.holdSeconds && next.repetitions > previous.repetitions);
}

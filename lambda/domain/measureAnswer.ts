import type { Checked, HoldProblem, RepetitionsProblem } from './startblok';
import { checkHoldSeconds, checkRepetitions } from './startblok';

/**
 * An answer to the measurement's questions ("tot hoeveel kon je vasthouden?", "hoe vaak lukte
 * het goed?"). Zero is an honest answer, not a mistake: the user could not feel or squeeze the
 * muscle (yet). Seed 001: most people learn it after a while, and a professional can help
 * (biofeedback). So zero never becomes a made-up startblok: nothing is stored, the user hears
 * reassurance, the muscle-finding tip and the advice to have a bekkenfysiotherapeut check it.
 */
export type MeasureAnswer<T, P> = Checked<T, P> | { readonly ok: false; readonly problem: 'nothingFelt' };

export function readMeasuredHold(value: number | undefined): MeasureAnswer<number, HoldProblem> {
  return value === 0 ? { ok: false, problem: 'nothingFelt' } : checkHoldSeconds(value);
}

export function readMeasuredRepetitions(value: number | undefined): MeasureAnswer<number, RepetitionsProblem> {
  return value === 0 ? { ok: false, problem: 'nothingFelt' } : checkRepetitions(value);
}

import fc from 'fast-check';
import { POSITION_ROTATION } from '../../lambda/domain/positions';
import type { ProgrammeRequest } from '../../lambda/domain/programme';
import { SPHINCTER_PARTS } from '../../lambda/domain/sphincter';
import { HOLD_SECONDS, REPETITIONS } from '../../lambda/domain/startblok';

/** Every value a programme request can take, as fast-check arbitraries (the whole domain, no samples). */
const hold = fc.integer({ min: HOLD_SECONDS.min, max: HOLD_SECONDS.max });

export const anyProgrammeRequest: fc.Arbitrary<ProgrammeRequest> = fc.oneof(
  fc.record({
    programme: fc.constant('startblokTraining' as const),
    holdSeconds: hold,
    repetitions: fc.integer({ min: REPETITIONS.min, max: REPETITIONS.max }),
    position: fc.constantFrom(...POSITION_ROTATION),
    tip: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    programme: fc.constant('lightStrength' as const),
    holdSeconds: hold,
    repetitions: fc.integer({ min: REPETITIONS.min, max: REPETITIONS.max }),
  }),
  fc.record({ programme: fc.constant('lift' as const), holdSeconds: hold, explain: fc.boolean() }),
  fc.record({
    programme: fc.constant('sphincter' as const),
    // Any non-empty selection of parts, always in the programme's own order.
    parts: fc.subarray([...SPHINCTER_PARTS], { minLength: 1 }),
    enduranceHoldSeconds: hold,
  }),
  fc.record({ programme: fc.constant('relaxation' as const) }),
  fc.record({ programme: fc.constant('layers' as const), holdSeconds: hold }),
);

/** All 120 startbloks, the space is small enough to walk completely. */
export function everyStartblok(): { holdSeconds: number; repetitions: number }[] {
  const all = [];
  for (let holdSeconds = HOLD_SECONDS.min; holdSeconds <= HOLD_SECONDS.max; holdSeconds++) {
    for (let repetitions = REPETITIONS.min; repetitions <= REPETITIONS.max; repetitions++) all.push({ holdSeconds, repetitions });
  }
  return all;
}

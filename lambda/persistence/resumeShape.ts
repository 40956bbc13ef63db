import * as v from 'valibot';
import { POSITION_ROTATION } from '../domain/positions';
import { SPHINCTER_PARTS } from '../domain/sphincter';
import { HOLD_SECONDS, REPETITIONS } from '../domain/startblok';

/**
 * The stored resume point (domain/resume.ts): an exercise's settings and where it stopped,
 * nothing else. Strict like the rest of the profile: a malformed point is simply dropped.
 */
const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const hold = whole(HOLD_SECONDS.min, HOLD_SECONDS.max);
const repetitions = whole(REPETITIONS.min, REPETITIONS.max);
const sphincterParts = v.pipe(v.array(v.picklist(SPHINCTER_PARTS)), v.minLength(1), v.maxLength(SPHINCTER_PARTS.length), v.readonly());

/** A running exercise as its small request (the same shape the dialog carries in the session). */
export const ProgrammeRequestSchema = v.variant('programme', [
  v.object({
    programme: v.literal('startblokTraining'),
    holdSeconds: hold,
    repetitions,
    position: v.picklist(POSITION_ROTATION),
    tip: v.optional(whole(0, 3)),
  }),
  v.object({ programme: v.literal('lift'), holdSeconds: hold, explain: v.boolean() }),
  v.object({ programme: v.literal('sphincter'), parts: sphincterParts, enduranceHoldSeconds: hold, explain: v.optional(v.boolean()) }),
  v.object({ programme: v.literal('relaxation') }),
  v.object({ programme: v.literal('layers'), holdSeconds: hold }),
  v.object({ programme: v.literal('maintenance'), holdSeconds: hold, repetitions, tip: v.optional(whole(0, 3)) }),
  v.object({ programme: v.literal('lightStrength'), holdSeconds: hold, repetitions }),
]);

export const ResumePointSchema = v.object({
  request: ProgrammeRequestSchema,
  setIndex: whole(0, 9),
  segmentIndex: whole(0, 99),
  repetitionsDone: whole(0, REPETITIONS.max),
  /** ISO date: offered again that day only. */
  on: v.string(),
});

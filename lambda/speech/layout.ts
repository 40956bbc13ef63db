import type { SessionPlan } from '../domain/timeline';
import { segmentPlan } from './renderPlan';
import { translatorFor } from './translator';

export interface SegmentSpan {
  /** Repetition numbers inside the segment, first and last (1-based, inclusive). */
  readonly first: number;
  readonly last: number;
}

/**
 * How a plan's sets are cut into responses, without the words: the flows need the count of
 * segments and the repetitions in each, which depend on how long the Dutch cues take.
 */
export function segmentLayout(plan: SessionPlan): readonly (readonly SegmentSpan[])[] {
  return segmentPlan(plan, translatorFor(undefined)).map((set) => set.map(({ first, last }) => ({ first, last })));
}

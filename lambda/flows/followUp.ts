import type { FollowUp } from '../domain/advice';
import type { OpenAnswer, Part } from '../skill/answer';
import { askText, prepend } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { storedStartblok } from './common';

const OFFERS = {
  training: () => askText('followUp.training', 'training.offerReprompt', { step: 'offerTraining' }),
  measure: () => askText('followUp.measure', 'launch.offerMeasureReprompt', { step: 'offerMeasure' }),
  selfTest: () => askText('selfTest.offer', 'selfTest.offerReprompt', { step: 'offerSelfTest' }),
  pelvicTilt: () => askText('tilt.offer', 'tilt.offerReprompt', { step: 'offerPelvicTilt' }),
} as const satisfies Record<string, () => OpenAnswer>;

/** The offer of an action related to what was just said; "ja" takes it (the step table). */
export function followUpOffer(ctx: FlowContext, followUp: FollowUp): OpenAnswer {
  // Without a startblok there is nothing to train yet: offer to determine it instead.
  const offer = followUp !== 'exercise' ? OFFERS[followUp] : storedStartblok(ctx) ? OFFERS.training : OFFERS.measure;
  return offer();
}

/** An answer, then the offer of a related action. */
export function askFollowUp(ctx: FlowContext, answer: readonly Part[], followUp: FollowUp): OpenAnswer {
  return prepend(answer, followUpOffer(ctx, followUp));
}

import type { Response } from 'ask-sdk-model';
import type { FollowUp } from '../domain/advice';
import type { Speech } from '../speech/ssml';
import { join, say } from '../speech/ssml';
import type { TextKey } from '../speech/translator';
import type { Dialog } from '../skill/dialog';
import type { Turn } from '../skill/turn';
import { storedStartblok } from './common';
import { ask } from '../skill/reply';

interface Offer {
  readonly text: TextKey;
  readonly reprompt: TextKey;
  readonly dialog: Dialog;
}

const OFFERS = {
  training: { text: 'followUp.training', reprompt: 'training.offerReprompt', dialog: { step: 'offerTraining' } },
  measure: { text: 'followUp.measure', reprompt: 'launch.offerMeasureReprompt', dialog: { step: 'offerMeasure' } },
  selfTest: { text: 'selfTest.offer', reprompt: 'selfTest.offerReprompt', dialog: { step: 'offerSelfTest' } },
  pelvicTilt: { text: 'tilt.offer', reprompt: 'tilt.offerReprompt', dialog: { step: 'offerPelvicTilt' } },
} as const satisfies Record<string, Offer>;

function offerFor(turn: Turn, followUp: FollowUp): Offer {
  if (followUp !== 'exercise') return OFFERS[followUp];
  // Without a startblok there is nothing to train yet: offer to determine it instead.
  return storedStartblok(turn) ? OFFERS.training : OFFERS.measure;
}

/** An answer, then the offer of a related action; "ja" takes it (see answers.ts). */
export function askFollowUp(turn: Turn, answer: Speech, followUp: FollowUp): Response {
  const offer = offerFor(turn, followUp);
  return ask(turn, join(answer, say(turn.t(offer.text))), say(turn.t(offer.reprompt)), offer.dialog);
}

import type { Answer } from '../skill/answer';
import { askText, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { inPassing, onlyInPassing } from './inPassing';
import { offerTraining } from './offer';

const offerRetest = () => askText('progress.easy', 'progress.retestReprompt', { step: 'offerRetest' });

/**
 * "Het is te makkelijk": a stronger floor, so offer to measure the startblok again. Said during
 * a training (mid-set, between the sets, getting ready) or at another open question, the
 * measurement is named for afterwards and that question comes back: a "nee" to measuring would
 * otherwise have dropped the training under way for a second startblok.
 */
export function tooEasy(ctx: FlowContext): Answer | Promise<Answer> {
  const profile = ctx.state.user?.profile;
  // A tense floor: relaxation that goes easily says nothing about strength, and a maximal squeeze is not its next step.
  if (profile?.focus === 'ontspanning') return inPassing(ctx, [text('progress.easyTense')], () => offerTraining(profile));
  return onlyInPassing(ctx, [text('progress.easyLater')], offerRetest);
}

import type { Answer } from '../skill/answer';
import { askText, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { inPassing, isOwed } from './inPassing';

const offerRetest = () => askText('progress.easy', 'progress.retestReprompt', { step: 'offerRetest' });

/**
 * "Het is te makkelijk": a stronger floor, so offer to measure the startblok again. Said during
 * a training (mid-set, between the sets, getting ready) or at another open question, the
 * measurement is named for afterwards and that question comes back: a "nee" to measuring would
 * otherwise have dropped the training under way for a second startblok.
 */
export function tooEasy(ctx: FlowContext): Answer | Promise<Answer> {
  if (isOwed(ctx)) return inPassing(ctx, [text('progress.easyLater')], offerRetest);
  return offerRetest();
}

import type { Answer } from '../skill/answer';
import { ask, prepend, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { activeDialog, answersOf } from '../skill/dialog';
import { ACTIONS } from './actions';
import { leave } from './leave';

/** After this many misses in a row the skill offers to stop; one more and it stops. */
export const MISSES_BEFORE_STOP_OFFER = 3;

/**
 * Words the skill did not understand, escalating: the first miss asks again, shorter, with an
 * example that fits the open question; the second says what can be said here and offers help;
 * the third offers to stop. The open question stays open throughout. Everything it says comes
 * from the step table; only handlers call it, so no flow depends on it.
 */
export async function repair(ctx: FlowContext): Promise<Answer> {
  const misses = ctx.state.misses + 1;
  const d = ctx.state.dialog;
  const open = activeDialog(d);
  ctx.state.misses = misses;
  if (d.step === 'offerStop' || misses > MISSES_BEFORE_STOP_OFFER)
    return { ...(await leave(ctx, [text('repair.givingUp')])), repair: true };
  if (misses === MISSES_BEFORE_STOP_OFFER) {
    return ask([text('repair.offerStop')], [text('question.offerStop')], { step: 'offerStop', resume: open }, { repair: true });
  }
  const answers = answersOf(open);
  const words = [text(misses === 2 ? answers.canSay : answers.retry)];
  // A step that words its own question (the self-test) repeats it after the repair.
  const again = answers.reask ? prepend(words, await ACTIONS[answers.reask](ctx, open)) : ask(words, [text(answers.question)], d);
  return { ...again, repair: true };
}

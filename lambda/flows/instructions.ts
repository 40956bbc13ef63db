import type { Answer } from '../skill/answer';
import { ask, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { activeDialog } from '../skill/dialog';
import { getReady } from './exercise';
import { startTraining } from './training';

/**
 * "Hoe moet het ook alweer": the full instructions once more, whatever the short start left
 * out. Waiting for "klaar": the full setup of that position. In the middle of a set: how to
 * breathe and squeeze, then on with it. Otherwise the training starts with the full setup.
 */
export async function instructions(ctx: FlowContext): Promise<Answer> {
  const d = activeDialog(ctx.state.dialog);
  if (d.step === 'getReady') return getReady(ctx, d.resume, true) ?? startTraining(ctx, undefined, true);
  if (d.step === 'exercise') return ask([{ breathing: true }, text('instructions.goOn')], [text('next.reprompt')], ctx.state.dialog);
  return startTraining(ctx, undefined, true);
}

import type { Answer, OpenAnswer, Part } from '../skill/answer';
import { prepend } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { activeDialog, answersOf } from '../skill/dialog';
import { reask } from './actions';

/** Is the open question owed an answer (a set under way, a number, the self-test, a decision)? */
export const isOwed = (ctx: FlowContext): boolean => answersOf(activeDialog(ctx.state.dialog)).owed;

/**
 * A fact, a tip or a care remark answered in passing: back to the open question where one is
 * owed (a set under way, a number asked for, the self-test, a decision the user is in the middle
 * of), so the quick contractions after a startblok are not traded for a new offer; else the
 * offer that fits what was said.
 */
export async function inPassing(ctx: FlowContext, said: readonly Part[], offer: () => OpenAnswer): Promise<Answer> {
  if (isOwed(ctx)) return prepend(said, await reask(ctx, activeDialog(ctx.state.dialog)));
  return prepend(said, offer());
}

/**
 * A question about the skill itself ("welke herinneringen heb ik") asked while a question is
 * open: the answer, then that question again; with none open, the given close.
 */
export async function thenOpenQuestion(ctx: FlowContext, said: readonly Part[], close: () => Answer): Promise<Answer> {
  const open = activeDialog(ctx.state.dialog);
  if (open.step !== 'idle') return prepend(said, await reask(ctx, open));
  return close();
}

import type { Answer, OpenAnswer, Part } from '../skill/answer';
import { prepend } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { activeDialog, answersOf } from '../skill/dialog';
import { reask } from './actions';

/** Is the open question owed an answer (a set under way, a number, the self-test, a decision)? */
const isOwed = (ctx: FlowContext): boolean => answersOf(activeDialog(ctx.state.dialog)).owed;

/** What was said, then the open question again. */
const backToOpen = async (ctx: FlowContext, said: readonly Part[]): Promise<Answer> =>
  prepend(said, await reask(ctx, activeDialog(ctx.state.dialog)));

/**
 * A fact, a tip or a care remark answered in passing: back to the open question where one is
 * owed (a set under way, a number asked for, the self-test, a decision the user is in the middle
 * of), so the quick contractions after a startblok are not traded for a new offer; else the
 * offer that fits what was said.
 */
export async function inPassing(ctx: FlowContext, said: readonly Part[], offer: () => OpenAnswer): Promise<Answer> {
  if (isOwed(ctx)) return backToOpen(ctx, said);
  return prepend(said, offer());
}

/**
 * A word that only fits in passing ("vraag het straks nog eens"): said where a question is owed,
 * before it comes back; elsewhere only `otherwise` answers.
 */
export function onlyInPassing(ctx: FlowContext, said: readonly Part[], otherwise: () => OpenAnswer): Answer | Promise<Answer> {
  return isOwed(ctx) ? backToOpen(ctx, said) : otherwise();
}

/**
 * A question about the skill itself ("welke herinneringen heb ik") asked while a question is
 * open: the answer, then that question again; with none open, the given close.
 */
export async function thenOpenQuestion(ctx: FlowContext, said: readonly Part[], close: () => Answer): Promise<Answer> {
  if (activeDialog(ctx.state.dialog).step !== 'idle') return backToOpen(ctx, said);
  return close();
}

import type { Answer } from '../skill/answer';
import { ask, askText, tell, text } from '../skill/answer';
import { idle } from '../skill/dialog';
import type { FlowContext } from '../skill/context';
import { keepsNothing } from './consent';
import { remindersLeftNote, stopRemindersAfterErasure } from './reminderErasure';

/**
 * "Vergeet mij" or "stop met bewaren" with nothing of this user kept: nothing to confirm or
 * erase; reminders the skill set (Alexa keeps those) are named, with how to stop them.
 */
async function nothingToErase(ctx: FlowContext): Promise<Answer> {
  return ask([text('consent.nothingKept'), ...(await remindersLeftNote(ctx)), text('question.idle')], [text('question.idle')], idle);
}

/**
 * "Vergeet mij" deletes what belongs to the one asking: a recognised voice's own data, or,
 * for an unrecognised voice, the account's own data, never another household member's.
 * Disabling the skill deletes the whole account, every person in it included.
 */
export async function askDelete(ctx: FlowContext): Promise<Answer> {
  // Nothing kept (a "nee" to the consent question, never stored): nothing to confirm, nothing written.
  if (keepsNothing(ctx)) return nothingToErase(ctx);
  return askText('privacy.confirmDelete', 'privacy.confirmDeleteReprompt', { step: 'confirmDelete' });
}

/** "Stop met bewaren": withdrawing consent erases, after one question. */
export async function askStopStoring(ctx: FlowContext): Promise<Answer> {
  if (keepsNothing(ctx)) return nothingToErase(ctx);
  return askText('consent.confirmStop', 'consent.confirmStopReprompt', { step: 'confirmStopStoring' });
}

export async function deleteConfirmed(ctx: FlowContext): Promise<Answer> {
  if (!(await ctx.store.deleteUser())) return tell([text('privacy.deleteFailed')]);
  // Nothing of the deleted data may ride along in the session either.
  ctx.state.user = undefined;
  ctx.state.unsaved = [];
  ctx.state.pendingProfile = undefined;
  return tell([text('privacy.deleted'), ...(await stopRemindersAfterErasure(ctx)), text('privacy.goodbye')]);
}

export const keepData = (): Answer => askText('privacy.kept', 'no.general', { step: 'idle' });

import type { Part } from '../skill/answer';
import { text } from '../skill/answer';
import type { FlowContext } from '../skill/context';

/**
 * "Vergeet mij" or "stop met bewaren": the daily reminders go too, or the user hears that they could not; nothing
 * said when none were set or Alexa never gave the permission.
 */
/**
 * Nothing of this user is kept, so nothing is erased without a question: reminders the skill
 * set are named, with how to stop them. Said only when Alexa lists some.
 */
export async function remindersLeftNote(ctx: FlowContext): Promise<Part[]> {
  if (!ctx.reminders.granted()) return [];
  try {
    return (await ctx.reminders.list()).length > 0 ? [text('privacy.remindersLeft')] : [];
  } catch (error) {
    ctx.log({ event: 'error', error: (error as Error).name });
    return [];
  }
}

export async function stopRemindersAfterErasure(ctx: FlowContext): Promise<Part[]> {
  if (!ctx.reminders.granted()) return [];
  try {
    return (await ctx.reminders.deleteAll()) > 0 ? [text('privacy.remindersStopped')] : [];
  } catch (error) {
    ctx.log({ event: 'error', error: (error as Error).name });
    return [text('privacy.remindersNotStopped')];
  }
}

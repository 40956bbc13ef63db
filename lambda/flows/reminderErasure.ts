import type { Part } from '../skill/answer';
import { text } from '../skill/answer';
import type { FlowContext } from '../skill/context';

/**
 * "Vergeet mij" or "stop met bewaren": the daily reminders go too, or the user hears that they could not; nothing
 * said when none were set or Alexa never gave the permission.
 */
export async function stopRemindersAfterErasure(ctx: FlowContext): Promise<Part[]> {
  if (!ctx.reminders.granted()) return [];
  try {
    return (await ctx.reminders.deleteAll()) > 0 ? [text('privacy.remindersStopped')] : [];
  } catch (error) {
    ctx.log({ event: 'error', error: (error as Error).name });
    return [text('privacy.remindersNotStopped')];
  }
}

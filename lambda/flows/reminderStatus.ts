import type { TextKey } from '../speech/translator';
import type { Answer, Part } from '../skill/answer';
import { tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { thenOpenQuestion } from './inPassing';
import { remindersFailed } from './reminders';

/**
 * "Welke herinneringen heb ik", "stop mijn herinneringen": the outcome, then the question that
 * was open (so an offered training is not dropped); with none open, a goodbye. Without the
 * permission there can be none of ours, and an API failure gets its own honest answer.
 */
async function onReminders(ctx: FlowContext, none: TextKey, act: () => Promise<Part | undefined>): Promise<Answer> {
  let said: Part;
  try {
    said = (ctx.reminders.granted() ? await act() : undefined) ?? text(none);
  } catch (error) {
    return remindersFailed(ctx, error);
  }
  return thenOpenQuestion(ctx, [said], () => tell([said, text('reminders.goodbye')]));
}

export const listReminders = (ctx: FlowContext): Promise<Answer> =>
  onReminders(ctx, 'reminders.listNone', async () => {
    const times = await ctx.reminders.list();
    return times.length === 0 ? undefined : text('reminders.list', { count: times.length, times: { times } });
  });

export const stopReminders = (ctx: FlowContext): Promise<Answer> =>
  onReminders(ctx, 'reminders.stoppedNone', async () => {
    const count = await ctx.reminders.deleteAll();
    return count === 0 ? undefined : text('reminders.stopped', { count });
  });

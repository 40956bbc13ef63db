import type { ClockTime } from '../domain/reminderTimes';
import { DEFAULT_TIMES } from '../domain/reminderTimes';
import { RemindersError } from '../services/reminders';
import type { Answer, Outcome } from '../skill/answer';
import { ask, askText, tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { parseTimes } from '../skill/dialog';
import { routineHintOnce } from './routine';

/** Daily reminders through the Alexa Reminders API, with the user's consent asked by voice. */

const confirm = (times: readonly ClockTime[]): Answer =>
  ask([text('reminders.confirm', { count: times.length, times: { times } })], [text('reminders.confirmReprompt')], {
    step: 'confirmReminders',
    times,
  });

export function remindersFailed(ctx: FlowContext, error: unknown): Answer {
  ctx.log({ event: 'error', error: (error as Error).name });
  if (error instanceof RemindersError && error.failure === 'noPermission') {
    return tell([text('reminders.noPermission')], { card: { kind: 'remindersConsent' } });
  }
  return tell([text('reminders.failed')]);
}

/**
 * The times said replace the ones set before ("verander mijn herinnering naar acht uur"): the
 * API only adds, so without this a new time came on top of the old and the same hour could
 * sound twice. The question before said so.
 */
export async function createConfirmed(ctx: FlowContext, times: readonly ClockTime[]): Promise<Answer> {
  try {
    await ctx.reminders.deleteAll();
    await ctx.reminders.createDaily(times);
    return tell([text('reminders.created', { count: times.length, times: { times } }), ...(await routineHintOnce(ctx))]);
  } catch (error) {
    return remindersFailed(ctx, error);
  }
}

export const askOtherTimes = (): Answer => askText('reminders.askTimes', 'reminders.askTimesReprompt', { step: 'askReminderTimes' });

/** "Herinner me om acht uur": the times said back for a yes, or Alexa first asks for the permission. */
export function setReminders(ctx: FlowContext, said: readonly ClockTime[]): Outcome {
  if (said.length === 0 && ctx.state.dialog.step === 'askReminderTimes') return askOtherTimes();
  const times = said.length > 0 ? said : [...DEFAULT_TIMES];
  if (ctx.reminders.granted()) return confirm(times);
  // Alexa asks; its answer comes back as a Connections.Response with the times in the token.
  return { silent: true, next: { step: 'confirmReminders', times }, askRemindersPermission: times };
}

/** Alexa's answer to the permission question. */
export function permissionAnswered(status: string | undefined, token: unknown): Answer {
  if (status === 'ACCEPTED') {
    const fromToken = parseTimes(token);
    return confirm(fromToken.length > 0 ? fromToken : [...DEFAULT_TIMES]);
  }
  if (status === 'DENIED') return askText('reminders.denied', 'reminders.deniedReprompt', { step: 'offerTraining' });
  return tell([text('reminders.notAnswered')], { card: { kind: 'remindersConsent' } });
}

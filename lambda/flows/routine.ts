import type { Answer, Part } from '../skill/answer';
import { text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { askFollowUp } from './followUp';

/**
 * "Hoe kan ik de training automatisch laten starten?": how to make an Alexa routine that opens
 * the skill, by a phrase of your own or at a time of day. Name-free launch phrases exist for
 * English skills only, so a routine is the Dutch way. The steps go to the Alexa app as a simple
 * card; the speech names no app menus, which could not be verified for the Dutch app.
 */
export function routine(ctx: FlowContext): Answer {
  return {
    ...askFollowUp(ctx, [text('routine.howTo')], 'exercise'),
    card: { kind: 'simple', title: 'routine.cardTitle', content: 'routine.cardSteps' },
  };
}

/** The hint after reminders are set, said once per user (the date is kept in the profile). */
export async function routineHintOnce(ctx: FlowContext): Promise<Part[]> {
  if (ctx.state.user?.profile.routineOfferedOn) return [];
  await ctx.store.changeProfile((p) => ({ ...p, routineOfferedOn: ctx.today }));
  return [text('routine.hintAfterReminders')];
}

import type { Speech } from '../speech/ssml';
import { nothing, say } from '../speech/ssml';
import type { Turn } from '../skill/turn';
import { handler, isIntent } from './common';
import { askFollowUp } from './followUp';
import { changeProfile } from './recording';

/**
 * "Hoe kan ik de training automatisch laten starten?": how to make an Alexa routine that opens
 * the skill, by a phrase of your own or at a time of day. Name-free launch phrases exist for
 * English skills only, so a routine is the Dutch way. The steps go to the Alexa app as a simple
 * card; the speech names no app menus, which could not be verified for the Dutch app.
 */
export const RoutineHandler = handler(
  (input) => isIntent(input, 'RoutineIntent'),
  (turn) => {
    turn.input.responseBuilder.withSimpleCard(turn.t('routine.cardTitle'), turn.t('routine.cardSteps'));
    return askFollowUp(turn, say(turn.t('routine.howTo')), 'exercise');
  },
);

/** The hint after reminders are set, said once per user (the date is kept in the profile). */
export async function routineHintOnce(turn: Turn): Promise<Speech> {
  if (turn.state.user?.profile.routineOfferedOn) return nothing;
  await changeProfile(turn, (p) => ({ ...p, routineOfferedOn: turn.today }));
  return say(turn.t('routine.hintAfterReminders'));
}

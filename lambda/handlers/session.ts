import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { join, nothing, say } from '../speech/ssml';
import type { TextKey } from '../speech/translator';
import type { Turn } from '../skill/turn';
import { handler, isIntent } from './common';
import { fallback } from './fallback';
import { ask, askText, replay, tell } from '../skill/reply';
import { startMeasure } from './startblok';
import type { ExerciseProgramme } from '../domain/programme';
import type { Dialog } from '../skill/dialog';
import { recordPartial, startExercise, stopExercise } from './exercise';
import { playTips } from './tips';
import { startTraining } from './training';
import { flushUnsaved } from '../skill/turn';
import { budgetAllows } from '../skill/persist';

/** The dialog a paused exercise will resume, or the dialog itself. */
export function active(turn: Turn) {
  const d = turn.state.dialog;
  return d.step === 'paused' ? d.resume : d;
}

function leave(turn: Turn, key: TextKey): Promise<Response> | Response {
  const d = active(turn);
  if (d.step === 'exercise') return stopExercise(turn, d);
  const lost = turn.state.unsaved.length > 0 ? say(turn.t('error.lostOnExit')) : nothing;
  return tell(turn, join(say(turn.t(key)), lost));
}

export const StopHandler = handler(
  (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
  (turn) => leave(turn, 'goodbye'),
);

export const NavigateHomeHandler = handler(
  (input) => isIntent(input, 'AMAZON.NavigateHomeIntent'),
  (turn) => leave(turn, 'navigateHome'),
);

const HELP_BY_PROGRAMME: Record<ExerciseProgramme, TextKey> = {
  startblokTraining: 'help.training',
  lift: 'help.lift',
  sphincter: 'help.sphincter',
  relaxation: 'help.relaxation',
  layers: 'help.layers',
  maintenance: 'help.maintenance',
};

const HELP_BY_STEP: Partial<Record<string, TextKey>> = {
  chooseExercise: 'exercises.list',
  askReminderTimes: 'reminders.askTimes',
  confirmReminders: 'reminders.confirmReprompt',
  confirmDelete: 'privacy.confirmDeleteReprompt',
  tips: 'tips.help',
  offerPelvicTilt: 'tilt.help',
  offerSelfTest: 'selfTest.offerReprompt',
  offerSelfTestResume: 'selfTest.resumeHelp',
  // Reached only while paused: an open question gets its help in selfTest.ts, with the question.
  selfTest: 'selfTest.helpPaused',
  measureAskHold: 'help.measure',
  measureRepetitions: 'help.measure',
  measureAskRepetitions: 'help.measure',
  askStartblok: 'help.startblok',
};

export const HelpHandler = handler(
  (input) => isIntent(input, 'AMAZON.HelpIntent'),
  (turn) => {
    const d: Dialog = active(turn);
    const key = d.step === 'exercise' ? HELP_BY_PROGRAMME[d.request.programme] : (HELP_BY_STEP[d.step] ?? 'help.general');
    return ask(turn, say(turn.t(key)), say(turn.t(key)), turn.state.dialog);
  },
);

export const RepeatHandler = handler(
  (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  (turn) => (turn.state.last ? replay(turn, turn.state.last) : askText(turn, 'repeat.nothing', 'repeat.nothing', turn.state.dialog)),
);

export const StartOverHandler = handler(
  (input) => isIntent(input, 'AMAZON.StartOverIntent'),
  async (turn) => {
    const d = active(turn);
    if (d.step === 'exercise') {
      await recordPartial(turn, d);
      return startExercise(turn, d.request);
    }
    if (d.step.startsWith('measure')) return startMeasure(turn);
    if (d.step === 'tips') return playTips(turn, d.list, 0, false);
    return startTraining(turn);
  },
);

/** Last in the list: any intent no other handler took (including ones the model lacks). */
export const FallbackHandler = handler(
  (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  fallback,
);

/** Alexa closed the session (silence, an error, "Alexa, stop" elsewhere): keep what was done. */
export const SessionEndedHandler = handler(
  (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  async (turn) => {
    const d = active(turn);
    if (d.step === 'exercise') await recordPartial(turn, d);
    // The last chance for completed work still waiting in the session: after this it is gone.
    if (turn.state.unsaved.length > 0 && budgetAllows(turn)) {
      turn.storageDown = false;
      await flushUnsaved(turn);
    }
    return turn.input.responseBuilder.getResponse();
  },
);

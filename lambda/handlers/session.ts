import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { say } from '../speech/ssml';
import type { TextKey } from '../speech/translator';
import { handler, isIntent } from './common';
import { fallback } from './fallback';
import { ask, askText, replay } from '../skill/reply';
import { startMeasure } from './startblok';
import type { ExerciseProgramme } from '../domain/programme';
import { activeDialog, answersOf } from '../skill/dialog';
import { leave } from './leave';
import { vary } from '../skill/variety';
import { recordPartial, startExercise } from './exercise';
import { playTips } from './tips';
import { startTraining } from './training';
import { flushUnsaved } from '../skill/turn';
import { budgetAllows } from '../skill/persist';

export const StopHandler = handler(
  (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
  (turn) => leave(turn, () => vary(turn, 'goodbye')),
);

export const NavigateHomeHandler = handler(
  (input) => isIntent(input, 'AMAZON.NavigateHomeIntent'),
  (turn) => leave(turn, () => say(turn.t('navigateHome'))),
);

const HELP_BY_PROGRAMME: Record<ExerciseProgramme, TextKey> = {
  startblokTraining: 'help.training',
  lift: 'help.lift',
  sphincter: 'help.sphincter',
  relaxation: 'help.relaxation',
  layers: 'help.layers',
  maintenance: 'help.maintenance',
};

/** Help that fits the open question (from the step table), said differently in the reprompt. */
export const HelpHandler = handler(
  (input) => isIntent(input, 'AMAZON.HelpIntent'),
  (turn) => {
    const d = activeDialog(turn.state.dialog);
    const answers = answersOf(d);
    const key = d.step === 'exercise' ? HELP_BY_PROGRAMME[d.request.programme] : answers.help;
    return ask(turn, say(turn.t(key)), say(turn.t(answers.question)), turn.state.dialog);
  },
);

export const RepeatHandler = handler(
  (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  (turn) => (turn.state.last ? replay(turn, turn.state.last) : askText(turn, 'repeat.nothing', 'question.idle', turn.state.dialog)),
);

export const StartOverHandler = handler(
  (input) => isIntent(input, 'AMAZON.StartOverIntent'),
  async (turn) => {
    const d = activeDialog(turn.state.dialog);
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
export const FallbackHandler = handler((input) => getRequestType(input.requestEnvelope) === 'IntentRequest', fallback);

/** Alexa closed the session (silence, an error, "Alexa, stop" elsewhere): keep what was done. */
export const SessionEndedHandler = handler(
  (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  async (turn) => {
    const d = activeDialog(turn.state.dialog);
    if (d.step === 'exercise') await recordPartial(turn, d);
    // The last chance for completed work still waiting in the session: after this it is gone.
    // What still fails goes to the hand-off queue after this (skill/persist.ts finishTurn).
    if (turn.state.unsaved.length > 0 && budgetAllows(turn)) {
      turn.storageDown = false;
      await flushUnsaved(turn);
    }
    return turn.input.responseBuilder.getResponse();
  },
);

import type { Response } from 'ask-sdk-model';
import { say } from '../speech/ssml';
import type { Dialog } from '../skill/dialog';
import { idle } from '../skill/dialog';
import type { Turn } from '../skill/turn';
import { flushUnsaved } from '../skill/turn';
import { handler, isIntent, storedStartblok } from './common';
import { startPelvicTilt } from './pelvicTilt';
import { acceptMaintenance } from './progress';
import { deleteConfirmed, keepData } from './privacy';
import { askOtherTimes, createConfirmed } from './reminders';
import { ask, askText, tell } from '../skill/reply';
import { askCurrentQuestion, selfTestEntry, startSelfTest, stopSelfTest } from './selfTest';
import { askRepetitionsCount, continueMeasure, startMeasure } from './startblok';
import { continueExercise, stopExercise } from './exercise';
import { startRelaxation } from './exercises';
import { playTips } from './tips';
import { startTraining } from './training';

/** "Ja", "verder", "volgende": go on with whatever the last question offered. */
export async function goOn(turn: Turn, dialog: Dialog = turn.state.dialog): Promise<Response | undefined> {
  switch (dialog.step) {
    case 'offerMeasure':
      return startMeasure(turn);
    case 'offerTraining':
      return startTraining(turn);
    case 'offerRelaxation':
      return startRelaxation(turn);
    case 'offerRetest':
      return startMeasure(turn);
    case 'confirmReminders':
      return createConfirmed(turn, dialog.times);
    case 'confirmDelete':
      return deleteConfirmed(turn);
    case 'offerMaintenance':
      return acceptMaintenance(turn);
    case 'exercise':
      return continueExercise(turn, dialog);
    case 'tips':
      return playTips(turn, dialog.list, dialog.next, false);
    case 'offerPelvicTilt':
      return startPelvicTilt(turn);
    case 'offerSelfTest':
      return selfTestEntry(turn);
    case 'offerSelfTestResume':
    case 'selfTest':
      return askCurrentQuestion(turn);
    case 'measureRepetitions':
      return continueMeasure(turn, dialog.holdSeconds, dialog.segmentIndex);
    case 'paused':
      return goOn(turn, dialog.resume);
    case 'getReady':
      return continueExercise(turn, dialog.resume);
    case 'confirmRetrySave':
      if (await flushUnsaved(turn)) return tell(turn, say(turn.t('error.savedNow')));
      return askText(turn, 'error.saveRetry', 'error.saveRetryReprompt', { step: 'confirmRetrySave' });
    default:
      return undefined;
  }
}

/** "Nee": decline the offer, or stop what is running, without losing what was done. */
export async function decline(turn: Turn, dialog: Dialog = turn.state.dialog): Promise<Response> {
  switch (dialog.step) {
    case 'offerMeasure':
      return askText(turn, 'startblok.askWhich', 'startblok.askWhichReprompt', { step: 'askStartblok' });
    case 'offerRetest':
    case 'offerMaintenance':
      return offerTrainingInstead(turn);
    case 'confirmReminders':
      return askOtherTimes(turn);
    case 'confirmDelete':
      return keepData(turn);
    case 'exercise':
      return stopExercise(turn, dialog);
    case 'offerSelfTestResume':
      return startSelfTest(turn);
    case 'selfTest':
      return stopSelfTest(turn);
    case 'measureRepetitions':
      return askRepetitionsCount(turn, dialog.holdSeconds);
    case 'paused':
      return decline(turn, dialog.resume);
    case 'getReady':
      return stopExercise(turn, dialog.resume);
    case 'confirmRetrySave':
      return tell(turn, say(turn.t('error.saveGivenUp')));
    default:
      return askText(turn, 'no.general', 'no.general', idle);
  }
}

/** "Nee" to a step forward: no pressure, the usual training is offered instead. */
function offerTrainingInstead(turn: Turn): Promise<Response> | Response {
  const startblok = storedStartblok(turn);
  if (!startblok) return startTraining(turn);
  return askText(turn, 'training.offer', 'training.offerReprompt', { step: 'offerTraining' }, {
    hold: startblok.holdSeconds,
    repetitions: startblok.repetitions,
  });
}

function notUnderstood(turn: Turn): Response {
  return askText(turn, 'fallback.general', 'fallback.general', turn.state.dialog);
}

export const YesHandler = handler(
  (input) => isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NextIntent', 'AMAZON.ResumeIntent'),
  async (turn) => (await goOn(turn)) ?? resumeNothing(turn),
);

function resumeNothing(turn: Turn): Response {
  return isIntent(turn.input, 'AMAZON.YesIntent') ? notUnderstood(turn) : askText(turn, 'pause.nothingToResume', 'pause.nothingToResume', idle);
}

export const NoHandler = handler(
  (input) => isIntent(input, 'AMAZON.NoIntent'),
  (turn) => decline(turn),
);

export const PauseHandler = handler(
  (input) => isIntent(input, 'AMAZON.PauseIntent'),
  (turn) => {
    const d = turn.state.dialog;
    if (d.step === 'idle' || d.step === 'paused') {
      return d.step === 'paused'
        ? askText(turn, 'pause.paused', 'pause.pausedReprompt', d)
        : askText(turn, 'pause.nothingToResume', 'pause.nothingToResume', idle);
    }
    return ask(turn, say(turn.t('pause.paused')), say(turn.t('pause.pausedReprompt')), { step: 'paused', resume: d });
  },
);

import type { Response } from 'ask-sdk-model';
import type { Speech } from '../speech/ssml';
import { join, nothing, say } from '../speech/ssml';
import type { Action, Dialog, DialogOf, DialogStep } from '../skill/dialog';
import type { ResumableDialog } from '../skill/dialog';
import { activeDialog, answersOf, idle } from '../skill/dialog';
import { askText, ask, tell } from '../skill/reply';
import type { Turn } from '../skill/turn';
import { flushUnsaved } from '../skill/turn';
import { storedStartblok } from './common';
import { continueExercise, stopExercise } from './exercise';
import { startRelaxation } from './exercises';
import { startPelvicTilt } from './pelvicTilt';
import { deleteConfirmed, keepData } from './privacy';
import { acceptMaintenance } from './progress';
import { askOtherTimes, createConfirmed } from './reminders';
import { askCurrentQuestion, selfTestEntry, startSelfTest, stopSelfTest } from './selfTest';
import { leave } from './leave';
import { vary } from '../skill/variety';
import { askRepetitionsCount, continueMeasure, startMeasure } from './startblok';
import { playTips } from './tips';
import { startTraining } from './training';

type Reply = Promise<Response> | Response;

/**
 * What each action of the step table (skill/dialog.ts) does. An action that needs the step's
 * payload names its step; it is only ever named by that step, which a test checks.
 */
type ActionFn = (turn: Turn, dialog: Dialog, before: Speech) => Reply;

function forStep<S extends DialogStep>(step: S, run: (turn: Turn, dialog: DialogOf<S>, before: Speech) => Reply): ActionFn {
  return (turn, dialog, before) =>
    dialog.step === step ? run(turn, dialog as DialogOf<S>, before) : askText(turn, 'fallback.general', 'question.idle', idle);
}

/** "Nee" to a step forward: no pressure, the usual training is offered instead. */
function offerTrainingInstead(turn: Turn, before: Speech): Reply {
  const startblok = storedStartblok(turn);
  if (!startblok) return startTraining(turn, before);
  const vars = { hold: startblok.holdSeconds, repetitions: startblok.repetitions };
  return ask(turn, join(before, say(turn.t('training.offer', vars))), say(turn.t('training.offerReprompt', vars)), {
    step: 'offerTraining',
  });
}

async function retrySave(turn: Turn, before: Speech): Promise<Response> {
  if (await flushUnsaved(turn)) return tell(turn, join(before, say(turn.t('error.savedNow'))));
  return ask(turn, join(before, say(turn.t('error.saveRetry'))), say(turn.t('error.saveRetryReprompt')), { step: 'confirmRetrySave' });
}

export const ACTIONS: Readonly<Record<Action, ActionFn>> = {
  startMeasure: (turn, _d, before) => startMeasure(turn, before),
  startTraining: (turn, _d, before) => startTraining(turn, before),
  startRelaxation: (turn, _d, before) => startRelaxation(turn, before),
  startPelvicTilt: (turn, _d, before) => startPelvicTilt(turn, before),
  askWhichStartblok: (turn, _d, before) =>
    ask(turn, join(before, say(turn.t('startblok.askWhich'))), say(turn.t('startblok.askWhichReprompt')), { step: 'askStartblok' }),
  offerTrainingInstead: (turn, _d, before) => offerTrainingInstead(turn, before),
  createReminders: forStep('confirmReminders', (turn, d) => createConfirmed(turn, d.times)),
  askOtherTimes: (turn) => askOtherTimes(turn),
  deleteData: (turn) => deleteConfirmed(turn),
  keepData: (turn) => keepData(turn),
  acceptMaintenance: (turn) => acceptMaintenance(turn),
  continueExercise: forStep('exercise', (turn, d, before) => continueExercise(turn, d, before)),
  stopExercise: forStep('exercise', (turn, d) => stopExercise(turn, d)),
  playTips: forStep('tips', (turn, d, before) => playTips(turn, d.list, d.next, false, before)),
  selfTestEntry: (turn, _d, before) => selfTestEntry(turn, before),
  askSelfTestQuestion: (turn, _d, before) => askCurrentQuestion(turn, before),
  restartSelfTest: (turn, _d, before) => startSelfTest(turn, before),
  stopSelfTest: (turn) => stopSelfTest(turn),
  continueMeasure: forStep('measureRepetitions', (turn, d, before) => continueMeasure(turn, d.holdSeconds, d.segmentIndex, before)),
  askRepetitionsCount: forStep('measureRepetitions', (turn, d, before) => askRepetitionsCount(turn, d.holdSeconds, before)),
  retrySave: (turn, _d, before) => retrySave(turn, before),
  giveUpSave: (turn, _d, before) => tell(turn, join(before, say(turn.t('error.saveGivenUp')))),
  leave: (turn) => leave(turn, () => vary(turn, 'goodbye')),
  startWhenReady: forStep('getReady', (turn, d, before) => continueExercise(turn, d.resume, before)),
  stopWhenReady: forStep('getReady', (turn, d) => stopExercise(turn, d.resume)),
  // A pause or a repair offer goes back to the step it kept: "ja" there means "ja" in that step.
  resume: (turn, d, before) => runYes(turn, activeDialog(d), before) ?? askText(turn, 'pause.nothingToResume', 'question.idle', idle),
  backToQuestion: (turn, d, before) => reask(turn, activeDialog(d), before),
  declineGeneral: (turn, _d, before) => ask(turn, join(before, say(turn.t('no.general'))), say(turn.t('question.idle')), idle),
};

/** What "ja" does in this step; undefined when "ja" is no answer here. */
export function runYes(turn: Turn, dialog: Dialog, before: Speech = nothing): Reply | undefined {
  const action = answerOf(dialog, 'yes');
  return action && ACTIONS[action](turn, dialog, before);
}

/** What "nee" does in this step. */
export function runNo(turn: Turn, dialog: Dialog, before: Speech = nothing): Reply {
  return ACTIONS[answerOf(dialog, 'no') ?? 'declineGeneral'](turn, dialog, before);
}

function answerOf(dialog: Dialog, answer: 'yes' | 'no'): Action | undefined {
  // Paused: "nee" means what it meant in the paused step. A repair offer has its own answers.
  return dialog.step === 'paused' && answer === 'no' ? answersOf(dialog.resume).no : answersOf(dialog)[answer];
}

/** Back to the open question after a detour (a jargon answer, "hoe lang nog", a declined stop). */
export function reask(turn: Turn, dialog: ResumableDialog, before: Speech = nothing): Reply {
  const answers = answersOf(dialog);
  if (answers.reask) return ACTIONS[answers.reask](turn, dialog, before);
  return ask(turn, join(before, say(turn.t(answers.question))), say(turn.t(answers.help)), dialog);
}

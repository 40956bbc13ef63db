import type { Answer } from '../skill/answer';
import { closeAfterAlarm, repeatAlarm } from './alarm';
import { askText, tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import type { Action, Dialog, DialogOf, DialogStep, ResumableDialog } from '../skill/dialog';
import { activeDialog, answersOf, idle } from '../skill/dialog';
import { checkInAnswer, closeSelfTest, complaintsAnswer, resumeExercise, sayAlarmList } from './careSteps';
import { storedStartblok } from './common';
import { continueExercise, stopExercise } from './exercise';
import { sphincterWhenReady, startLightStrength, startRelaxation } from './exercises';
import { leave } from './leave';
import { offerTraining } from './offer';
import { startPelvicTilt } from './pelvicTilt';
import { keepStoring, stopStoring } from './consent';
import { giveConsent, refuseConsent } from './launch';
import { deleteConfirmed, keepData } from './privacy';
import { acceptMaintenance } from './maintenance';
import { askOtherTimes, createConfirmed } from './reminders';
import { askCurrentQuestion, selfTestEntry, startSelfTest, stopSelfTest } from './selfTest';
import {
  askRepetitionsCount,
  askWhichStartblok,
  continueMeasure,
  measureNow,
  practiceMeasure,
  startMeasure,
  startQuick,
  tryShorterHold,
} from './startblok';
import { playTips } from './tips';
import { startTraining } from './training';

type Reply = Promise<Answer> | Answer;

/**
 * What each action of the step table (skill/dialog.ts) does. An action that needs the step's
 * payload names its step; it is only ever named by that step, which a test checks.
 */
type ActionFn = (ctx: FlowContext, dialog: Dialog) => Reply;

function forStep<S extends DialogStep>(step: S, run: (ctx: FlowContext, dialog: DialogOf<S>) => Reply): ActionFn {
  return (ctx, dialog) => (dialog.step === step ? run(ctx, dialog as DialogOf<S>) : askText('fallback.general', 'question.idle', idle));
}

/** "Nee" to a step forward: no pressure, the usual training is offered instead. */
const offerTrainingInstead = (ctx: FlowContext): Reply =>
  storedStartblok(ctx) ? offerTraining(ctx.state.user?.profile) : startTraining(ctx);

async function retrySave(ctx: FlowContext): Promise<Answer> {
  if (await ctx.store.flushUnsaved()) return tell([text('error.savedNow')]);
  return askText('error.saveRetry', 'error.saveRetryReprompt', { step: 'confirmRetrySave' });
}

export const ACTIONS: Readonly<Record<Action, ActionFn>> = {
  startMeasure: (ctx) => startMeasure(ctx),
  practiceMeasure: () => practiceMeasure(),
  measureNow: () => measureNow(),
  startQuick: (ctx) => startQuick(ctx),
  startLightStrength: (ctx) => startLightStrength(ctx),
  startTraining: (ctx) => startTraining(ctx),
  startRelaxation: (ctx) => startRelaxation(ctx),
  startPelvicTilt: () => startPelvicTilt(),
  askWhichStartblok: () => askWhichStartblok(),
  offerTrainingInstead,
  createReminders: forStep('confirmReminders', (ctx, d) => createConfirmed(ctx, d.times)),
  askOtherTimes: () => askOtherTimes(),
  deleteData: (ctx) => deleteConfirmed(ctx),
  keepData: () => keepData(),
  acceptMaintenance: (ctx) => acceptMaintenance(ctx),
  continueExercise: forStep('exercise', (ctx, d) => continueExercise(ctx, d)),
  stopExercise: forStep('exercise', (ctx, d) => stopExercise(ctx, d)),
  playTips: forStep('tips', (ctx, d) => playTips(ctx, d.list, d.next, false)),
  selfTestEntry: (ctx) => selfTestEntry(ctx),
  askSelfTestQuestion: (ctx) => askCurrentQuestion(ctx),
  restartSelfTest: (ctx) => startSelfTest(ctx),
  stopSelfTest: (ctx) => stopSelfTest(ctx),
  continueMeasure: forStep('measureRepetitions', (_ctx, d) => continueMeasure(d.holdSeconds, d.segmentIndex)),
  askRepetitionsCount: forStep('measureRepetitions', (_ctx, d) => askRepetitionsCount(d.holdSeconds, d.segmentIndex)),
  retrySave,
  giveUpSave: () => tell([text('error.saveGivenUp')]),
  leave: (ctx) => leave(ctx),
  restAfterPain: (ctx) => leave(ctx, [text('care.pain.restWell')]),
  sphincterWhenReady: forStep('sphincterReady', (ctx, d) => sphincterWhenReady(ctx, d.parts)),
  startWhenReady: forStep('getReady', (ctx, d) => continueExercise(ctx, d.resume)),
  // After the gentle squeezes, "nee" may mean nothing was felt: the way to say so is named.
  notReadyYet: (_ctx, d) => askText(d.step === 'measureReady' && !d.again ? 'notReady.measure' : 'notReady.text', 'notReady.reprompt', d),
  // "Ja" to "Zullen we verdergaan?" after a pause: on as "verder" would go.
  resume: (ctx, d) => goOn(ctx, d),
  backToQuestion: (ctx, d) => reask(ctx, activeDialog(d)),
  stayPaused: (_ctx, d) => askText('pause.stillPaused', 'pause.pausedReprompt', d),
  declineGeneral: () => askText('no.general', 'question.idle', idle),
  giveConsent: (ctx) => giveConsent(ctx),
  refuseConsent: (ctx) => refuseConsent(ctx),
  stopStoring: (ctx) => stopStoring(ctx),
  keepStoring: () => keepStoring(),
  declineMeasure: () => askText('care.declineMeasure', 'question.idle', idle),
  resumeExercise: forStep('offerResume', (ctx, d) => resumeExercise(ctx, d)),
  declineResume: offerTrainingInstead,
  checkInYes: (ctx) => checkInAnswer(ctx, 'yes'),
  checkInNo: (ctx) => checkInAnswer(ctx, 'no'),
  complaintsGone: (ctx) => complaintsAnswer(ctx, 'yes'),
  complaintsNotGone: (ctx) => complaintsAnswer(ctx, 'no'),
  sayAlarmList: () => sayAlarmList(),
  closeSelfTest: () => closeSelfTest(),
  numberHelp: (_ctx, d) => askText(answersOf(d).help, answersOf(d).question, d),
  tryShorterHold: forStep('offerShorterHold', (_ctx, d) => tryShorterHold(d.holdSeconds)),
  repeatAlarm: (ctx) => repeatAlarm(ctx),
  closeAfterAlarm: () => closeAfterAlarm(),
};

/** What "ja" does in this step; undefined when "ja" is no answer here. */
export function runYes(ctx: FlowContext, dialog: Dialog): Reply | undefined {
  const action = answerOf(dialog, 'yes');
  return action && ACTIONS[action](ctx, dialog);
}

/**
 * "Verder", "volgende", or going on after a pause: what runs goes on, as "ja" would. A decision
 * (consent, erasing, reminders) or a number is never taken from it: that question is asked again.
 */
export function goOn(ctx: FlowContext, dialog: Dialog): Reply {
  const open = activeDialog(dialog);
  if (open.step === 'idle') return askText('pause.nothingToResume', 'question.idle', idle);
  const answers = answersOf(open);
  if (answers.yes && !answers.decision) return ACTIONS[answers.yes](ctx, open);
  return reask(ctx, open);
}

/** What "nee" does in this step. */
export function runNo(ctx: FlowContext, dialog: Dialog): Reply {
  return ACTIONS[answerOf(dialog, 'no') ?? 'declineGeneral'](ctx, dialog);
}

function answerOf(dialog: Dialog, answer: 'yes' | 'no'): Action | undefined {
  if (dialog.step !== 'paused' || answer === 'yes') return answersOf(dialog)[answer];
  // Paused: "nee" to "Zullen we verdergaan?" means what it meant in the paused step, except at a
  // decision (consent, erasing, reminders): "not yet" there, as going on is no "ja" there either.
  const paused = answersOf(dialog.resume);
  return paused.decision ? 'stayPaused' : paused.no;
}

/** Back to the open question after a detour (a jargon answer, "hoe lang nog", a declined stop). */
export function reask(ctx: FlowContext, dialog: ResumableDialog): Reply {
  const answers = answersOf(dialog);
  if (answers.reask) return ACTIONS[answers.reask](ctx, dialog);
  return askText(answers.question, answers.help, dialog);
}

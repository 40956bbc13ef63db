import type { Response } from 'ask-sdk-model';
import type { TextKey } from '../speech/translator';
import type { Turn } from '../skill/turn';
import { askText } from '../skill/reply';

const FALLBACK_BY_STEP: Partial<Record<string, TextKey>> = {
  tips: 'tips.notUnderstood',
  offerPelvicTilt: 'fallback.yesNo',
  offerSelfTest: 'fallback.yesNo',
  offerSelfTestResume: 'fallback.yesNo',
  // Only for an intent the model lacks; everything else mid-test is handled in selfTest.ts.
  selfTest: 'selfTest.notUnderstoodAsk',
  exercise: 'fallback.training',
  chooseExercise: 'fallback.chooseExercise',
  askEnduranceHold: 'fallback.number',
  offerRelaxation: 'fallback.yesNo',
  offerRetest: 'fallback.yesNo',
  confirmReminders: 'fallback.yesNo',
  confirmDelete: 'fallback.yesNo',
  askReminderTimes: 'reminders.askTimesReprompt',
  offerMaintenance: 'fallback.yesNo',
  measureAskHold: 'fallback.number',
  measureAskRepetitions: 'fallback.number',
  askStartblok: 'fallback.number',
  offerMeasure: 'fallback.yesNo',
  offerTraining: 'fallback.yesNo',
  measureRepetitions: 'fallback.yesNo',
  confirmRetrySave: 'fallback.yesNo',
  paused: 'fallback.yesNo',
  getReady: 'fallback.getReady',
};

/** Anything unmatched, known or not: a re-prompt that fits the open question. */
export function fallback(turn: Turn): Response {
  const key = FALLBACK_BY_STEP[turn.state.dialog.step] ?? 'fallback.general';
  return askText(turn, key, key, turn.state.dialog);
}

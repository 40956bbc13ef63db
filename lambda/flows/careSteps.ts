import type { CheckInAnswer } from '../domain/adherence';
import { afterComplaintsQuestion } from '../domain/adherence';
import { CARE_TEXT, checkInReply } from '../speech/careTexts';
import type { Answer, OpenAnswer } from '../skill/answer';
import { askText, prepend, tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import type { DialogOf } from '../skill/dialog';
import { continueExercise, getReady } from './exercise';
import { offerTraining } from './offer';

/**
 * The answers of issue 19's own steps (the step table names them): the check-in, the complaints
 * before maintenance, the exercise offered back the same day, the self-test's alarm list. Apart
 * from flows/care.ts, which goes back to open questions through flows/actions.ts.
 */

/** "Merk je al verschil?": the answer is heard, never stored; "nee" leads to a bekkenfysiotherapeut. */
export function checkInAnswer(ctx: FlowContext, answer: CheckInAnswer): OpenAnswer {
  const reply = checkInReply(answer);
  return prepend([text(reply.key)], offerTraining(ctx.state.user?.profile));
}

/** "Zijn je klachten weg?" before maintenance. */
export function complaintsAnswer(ctx: FlowContext, answer: CheckInAnswer): OpenAnswer {
  if (afterComplaintsQuestion(answer) === 'offerMaintenance') {
    return askText(CARE_TEXT.maintenanceOffer, 'progress.maintenanceReprompt', { step: 'offerMaintenance' });
  }
  return prepend([text(CARE_TEXT.complaintsNotGone)], offerTraining(ctx.state.user?.profile));
}

/** "Ja" to going on where the exercise stopped earlier today. */
export async function resumeExercise(ctx: FlowContext, d: DialogOf<'offerResume'>): Promise<Answer> {
  const { request, setIndex, segmentIndex, repetitionsDone } = d.point;
  const exercise = {
    step: 'exercise',
    request,
    setIndex,
    segmentIndex,
    runId: ctx.newId(),
    ...(repetitionsDone > 0 ? { counted: repetitionsDone } : {}),
  } as const;
  // Hours may have passed: the user may be lying or standing now, so the set's position first, short,
  // and "klaar" before the next squeeze.
  if (setIndex === 0) return getReady(ctx, exercise, false) ?? continueExercise(ctx, exercise);
  return continueExercise(ctx, exercise);
}

/** The self-test's alarm list, on request, then the closing. */
export const sayAlarmList = (): Answer => tell([text('selfTest.alarm'), text('selfTest.closing')]);
export const closeSelfTest = (): Answer => tell([text('selfTest.closing')]);

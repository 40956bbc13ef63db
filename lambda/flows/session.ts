import type { Answer, Outcome } from '../skill/answer';
import { ask, askText, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { activeDialog, answersOf, idle, isMeasuring } from '../skill/dialog';
import { HELP_BY_PROGRAMME, keepResumePoint, recordPartial, startExercise } from './exercise';
import { storing } from './consent';
import { startMeasure } from './startblok';
import { playTips } from './tips';
import { startTraining } from './training';

/** Help, repeat, pause, start over and the end of a session: the answers that fit any step. */

/** Help that fits the open question (from the step table), said differently in the reprompt. */
export function help(ctx: FlowContext): Answer {
  const d = activeDialog(ctx.state.dialog);
  const answers = answersOf(d);
  // Getting ready without consent: no "open me again and we go on", for no place is kept.
  const key =
    d.step === 'exercise'
      ? HELP_BY_PROGRAMME[d.request.programme]
      : d.step === 'getReady' && !storing(ctx)
        ? 'help.getReadyHere'
        : answers.help;
  return askText(key, answers.question, ctx.state.dialog);
}

/**
 * "Herhaal": the last answer again, rendered afresh from its data; the dialog stays where it is.
 * After words that were not understood, that is the question they were said to (render.ts keeps
 * no repair as the last answer), so the offer to stop gives way to that question again. Squeezes
 * are never played again: a round repeated uncounted, or a maximal squeeze measured twice, would
 * count wrong; what was said after them (the question) is.
 */
export function repeat(ctx: FlowContext): Answer {
  const last = ctx.state.last;
  const d = ctx.state.dialog;
  const open = d.step === 'offerStop' ? d.resume : d;
  if (!last) return askText('repeat.nothing', 'question.idle', open);
  const squeezes = last.speech.map((part) => 'segment' in part);
  const afterSqueezes = last.speech.slice(squeezes.lastIndexOf(true) + 1);
  const speech = afterSqueezes.length > 0 ? afterSqueezes : [text(answersOf(activeDialog(open)).question)];
  return last.reprompt ? ask(speech, last.reprompt, open) : { speech, next: 'end' };
}

export function pause(ctx: FlowContext): Answer {
  const d = ctx.state.dialog;
  if (d.step === 'paused') return askText('pause.paused', 'pause.pausedReprompt', d);
  if (d.step === 'idle') return askText('pause.nothingToResume', 'question.idle', idle);
  const resume = d.step === 'offerStop' ? d.resume : d;
  // Only an exercise is kept for a later launch (a resume point), and only with consent: elsewhere
  // no "open me again and we go on where you were"; the self-test's answers live in the session alone.
  const kept = (resume.step === 'exercise' || resume.step === 'getReady') && storing(ctx);
  const said = resume.step === 'selfTest' ? 'pause.pausedSelfTest' : kept ? 'pause.paused' : 'pause.pausedHere';
  return askText(said, 'pause.pausedReprompt', { step: 'paused', resume });
}

export async function startOver(ctx: FlowContext): Promise<Answer> {
  const d = activeDialog(ctx.state.dialog);
  if (d.step === 'exercise') {
    await recordPartial(ctx, d);
    return startExercise(ctx, d.request);
  }
  if (isMeasuring(d)) return startMeasure(ctx);
  if (d.step === 'tips') return playTips(ctx, d.list, 0, false);
  return startTraining(ctx);
}

/** Why Alexa closed the session: silence after the reprompt, or the user left ("Alexa, stop" elsewhere). */
export type EndReason = 'EXCEEDED_MAX_REPROMPTS' | 'USER_INITIATED' | 'ERROR' | undefined;

/**
 * Alexa closed the session (silence, an error, "Alexa, stop" elsewhere): keep what was done.
 * An exercise interrupted by silence or by leaving (lying down took longer, the phone rang) is
 * kept as a resume point for the next launch today: its settings and where it was, no more.
 */
export async function sessionEnded(ctx: FlowContext, reason?: EndReason): Promise<Outcome> {
  const d = activeDialog(ctx.state.dialog);
  if (d.step === 'exercise') await recordPartial(ctx, d);
  const exercise = d.step === 'exercise' ? d : d.step === 'getReady' ? d.resume : undefined;
  if (exercise && (reason === 'EXCEEDED_MAX_REPROMPTS' || reason === 'USER_INITIATED')) await keepResumePoint(ctx, exercise);
  // The last chance for completed work still waiting in the session; what still fails goes to the
  // hand-off queue after this (skill/persist.ts finishTurn).
  await ctx.store.lastChanceFlush();
  return { silent: true };
}

export const navigateHomeWords = [text('navigateHome')];

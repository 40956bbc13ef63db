import type { PainSituation } from '../domain/pain';
import { triagePain } from '../domain/pain';
import type { Line, LifeSituation, TechniqueIssue } from '../speech/careTexts';
import {
  CANT_FEEL_LINES,
  CANT_FEEL_SAFETY_NET,
  CARE_QUESTION,
  CARE_TEXT,
  LIFE_SITUATION_SAFETY_NET,
  LIFE_SITUATION_TEXT,
  painLines,
  TECHNIQUE_TEXT,
} from '../speech/careTexts';
import type { Answer, OpenAnswer, Part } from '../skill/answer';
import { ask, askText, prepend, tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { activeDialog, answersOf, isMeasuring } from '../skill/dialog';
import { consentSkipped } from './common';
import { keepWorkDone, stopExercise } from './exercise';
import { inPassing } from './inPassing';
import { offerTraining } from './offer';
import { askCurrentQuestion, takeAnswer } from './selfTest';
import { nothingFelt } from './startblok';

/**
 * When training does not go to plan (issue 19): pain, not feeling the muscle, pregnancy, after
 * a birth or an operation, a technique question, "niet nu". Each is understood in every state:
 * a running exercise stops for pain, an open question (a set, a measurement, the self-test) is
 * asked again after a remark, and otherwise the fitting offer follows. Nothing said here about
 * symptoms is stored.
 */

const parts = (lines: readonly Line[]): Part[] => lines.map((l) => text(l.key, l.vars));

/** Self-test questions a pain remark answers with "ja": pain during sex (7), long-standing pelvic pain (8). */
const PAIN_QUESTIONS = [7, 8];

/** After a remark: back to the open question where one is owed, else the offer that fits the remark. */
function thenBack(ctx: FlowContext, said: readonly Part[], offer: () => OpenAnswer): Promise<Answer> {
  return inPassing(ctx, said, () => prepend(consentSkipped(ctx), offer()));
}

const offerFor = (ctx: FlowContext) => () => offerTraining(ctx.state.user?.profile);

/** Steps where the user is getting into position: nothing is squeezed yet. */
const GETTING_READY: readonly string[] = ['getReady', 'measurePosition', 'measureReady', 'sphincterReady'];

/** Pain now: stop, let go, no "shall we go on"; a calm breathing exercise instead. */
export async function pain(ctx: FlowContext, situation: PainSituation): Promise<Answer> {
  const d = activeDialog(ctx.state.dialog);
  if (d.step === 'selfTest' && PAIN_QUESTIONS.includes(ctx.state.selfTest?.question ?? 0)) return takeAnswer(ctx, 'yes');
  // "Het doet pijn" while nothing is squeezed (the self-test, a question, getting into position) is no call to let go.
  const squeezing = (answersOf(d).kind === 'running' || isMeasuring(d)) && !GETTING_READY.includes(d.step);
  const advice = triagePain(situation === 'exercise' && !squeezing ? 'notExercising' : situation, 'mild');
  const said = parts(painLines(advice));
  // In the self-test: the advice, then the open question again.
  if (d.step === 'selfTest') return prepend(said, askCurrentQuestion(ctx));
  // The exercise stops; what was done still counts.
  await keepWorkDone(ctx);
  if (d.step === 'exercise' && d.request.programme === 'relaxation') {
    return tell([...said, ...(ctx.state.unsaved.length > 0 ? [text('error.lostOnExit')] : [])]);
  }
  const question = CARE_QUESTION.relaxationAfterPain;
  return ask([...said, ...consentSkipped(ctx), text(question.text)], [text(question.reprompt)], { step: 'offerRelaxationAfterPain' });
}

/** "Ik voel niks", "welke spier?": reassurance, how to find it, who can check it, and when it is no longer that. */
export function cantFeel(ctx: FlowContext): Promise<Answer> | OpenAnswer {
  const d = activeDialog(ctx.state.dialog);
  if (isMeasuring(d) || (d.step === 'offerMeasure' && d.afterNothingFelt)) return nothingFelt(ctx);
  return thenBack(ctx, [...parts(CANT_FEEL_LINES), text(CANT_FEEL_SAFETY_NET)], () =>
    ctx.state.user?.profile.startblok
      ? offerTraining(ctx.state.user.profile)
      : askText('question.offerMeasure', 'launch.offerMeasureReprompt', { step: 'offerMeasure' }),
  );
}

/** Pregnancy, after a birth, after an operation: the leaflets' word, then a fitting offer. */
export async function lifeSituation(ctx: FlowContext, which: LifeSituation): Promise<Answer> {
  // "Ja, sinds de operatie wel" answers a self-test question.
  if (activeDialog(ctx.state.dialog).step === 'selfTest' && which !== 'pregnancy') return takeAnswer(ctx, 'yes');
  if (which === 'pregnancy') ctx.state.pregnant = true;
  const said = [
    text(LIFE_SITUATION_TEXT[which]),
    ...(which === 'afterSurgery' ? [text('care.cantFeel.findMuscle')] : []),
    text(LIFE_SITUATION_SAFETY_NET[which]),
  ];
  const profile = ctx.state.user?.profile;
  const gentle = CARE_QUESTION.gentleStart;
  // After a birth: a gentle start with letting go, never a maximal squeeze first, so a
  // measurement under way gives way to it rather than coming back.
  if (which === 'afterBirth' && !profile?.startblok) {
    const gentleStart = () => askText(gentle.text, gentle.reprompt, { step: 'offerRelaxation' });
    if (isMeasuring(activeDialog(ctx.state.dialog))) return prepend(said, gentleStart());
    return thenBack(ctx, said, gentleStart);
  }
  return thenBack(ctx, said, offerFor(ctx));
}

/** "Ik hou mijn adem in", "mijn billen doen mee", "mag ik oefenen tijdens het plassen": the tip, never an alarm. */
export function technique(ctx: FlowContext, issue: TechniqueIssue): Promise<Answer> {
  return thenBack(ctx, [text(TECHNIQUE_TEXT[issue])], offerFor(ctx));
}

/** "Niet nu", "later": a kind end with a hint for next time; a running exercise keeps what was done. */
export async function later(ctx: FlowContext): Promise<Answer> {
  const d = activeDialog(ctx.state.dialog);
  ctx.state.selfTest = undefined;
  if (d.step === 'exercise') return stopExercise(ctx, d);
  return tell([text(CARE_TEXT.later)]);
}

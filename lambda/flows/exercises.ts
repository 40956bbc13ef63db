import { LAYERS } from '../domain/layers';
import { LIFT } from '../domain/lift';
import type { SphincterPart } from '../domain/sphincter';
import { checkHoldSeconds } from '../domain/startblok';
import type { Focus } from '../persistence/userData';
import type { TextKey } from '../speech/translator';
import type { Answer } from '../skill/answer';
import { ask, askText, prepend, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { storedStartblok } from './common';
import { storing } from './consent';
import { startExercise } from './exercise';
import { offerTraining } from './offer';

/** The lift, the sphincter programme, relaxation, the three layers, and choosing among them. */

export async function startLift(ctx: FlowContext): Promise<Answer> {
  const explain = !ctx.state.user?.profile.liftExplainedOn;
  if (explain) await ctx.store.changeProfile((p) => ({ ...p, liftExplainedOn: ctx.today }));
  const holdSeconds = storedStartblok(ctx)?.holdSeconds ?? LIFT.defaultSecondFloorSeconds;
  return startExercise(ctx, { programme: 'lift', holdSeconds, explain });
}

export function startRelaxation(ctx: FlowContext): Promise<Answer> {
  return startExercise(ctx, { programme: 'relaxation' });
}

/** A tense floor, after days of relaxation: light strength, with the startblok as its ceiling (planner.ts). */
export function startLightStrength(ctx: FlowContext): Promise<Answer> {
  const startblok = storedStartblok(ctx);
  if (!startblok) return startRelaxation(ctx);
  return startExercise(ctx, { programme: 'lightStrength', holdSeconds: startblok.holdSeconds, repetitions: startblok.repetitions });
}

/**
 * All three parts, or the one asked for. The endurance hold is found once by a counted trial at
 * half strength (not a cold guess), then kept.
 */
export const startSphincter = (parts: readonly SphincterPart[]): Answer =>
  // Sitting ready first: no squeeze starts in the same breath as the request.
  askText('exercises.sphincterReady', 'exercises.sphincterReadyReprompt', { step: 'sphincterReady', parts });

/** "Klaar": the first time, a counted trial finds the endurance hold; else the parts asked for. */
export function sphincterWhenReady(ctx: FlowContext, parts: readonly SphincterPart[]): Answer | Promise<Answer> {
  const needsTrial = parts.includes('endurance') && ctx.state.user?.profile.enduranceHoldSeconds === undefined;
  return needsTrial ? enduranceTrial(parts) : playSphincter(ctx, parts);
}

async function playSphincter(ctx: FlowContext, parts: readonly SphincterPart[]): Promise<Answer> {
  const enduranceHoldSeconds = ctx.state.user?.profile.enduranceHoldSeconds;
  const explain = !ctx.state.user?.profile.sphincterExplainedOn;
  if (explain) await ctx.store.changeProfile((p) => ({ ...p, sphincterExplainedOn: ctx.today }));
  return startExercise(ctx, { programme: 'sphincter', parts, enduranceHoldSeconds: enduranceHoldSeconds ?? 1, explain });
}

/** The half-strength trial, counted to ten, then how long it lasted. */
const enduranceTrial = (parts: readonly SphincterPart[]): Answer =>
  ask(
    [{ segment: { plan: { programme: 'enduranceTrial' }, set: 0, index: 0 } }, text('exercises.askEnduranceHold')],
    [text('exercises.askEnduranceHoldReprompt')],
    { step: 'askEnduranceHold', parts },
  );

export async function answerEnduranceHold(ctx: FlowContext, parts: readonly SphincterPart[], value: number | undefined): Promise<Answer> {
  const hold = checkHoldSeconds(value);
  if (!hold.ok) return askText('exercises.askEnduranceHoldReprompt', 'question.askEnduranceHold', { step: 'askEnduranceHold', parts });
  await ctx.store.changeProfile((p) => ({ ...p, enduranceHoldSeconds: hold.value }));
  return prepend([text('exercises.enduranceHeard', { hold: hold.value })], await playSphincter(ctx, parts));
}

export function startLayers(ctx: FlowContext): Promise<Answer> {
  return startExercise(ctx, { programme: 'layers', holdSeconds: storedStartblok(ctx)?.holdSeconds ?? LAYERS.defaultHoldSeconds });
}

export const listExercises = (): Answer => askText('exercises.list', 'exercises.listReprompt', { step: 'chooseExercise' });

const FOCUS_TEXT: Record<Focus, TextKey> = { ontspanning: 'focus.ontspanning', kracht: 'focus.kracht' };

/** "Dat onthoud ik" only when it was stored; without consent, for this conversation only. */
const focusKept = (storing: boolean, stored: boolean): TextKey =>
  !storing ? 'focus.sessionOnly' : stored ? 'focus.kept' : 'focus.notSaved';

/** "Ik heb een gespannen bekkenbodem": remembered, and the matching exercise is offered. */
export async function chooseFocus(ctx: FlowContext, focus: Focus | undefined): Promise<Answer> {
  if (!focus) return askText('focus.missing', 'question.idle', { step: 'idle' });
  const stored = await ctx.store.changeProfile((p) => ({ ...p, focus }));
  return prepend([text(FOCUS_TEXT[focus]), text(focusKept(storing(ctx), stored))], offerTraining(ctx.state.user?.profile));
}

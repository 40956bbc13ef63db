import type { Response } from 'ask-sdk-model';
import { LAYERS } from '../domain/layers';
import { LIFT } from '../domain/lift';
import type { SphincterPart } from '../domain/sphincter';
import { SPHINCTER_PARTS } from '../domain/sphincter';
import { checkHoldSeconds } from '../domain/startblok';
import type { Focus } from '../persistence/userData';
import type { Speech } from '../speech/ssml';
import type { TextKey } from '../speech/translator';
import { join, nothing, say } from '../speech/ssml';
import type { Turn } from '../skill/turn';
import { firstVisitNote, handler, isIntent, storedStartblok } from './common';
import { startExercise } from './exercise';
import { changeProfile } from './recording';
import { ask, askText } from '../skill/reply';
import { fallback } from './fallback';
import { customSlot } from './slots';
import { startTraining } from './training';

/** The lift, the sphincter programme, relaxation, the three layers, and choosing among them. */

export async function startLift(turn: Turn, before: Speech = nothing): Promise<Response> {
  const explain = !turn.state.user?.profile.liftExplainedOn;
  if (explain) await changeProfile(turn, (p) => ({ ...p, liftExplainedOn: turn.today }));
  const holdSeconds = storedStartblok(turn)?.holdSeconds ?? LIFT.defaultSecondFloorSeconds;
  return startExercise(turn, { programme: 'lift', holdSeconds, explain }, before);
}

export function startRelaxation(turn: Turn, before: Speech = nothing): Promise<Response> {
  return startExercise(turn, { programme: 'relaxation' }, before);
}

const PART_BY_SLOT: Record<string, SphincterPart> = {
  kracht: 'strength',
  uithoudingsvermogen: 'endurance',
  snelheid: 'speed',
};

/** All three parts, or the one asked for; the endurance hold is asked once and then kept. */
export async function startSphincter(turn: Turn, parts: readonly SphincterPart[], before: Speech = nothing): Promise<Response> {
  const enduranceHoldSeconds = turn.state.user?.profile.enduranceHoldSeconds;
  if (parts.includes('endurance') && enduranceHoldSeconds === undefined) {
    return ask(turn, join(before, say(turn.t('exercises.askEnduranceHold'))), say(turn.t('exercises.askEnduranceHoldReprompt')), {
      step: 'askEnduranceHold',
      parts,
    });
  }
  return startExercise(turn, { programme: 'sphincter', parts, enduranceHoldSeconds: enduranceHoldSeconds ?? 1 }, before);
}

export async function answerEnduranceHold(turn: Turn, parts: readonly SphincterPart[], value: number | undefined): Promise<Response> {
  const hold = checkHoldSeconds(value);
  if (!hold.ok)
    return askText(turn, 'exercises.askEnduranceHoldReprompt', 'question.askEnduranceHold', { step: 'askEnduranceHold', parts });
  await changeProfile(turn, (p) => ({ ...p, enduranceHoldSeconds: hold.value }));
  return startSphincter(turn, parts, say(turn.t('exercises.enduranceHeard', { hold: hold.value })));
}

export function startLayers(turn: Turn, before: Speech = nothing): Promise<Response> {
  return startExercise(turn, { programme: 'layers', holdSeconds: storedStartblok(turn)?.holdSeconds ?? LAYERS.defaultHoldSeconds }, before);
}

export const LiftExerciseHandler = handler(
  (input) => isIntent(input, 'LiftExerciseIntent'),
  async (turn) => startLift(turn, await firstVisitNote(turn)),
);

export const SphincterExerciseHandler = handler(
  (input) => isIntent(input, 'SphincterExerciseIntent'),
  async (turn) => {
    const slot = customSlot(turn.input, 'part');
    if (slot.kind === 'unmatched' || (slot.kind === 'matched' && !PART_BY_SLOT[slot.value])) return fallback(turn);
    const parts = slot.kind === 'matched' ? [PART_BY_SLOT[slot.value]] : SPHINCTER_PARTS;
    return startSphincter(turn, parts, await firstVisitNote(turn));
  },
);

export const RelaxationExerciseHandler = handler(
  (input) => isIntent(input, 'RelaxationExerciseIntent'),
  async (turn) => startRelaxation(turn, await firstVisitNote(turn)),
);

export const LayersExerciseHandler = handler(
  (input) => isIntent(input, 'LayersExerciseIntent'),
  async (turn) => startLayers(turn, await firstVisitNote(turn)),
);

export const ListExercisesHandler = handler(
  (input) => isIntent(input, 'ListExercisesIntent'),
  (turn) => askText(turn, 'exercises.list', 'exercises.listReprompt', { step: 'chooseExercise' }),
);

/** "Dat onthoud ik" only when it was stored. */
const focusHeard = (focus: Focus, stored: boolean): TextKey =>
  focus === 'ontspanning' ? (stored ? 'focus.ontspanning' : 'focus.ontspanningNotSaved') : stored ? 'focus.kracht' : 'focus.krachtNotSaved';

const FOCUS_BY_SLOT: Record<string, Focus> = { kracht: 'kracht', ontspanning: 'ontspanning' };

/** "Ik heb een gespannen bekkenbodem": remembered, and the matching exercise is offered. */
export const FocusHandler = handler(
  (input) => isIntent(input, 'FocusIntent'),
  async (turn) => {
    const slot = customSlot(turn.input, 'focus');
    const focus = slot.kind === 'matched' ? FOCUS_BY_SLOT[slot.value] : undefined;
    if (!focus) return askText(turn, 'focus.missing', 'question.idle', { step: 'idle' });
    const stored = await changeProfile(turn, (p) => ({ ...p, focus }));
    const heard = say(turn.t(focusHeard(focus, stored)));
    if (focus === 'ontspanning') {
      return ask(turn, join(heard, say(turn.t('exercises.offerRelaxation'))), say(turn.t('exercises.offerRelaxationReprompt')), {
        step: 'offerRelaxation',
      });
    }
    const startblok = storedStartblok(turn);
    if (!startblok) return startTraining(turn, heard);
    return ask(
      turn,
      join(heard, say(turn.t('training.offer', { hold: startblok.holdSeconds, repetitions: startblok.repetitions }))),
      say(turn.t('training.offerReprompt')),
      { step: 'offerTraining' },
    );
  },
);

import type { SphincterPart } from '../domain/sphincter';
import { SPHINCTER_PARTS } from '../domain/sphincter';
import type { Focus } from '../persistence/userData';
import { firstVisitNote } from '../flows/common';
import { chooseFocus, listExercises, startLayers, startLift, startRelaxation, startSphincter } from '../flows/exercises';
import { repair } from '../flows/repair';
import type { Answer } from '../skill/answer';
import { prepend } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { handler, isIntent } from './common';
import { customSlot, lookUp } from './slots';

/** The lift, the sphincter programme, relaxation, the three layers, and choosing among them. */

/** A one-shot start: the first-visit note, then the exercise. */
const withNote = (start: (ctx: FlowContext) => Answer | Promise<Answer>) => async (ctx: FlowContext) =>
  prepend(await firstVisitNote(ctx), await start(ctx));

export const LiftExerciseHandler = handler((input) => isIntent(input, 'LiftExerciseIntent'), withNote(startLift));

const PART_BY_SLOT: ReadonlyMap<string, SphincterPart> = new Map([
  ['kracht', 'strength'],
  ['uithoudingsvermogen', 'endurance'],
  ['snelheid', 'speed'],
]);

export const SphincterExerciseHandler = handler(
  (input) => isIntent(input, 'SphincterExerciseIntent'),
  async (ctx, input) => {
    const slot = customSlot(input, 'part');
    const part = slot.kind === 'matched' ? lookUp(PART_BY_SLOT, slot.value) : undefined;
    if (slot.kind === 'unmatched' || (slot.kind === 'matched' && !part)) return repair(ctx);
    return withNote(() => startSphincter(part ? [part] : SPHINCTER_PARTS))(ctx);
  },
);

export const RelaxationExerciseHandler = handler((input) => isIntent(input, 'RelaxationExerciseIntent'), withNote(startRelaxation));

export const LayersExerciseHandler = handler((input) => isIntent(input, 'LayersExerciseIntent'), withNote(startLayers));

export const ListExercisesHandler = handler(
  (input) => isIntent(input, 'ListExercisesIntent'),
  () => listExercises(),
);

const FOCUS_BY_SLOT: ReadonlyMap<string, Focus> = new Map([
  ['kracht', 'kracht'],
  ['ontspanning', 'ontspanning'],
]);

/** "Ik heb een gespannen bekkenbodem": remembered, and the matching exercise is offered. */
export const FocusHandler = handler(
  (input) => isIntent(input, 'FocusIntent'),
  (ctx, input) => {
    const slot = customSlot(input, 'focus');
    return chooseFocus(ctx, slot.kind === 'matched' ? lookUp(FOCUS_BY_SLOT, slot.value) : undefined);
  },
);

import { runNo } from '../flows/actions';
import { firstVisitNote } from '../flows/common';
import { repair } from '../flows/repair';
import { answerNumber, answerStartblok, estimateWillDo, startMeasure } from '../flows/startblok';
import { prepend } from '../skill/answer';
import { handler, isIntent } from './common';
import { countSlot, numberSlot, saidNone } from './slots';

export const SetStartblokHandler = handler(
  (input) => isIntent(input, 'SetStartblokIntent'),
  async (ctx, input) => {
    const seconds = numberSlot(input, 'seconds');
    const repetitions = numberSlot(input, 'repetitions');
    const inDialog = await answerNumber(ctx, seconds, repetitions, undefined);
    if (inDialog) return inDialog;
    return prepend(await firstVisitNote(ctx), await answerStartblok(ctx, undefined, seconds, repetitions));
  },
);

/** A number where one was asked; "geen enkele keer" where a yes or no was asked is a "nee". */
export const NumberAnswerHandler = handler(
  (input) => isIntent(input, 'NumberAnswerIntent'),
  async (ctx, input) =>
    (await answerNumber(ctx, undefined, undefined, countSlot(input))) ?? (saidNone(input) ? runNo(ctx, ctx.state.dialog) : repair(ctx)),
);

export const MeasureStartblokHandler = handler(
  (input) => isIntent(input, 'MeasureStartblokIntent'),
  async (ctx) => prepend(await firstVisitNote(ctx), startMeasure(ctx)),
);

/** "Weet ik niet" while measuring: an estimate will do, and the number is asked again; at "Lukt het nog?", the count. */
export const MeasureDontKnowHandler = handler(
  (input, turn) =>
    isIntent(input, 'DontKnowIntent') && ['measureAskHold', 'measureAskRepetitions', 'measureRepetitions'].includes(turn.state.dialog.step),
  (ctx) => estimateWillDo(ctx, ctx.state.dialog),
);

import { firstVisitNote } from '../flows/common';
import { repair } from '../flows/repair';
import { answerNumber, answerStartblok, startMeasure } from '../flows/startblok';
import { prepend } from '../skill/answer';
import { handler, isIntent } from './common';
import { numberSlot } from './slots';

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

export const NumberAnswerHandler = handler(
  (input) => isIntent(input, 'NumberAnswerIntent'),
  async (ctx, input) => (await answerNumber(ctx, undefined, undefined, numberSlot(input, 'number'))) ?? repair(ctx),
);

export const MeasureStartblokHandler = handler(
  (input) => isIntent(input, 'MeasureStartblokIntent'),
  async (ctx) => prepend(await firstVisitNote(ctx), startMeasure(ctx)),
);

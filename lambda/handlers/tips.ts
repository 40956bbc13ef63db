import { firstVisitNote } from '../flows/common';
import { lifestyleAdvice } from '../flows/lifestyle';
import { allTips, playTips } from '../flows/tips';
import { prepend } from '../skill/answer';
import { habitSlot } from './adviceSlots';
import { handler, isIntent } from './common';

export const ToiletAdviceHandler = handler(
  (input) => isIntent(input, 'ToiletAdviceIntent'),
  async (ctx) => prepend(await firstVisitNote(ctx), playTips(ctx, 'toilet', 0, false)),
);

/** A specific question ("hoeveel moet ik drinken") gets its one answer; otherwise the list. */
export const LifestyleAdviceHandler = handler(
  (input) => isIntent(input, 'LifestyleAdviceIntent'),
  async (ctx, input) => prepend(await firstVisitNote(ctx), await lifestyleAdvice(ctx, habitSlot(input))),
);

/** "Alles": the rest of the list under way, or else every toilet tip at once. */
export const AllTipsHandler = handler(
  (input) => isIntent(input, 'AllTipsIntent'),
  (ctx) => allTips(ctx),
);

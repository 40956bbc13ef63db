import { firstVisitNote } from '../flows/common';
import { info } from '../flows/info';
import { prepend } from '../skill/answer';
import { infoTopicSlot } from './adviceSlots';
import { handler, isIntent } from './common';

/** One or two sentences on a topic, then a related action to take; no topic: ask which. */
export const InfoHandler = handler(
  (input) => isIntent(input, 'InfoIntent'),
  async (ctx, input) => prepend(await firstVisitNote(ctx), await info(ctx, infoTopicSlot(input))),
);

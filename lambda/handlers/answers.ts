import { goOn, runNo, runYes } from '../flows/actions';
import { repair } from '../flows/repair';
import { pause } from '../flows/session';
import { handler, isIntent } from './common';

/**
 * "Ja", "nee", "verder" and "wacht even": what they mean is looked up in the step table
 * (skill/dialog.ts), never decided here.
 */
export const YesHandler = handler(
  (input) => isIntent(input, 'AMAZON.YesIntent'),
  // "Ja" where no question was asked is a miss.
  async (ctx) => (await runYes(ctx, ctx.state.dialog)) ?? repair(ctx),
);

export const GoOnHandler = handler(
  (input) => isIntent(input, 'AMAZON.NextIntent', 'AMAZON.ResumeIntent'),
  (ctx) => goOn(ctx, ctx.state.dialog),
);

export const NoHandler = handler(
  (input) => isIntent(input, 'AMAZON.NoIntent'),
  (ctx) => runNo(ctx, ctx.state.dialog),
);

export const PauseHandler = handler(
  (input) => isIntent(input, 'AMAZON.PauseIntent'),
  (ctx) => pause(ctx),
);

import { runNo, runYes } from '../flows/actions';
import { repair } from '../flows/repair';
import { nothingToResume, pause } from '../flows/session';
import { handler, isIntent } from './common';

/**
 * "Ja", "nee" and "wacht even": what they mean is looked up in the step table
 * (skill/dialog.ts), never decided here.
 */
export const YesHandler = handler(
  (input) => isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NextIntent', 'AMAZON.ResumeIntent'),
  // "Ja" where no question was asked is a miss; "verder" with nothing running says so.
  async (ctx, input) => (await runYes(ctx, ctx.state.dialog)) ?? (isIntent(input, 'AMAZON.YesIntent') ? repair(ctx) : nothingToResume()),
);

export const NoHandler = handler(
  (input) => isIntent(input, 'AMAZON.NoIntent'),
  (ctx) => runNo(ctx, ctx.state.dialog),
);

export const PauseHandler = handler(
  (input) => isIntent(input, 'AMAZON.PauseIntent'),
  (ctx) => pause(ctx),
);

import type { Response } from 'ask-sdk-model';
import { say } from '../speech/ssml';
import { idle } from '../skill/dialog';
import { ask, askText } from '../skill/reply';
import type { Turn } from '../skill/turn';
import { runNo, runYes } from './actions';
import { handler, isIntent } from './common';
import { fallback } from './fallback';

/**
 * "Ja", "nee" and "wacht even": what they mean is looked up in the step table
 * (skill/dialog.ts), never decided here.
 */
export const YesHandler = handler(
  (input) => isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NextIntent', 'AMAZON.ResumeIntent'),
  async (turn) => (await runYes(turn, turn.state.dialog)) ?? (await resumeNothing(turn)),
);

/** "Ja" where no question was asked is a miss; "verder" with nothing running says so. */
function resumeNothing(turn: Turn): Promise<Response> | Response {
  return isIntent(turn.input, 'AMAZON.YesIntent') ? fallback(turn) : askText(turn, 'pause.nothingToResume', 'question.idle', idle);
}

export const NoHandler = handler(
  (input) => isIntent(input, 'AMAZON.NoIntent'),
  (turn) => runNo(turn, turn.state.dialog),
);

export const PauseHandler = handler(
  (input) => isIntent(input, 'AMAZON.PauseIntent'),
  (turn) => {
    const d = turn.state.dialog;
    if (d.step === 'paused') return askText(turn, 'pause.paused', 'pause.pausedReprompt', d);
    if (d.step === 'idle') return askText(turn, 'pause.nothingToResume', 'question.idle', idle);
    const resume = d.step === 'offerStop' ? d.resume : d;
    return ask(turn, say(turn.t('pause.paused')), say(turn.t('pause.pausedReprompt')), { step: 'paused', resume });
  },
);

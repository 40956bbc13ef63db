import { renderBreathing } from '../speech/renderPlan';
import { join, nothing, say } from '../speech/ssml';
import { ask } from '../skill/reply';
import { handler, isIntent } from './common';
import { getReady } from './exercise';
import { activeDialog } from '../skill/dialog';
import { startTraining } from './training';

/**
 * "Hoe moet het ook alweer": the full instructions once more, whatever the short start left
 * out. Waiting for "klaar": the full setup of that position. In the middle of a set: how to
 * breathe and squeeze, then on with it. Otherwise the training starts with the full setup.
 */
export const InstructionsHandler = handler(
  (input) => isIntent(input, 'InstructionsIntent'),
  (turn) => {
    const d = activeDialog(turn.state.dialog);
    if (d.step === 'getReady') return getReady(turn, d.resume, nothing, true) ?? startTraining(turn, nothing, undefined, true);
    if (d.step === 'exercise') {
      return ask(turn, join(renderBreathing(turn.t), say(turn.t('instructions.goOn'))), say(turn.t('next.reprompt')), turn.state.dialog);
    }
    return startTraining(turn, nothing, undefined, true);
  },
);

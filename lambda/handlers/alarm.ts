import { join, say } from '../speech/ssml';
import { handler, isIntent } from './common';
import { tell } from '../skill/reply';
import { activeDialog } from '../skill/dialog';
import { recordPartial } from './exercise';

/**
 * An alarm signal (blood, sudden loss of control, fever with pain, ...): the only advice is
 * to contact the GP promptly. No exercise is offered, and the session closes; repetitions
 * already done in a running training still count.
 */
export const AlarmSignalHandler = handler(
  (input) => isIntent(input, 'AlarmSignalIntent'),
  async (turn) => {
    const d = activeDialog(turn.state.dialog);
    if (d.step === 'exercise') await recordPartial(turn, d);
    return tell(turn, join(say(turn.t('alarm.seeGp')), say(turn.t('alarm.closing'))));
  },
);

import type { Answer } from '../skill/answer';
import { tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { activeDialog } from '../skill/dialog';
import { recordPartial } from './exercise';

/**
 * An alarm signal (blood, sudden loss of control, fever with pain, ...): the only advice is
 * to contact the GP promptly. No exercise is offered, and the session closes; repetitions
 * already done in a running training still count.
 */
export async function alarmSignal(ctx: FlowContext): Promise<Answer> {
  const d = activeDialog(ctx.state.dialog);
  if (d.step === 'exercise') await recordPartial(ctx, d);
  return tell([text('alarm.seeGp'), text('alarm.closing')]);
}

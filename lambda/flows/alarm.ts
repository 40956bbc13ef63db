import type { Answer } from '../skill/answer';
import { tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { keepWorkDone } from './exercise';

/**
 * An alarm signal (blood, sudden loss of control, fever with pain, ...): the only advice is
 * to contact the GP promptly. No exercise is offered, and the session closes; repetitions
 * already done in a running training still count.
 */
export async function alarmSignal(ctx: FlowContext): Promise<Answer> {
  await keepWorkDone(ctx);
  return tell([text('alarm.seeGp'), text('alarm.closing')]);
}

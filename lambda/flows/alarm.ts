import type { Answer, Part } from '../skill/answer';
import { ask, tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { keepWorkDone } from './exercise';

/**
 * What to do: the GP promptly; pregnant or just after a birth, the midwife at once (blood loss
 * in pregnancy cannot wait for the GP's surgery hours). Known to be pregnant in this session,
 * the midwife comes first.
 */
const advice = (ctx: FlowContext): Part[] =>
  ctx.state.pregnant ? [text('alarm.seeMidwife')] : [text('alarm.seeGp'), text('alarm.midwife')];

/**
 * An alarm signal (blood, sudden loss of control, fever with pain, ...): the only advice is
 * to contact the GP promptly. No exercise is offered: the only question is whether to say it
 * again, and then the session closes; repetitions already done in a running training still count.
 */
export async function alarmSignal(ctx: FlowContext): Promise<Answer> {
  await keepWorkDone(ctx);
  const lost: Part[] = ctx.state.unsaved.length > 0 ? [text('error.lostOnExit')] : [];
  return ask([...advice(ctx), ...lost, text('alarm.offerRepeat')], [text('alarm.offerRepeatReprompt')], { step: 'alarmSaid' });
}

/** "Ja" to "Zal ik het nog een keer zeggen?": the advice again, then goodbye. */
export const repeatAlarm = (ctx: FlowContext): Answer => tell([...advice(ctx), text('alarm.closing')]);

export const closeAfterAlarm = (): Answer => tell([text('alarm.closing')]);

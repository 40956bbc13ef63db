import type { Answer, Part } from '../skill/answer';
import { tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { activeDialog, answersOf } from '../skill/dialog';
import { stopExercise } from './exercise';
import { askRepetitionsCount } from './startblok';

/** Stop, cancel, "naar huis", or "ja" to the offer to stop: what was done is kept. */
export function leave(ctx: FlowContext, closing: readonly Part[] = [{ variant: 'goodbye' }]): Promise<Answer> | Answer {
  const d = activeDialog(ctx.state.dialog);
  if (d.step === 'exercise') return stopExercise(ctx, d);
  // Getting ready to go on with a set begun earlier: its place is kept as a stop in the set would.
  if (d.step === 'getReady' && d.resume.segmentIndex > 0) return stopExercise(ctx, d.resume);
  // "Stop" at "Lukt het nog?" while measuring: it no longer works; the count keeps the measurement.
  if (d.step === 'measureRepetitions') return askRepetitionsCount(d.holdSeconds, d.segmentIndex);
  // "Laat maar" to erasing, stopping storage or reminders: said plainly that nothing changed.
  const said = answersOf(d).decision ? [text('leave.nothingChanged'), ...closing] : closing;
  return tell([...said, ...(ctx.state.unsaved.length > 0 ? [text('error.lostOnExit')] : [])]);
}

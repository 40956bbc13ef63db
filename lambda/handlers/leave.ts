import type { Response } from 'ask-sdk-model';
import { join, nothing, say } from '../speech/ssml';
import type { Speech } from '../speech/ssml';
import { activeDialog } from '../skill/dialog';
import { tell } from '../skill/reply';
import type { Turn } from '../skill/turn';
import { stopExercise } from './exercise';

/** Stop, cancel, "naar huis", or "ja" to the offer to stop: what was done is kept. */
export function leave(turn: Turn, closing: () => Speech): Promise<Response> | Response {
  const d = activeDialog(turn.state.dialog);
  if (d.step === 'exercise') return stopExercise(turn, d);
  const lost = turn.state.unsaved.length > 0 ? say(turn.t('error.lostOnExit')) : nothing;
  return tell(turn, join(closing(), lost));
}

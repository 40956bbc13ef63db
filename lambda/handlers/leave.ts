import type { Response } from 'ask-sdk-model';
import { join, nothing, say } from '../speech/ssml';
import type { TextKey } from '../speech/translator';
import { activeDialog } from '../skill/dialog';
import { tell } from '../skill/reply';
import type { Turn } from '../skill/turn';
import { stopExercise } from './exercise';

/** Stop, cancel, "naar huis", or "ja" to the offer to stop: what was done is kept. */
export function leave(turn: Turn, key: TextKey): Promise<Response> | Response {
  const d = activeDialog(turn.state.dialog);
  if (d.step === 'exercise') return stopExercise(turn, d);
  const lost = turn.state.unsaved.length > 0 ? say(turn.t('error.lostOnExit')) : nothing;
  return tell(turn, join(say(turn.t(key)), lost));
}

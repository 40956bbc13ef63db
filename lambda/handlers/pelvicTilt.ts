import type { Response } from 'ask-sdk-model';
import { planPelvicTilt } from '../domain/pelvicTilt';
import { renderPelvicTilt } from '../speech/renderTilt';
import type { Speech } from '../speech/ssml';
import { join, nothing } from '../speech/ssml';
import type { Turn } from '../skill/turn';
import { firstVisitNote, handler, isIntent } from './common';
import { tell } from '../skill/reply';
import { exerciseScreen } from '../screen/exerciseScreen';
import { tiltTimeline } from '../screen/timeline';

/** The guided pelvic tilt; it is done on the toilet, so the session closes after it. */
export function startPelvicTilt(turn: Turn, before: Speech = nothing): Response {
  const plan = planPelvicTilt();
  return tell(turn, join(before, renderPelvicTilt(plan, turn.t)), () => exerciseScreen(tiltTimeline(plan, turn.t, before.seconds), turn.t));
}

export const PelvicTiltHandler = handler(
  (input) => isIntent(input, 'PelvicTiltIntent'),
  async (turn) => startPelvicTilt(turn, await firstVisitNote(turn)),
);

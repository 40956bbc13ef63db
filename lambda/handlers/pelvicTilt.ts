import type { Response } from 'ask-sdk-model';
import { planPelvicTilt } from '../domain/pelvicTilt';
import { renderPelvicTilt } from '../speech/renderTilt';
import type { Speech } from '../speech/ssml';
import { join, nothing } from '../speech/ssml';
import type { Turn } from '../skill/turn';
import { firstVisitNote, handler, isIntent } from './common';
import { tell } from '../skill/reply';

/** The guided pelvic tilt; it is done on the toilet, so the session closes after it. */
export function startPelvicTilt(turn: Turn, before: Speech = nothing): Response {
  return tell(turn, join(before, renderPelvicTilt(planPelvicTilt(), turn.t)));
}

export const PelvicTiltHandler = handler(
  (input) => isIntent(input, 'PelvicTiltIntent'),
  async (turn) => startPelvicTilt(turn, await firstVisitNote(turn)),
);

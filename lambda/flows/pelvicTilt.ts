import type { Answer } from '../skill/answer';
import { tell } from '../skill/answer';

/** The guided pelvic tilt; it is done on the toilet, so the session closes after it. */
export function startPelvicTilt(): Answer {
  return tell([{ pelvicTilt: true }], { screen: { kind: 'exercise' } });
}

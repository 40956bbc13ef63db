import { planPelvicTilt } from '../domain/pelvicTilt';
import { segmentLayout } from '../speech/layout';
import type { Answer, Part } from '../skill/answer';
import { tell, text } from '../skill/answer';

/**
 * The guided pelvic tilt, a session plan like every exercise; it is done on the toilet, so it
 * is said whole, in one closing answer (about 135 s, within Alexa's 240 s), and the session closes.
 */
export function startPelvicTilt(): Answer {
  const [segments] = segmentLayout(planPelvicTilt());
  const tilt: Part[] = segments.map((_, index) => ({ segment: { plan: { programme: 'pelvicTilt' }, set: 0, index } }));
  return tell([...tilt, text('tilt.done')], { screen: { kind: 'exercise' } });
}

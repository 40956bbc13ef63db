import { firstVisitNote } from '../flows/common';
import { startPelvicTilt } from '../flows/pelvicTilt';
import { prepend } from '../skill/answer';
import { handler, isIntent } from './common';

export const PelvicTiltHandler = handler(
  (input) => isIntent(input, 'PelvicTiltIntent'),
  async (ctx) => prepend(await firstVisitNote(ctx), startPelvicTilt()),
);

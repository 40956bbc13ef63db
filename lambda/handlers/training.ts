import { continueExercise } from '../flows/exercise';
import { firstVisitNote } from '../flows/common';
import { repair } from '../flows/repair';
import { startTraining } from '../flows/training';
import { measureNow, practiceMeasure } from '../flows/startblok';
import { prepend } from '../skill/answer';
import { handler, isIntent } from './common';
import { positionSlot } from './slots';

export const StartTrainingHandler = handler(
  (input) => isIntent(input, 'StartTrainingIntent'),
  async (ctx, input) => {
    const position = positionSlot(input);
    if (position === 'unmatched') return repair(ctx);
    const d = ctx.state.dialog;
    // "Ik zit" while the first measurement waits for "klaar": that is "klaar".
    if (d.step === 'measurePosition') return practiceMeasure();
    if (d.step === 'measureReady') return measureNow();
    // "Ik lig", "ik zit" while the skill waits for "klaar": in that position, go.
    // "Ja, ga door", "nee, ik wil oefenen" during a set: a yes with more words, so the set goes on.
    if (d.step === 'exercise') return continueExercise(ctx, d);
    if (d.step === 'getReady') {
      const request = d.resume.request.programme === 'startblokTraining' && position ? { ...d.resume.request, position } : d.resume.request;
      return continueExercise(ctx, { ...d.resume, request });
    }
    return prepend(await firstVisitNote(ctx), await startTraining(ctx, position));
  },
);

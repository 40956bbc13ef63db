import { continueExercise, getReady } from '../flows/exercise';
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
      const current = d.resume.request;
      // Another position than the one being set up ("kan het ook zittend?"): its setup, and "klaar" again.
      if (current.programme === 'startblokTraining' && position && position !== current.position) {
        const moved = { ...d.resume, request: { ...current, position } };
        return getReady(ctx, moved) ?? continueExercise(ctx, moved);
      }
      return continueExercise(ctx, d.resume);
    }
    return prepend(await firstVisitNote(ctx), await startTraining(ctx, position));
  },
);

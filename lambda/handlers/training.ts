import type { Response } from 'ask-sdk-model';
import { positionFor } from '../domain/positions';
import type { Position } from '../domain/timeline';
import type { Speech } from '../speech/ssml';
import { join, nothing, say } from '../speech/ssml';
import type { Turn } from '../skill/turn';
import { todayTally } from '../skill/turn';
import { firstVisitNote, handler, isIntent, storedStartblok } from './common';
import { continueExercise, startExercise } from './exercise';
import { ask } from '../skill/reply';
import { fallback } from './fallback';
import { positionSlot } from './slots';

/** The daily training with the stored startblok (maintenance after six months), or the offer to determine one first. */
export async function startTraining(turn: Turn, before: Speech = nothing, chosen?: Position, fullSetup?: boolean): Promise<Response> {
  const startblok = storedStartblok(turn);
  if (!startblok) {
    return ask(turn, join(before, say(turn.t('training.needsStartblok'))), say(turn.t('training.needsStartblokReprompt')), {
      step: 'offerMeasure',
    });
  }
  if (turn.state.user?.profile.maintenanceFrom) {
    return startExercise(
      turn,
      { programme: 'maintenance', holdSeconds: startblok.holdSeconds, repetitions: startblok.repetitions },
      before,
    );
  }
  return startExercise(
    turn,
    {
      programme: 'startblokTraining',
      holdSeconds: startblok.holdSeconds,
      repetitions: startblok.repetitions,
      position: positionFor(todayTally(turn).sessions, chosen),
    },
    before,
    fullSetup,
  );
}

export const StartTrainingHandler = handler(
  (input) => isIntent(input, 'StartTrainingIntent'),
  async (turn) => {
    const position = positionSlot(turn.input);
    if (position === 'unmatched') return fallback(turn);
    const d = turn.state.dialog;
    // "Ik lig", "ik zit" while the skill waits for "klaar": in that position, go.
    if (d.step === 'getReady') {
      const request = d.resume.request.programme === 'startblokTraining' && position ? { ...d.resume.request, position } : d.resume.request;
      return continueExercise(turn, { ...d.resume, request });
    }
    return startTraining(turn, await firstVisitNote(turn), position);
  },
);

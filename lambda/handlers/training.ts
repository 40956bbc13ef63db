import type { Response } from 'ask-sdk-model';
import { DAILY_SESSIONS_ADVICE } from '../domain/startblok';
import { planStartblokTraining } from '../domain/planner';
import { segmentPlan } from '../speech/renderPlan';
import type { Speech } from '../speech/ssml';
import { join, nothing, say } from '../speech/ssml';
import type { Dialog } from '../skill/dialog';
import type { Turn } from '../skill/turn';
import { ask, tell } from './reply';
import { firstVisitNote, handler, isIntent, storedStartblok } from './common';
import { recordWork } from './recording';

export type TrainingDialog = Extract<Dialog, { step: 'training' }>;

function segmentsOf(d: TrainingDialog, turn: Turn) {
  return segmentPlan(planStartblokTraining({ holdSeconds: d.holdSeconds, repetitions: d.repetitions }), turn.t);
}

function doneText(turn: Turn, sessions: number): string {
  const advice = { min: DAILY_SESSIONS_ADVICE.min, max: DAILY_SESSIONS_ADVICE.max, count: sessions };
  if (sessions <= 1) return turn.t('training.doneFirstToday', advice);
  if (sessions > DAILY_SESSIONS_ADVICE.max) return turn.t('training.doneEnough', advice);
  return turn.t('training.doneToday', advice);
}

/** Ends a training: praise and today's count, or an honest word when saving failed. */
function closeTraining(turn: Turn, before: Speech): Response {
  const sessions = turn.state.user?.today.sessions ?? 0;
  if (turn.state.unsaved.length > 0) {
    return ask(
      turn,
      join(before, say(turn.t('training.doneUnsaved'))),
      say(turn.t('training.doneUnsavedReprompt')),
      { step: 'confirmRetrySave' },
    );
  }
  return tell(turn, join(before, say(doneText(turn, sessions))));
}

/** Plays the segment the dialog points at, and moves the dialog on. */
export async function continueTraining(turn: Turn, d: TrainingDialog, before: Speech = nothing): Promise<Response> {
  const sets = segmentsOf(d, turn);
  const segments = sets[d.setIndex];
  const segment = segments?.[d.segmentIndex];
  if (!segment) return startTraining(turn);
  const played = join(before, segment.speech);
  if (d.segmentIndex < segments.length - 1) {
    return ask(
      turn,
      join(played, say(turn.t('training.nextRound'))),
      say(turn.t('training.nextRoundReprompt')),
      { ...d, segmentIndex: d.segmentIndex + 1 },
    );
  }
  if (d.setIndex === 0) {
    await recordWork(turn, `${d.runId}:startblok`, { sessions: 1, repetitions: d.repetitions });
    return ask(turn, join(played, say(turn.t('training.nextSet'))), say(turn.t('training.nextSetReprompt')), {
      ...d,
      setIndex: 1,
      segmentIndex: 0,
    });
  }
  await recordWork(turn, `${d.runId}:quick`, { quickSets: 1 });
  return closeTraining(turn, played);
}

/** Starts the daily training with the stored startblok, or offers to determine one. */
export async function startTraining(turn: Turn, before: Speech = nothing): Promise<Response> {
  const startblok = storedStartblok(turn);
  if (!startblok) {
    return ask(turn, join(before, say(turn.t('training.needsStartblok'))), say(turn.t('training.needsStartblokReprompt')), {
      step: 'offerMeasure',
    });
  }
  return continueTraining(
    turn,
    {
      step: 'training',
      holdSeconds: startblok.holdSeconds,
      repetitions: startblok.repetitions,
      setIndex: 0,
      segmentIndex: 0,
      runId: turn.deps.newId(),
    },
    before,
  );
}

/** Repetitions of the startblok set already played when the user stops halfway. */
function repetitionsDone(turn: Turn, d: TrainingDialog): number {
  if (d.setIndex > 0 || d.segmentIndex === 0) return 0;
  return segmentsOf(d, turn)[0][d.segmentIndex - 1].last;
}

/** Records what was done before a stop; true when the startblok itself was finished. */
export async function recordPartial(turn: Turn, d: TrainingDialog): Promise<{ repetitions: number; finished: boolean }> {
  const repetitions = repetitionsDone(turn, d);
  if (repetitions > 0) await recordWork(turn, `${d.runId}:partial`, { repetitions });
  return { repetitions, finished: d.setIndex > 0 };
}

/** "Stop" or "nee" during a training: record, then say what counted, and close. */
export async function stopTraining(turn: Turn, d: TrainingDialog): Promise<Response> {
  const { repetitions, finished } = await recordPartial(turn, d);
  const lost = turn.state.unsaved.length > 0 ? say(turn.t('error.lostOnExit')) : nothing;
  if (finished) {
    return tell(turn, join(say(doneText(turn, turn.state.user?.today.sessions ?? 0)), lost));
  }
  if (repetitions > 0) return tell(turn, join(say(turn.t('training.stoppedPartway', { repetitions })), lost));
  return tell(turn, join(say(turn.t('goodbye')), lost));
}

export const StartTrainingHandler = handler(
  (input) => isIntent(input, 'StartTrainingIntent'),
  async (turn) => startTraining(turn, await firstVisitNote(turn)),
);

import type { Response } from 'ask-sdk-model';
import type { HoldProblem, RepetitionsProblem, Startblok, StartblokProblem } from '../domain/startblok';
import { checkHoldSeconds, checkRepetitions, isImprovement } from '../domain/startblok';
import { planMeasureHold, planMeasureRepetitions } from '../domain/planner';
import { segmentPlan } from '../speech/renderPlan';
import type { Speech } from '../speech/ssml';
import { join, nothing, say } from '../speech/ssml';
import type { TextKey } from '../speech/translator';
import type { Dialog } from '../skill/dialog';
import type { Turn } from '../skill/turn';
import { firstVisitNote, handler, isIntent, storedStartblok } from './common';
import { answerEnduranceHold } from './exercises';
import { fallback } from './fallback';
import { changeProfile } from './recording';
import { appendHistory, reachesTarget } from '../domain/progress';
import { HISTORY_LIMIT } from '../persistence/userData';
import { ask, askText } from '../skill/reply';
import { numberSlot } from './slots';

const PROBLEM_TEXT: Record<StartblokProblem, TextKey> = {
  holdMissing: 'startblok.holdMissing',
  holdNotWhole: 'startblok.holdNotWhole',
  holdTooShort: 'startblok.holdTooShort',
  holdTooLong: 'startblok.holdTooLong',
  repetitionsMissing: 'startblok.repetitionsMissing',
  repetitionsNotWhole: 'startblok.repetitionsNotWhole',
  repetitionsTooFew: 'startblok.repetitionsTooFew',
  repetitionsTooMany: 'startblok.repetitionsTooMany',
};

function explainHold(turn: Turn, problem: HoldProblem, dialog: Dialog): Response {
  return askText(turn, PROBLEM_TEXT[problem], 'startblok.holdReprompt', dialog);
}

function explainRepetitions(turn: Turn, problem: RepetitionsProblem, dialog: Dialog): Response {
  return askText(turn, PROBLEM_TEXT[problem], 'startblok.repetitionsReprompt', dialog);
}

/** Step 1 of determining the startblok: squeeze, the coach counts, then the question. */
export function startMeasure(turn: Turn, before: Speech = nothing): Response {
  const [[segment]] = segmentPlan(planMeasureHold(), turn.t);
  return ask(turn, join(before, segment.speech, say(turn.t('measure.askHold'))), say(turn.t('measure.askHoldReprompt')), {
    step: 'measureAskHold',
  });
}

/** Step 2: guides repetitions at the measured hold, a segment per response. */
export function continueMeasure(turn: Turn, holdSeconds: number, segmentIndex: number, before: Speech = nothing): Response {
  const [segments] = segmentPlan(planMeasureRepetitions(holdSeconds), turn.t);
  const played = join(before, segments[segmentIndex].speech);
  if (segmentIndex < segments.length - 1) {
    return ask(turn, join(played, say(turn.t('measure.keepGoing'))), say(turn.t('measure.keepGoingReprompt')), {
      step: 'measureRepetitions',
      holdSeconds,
      segmentIndex: segmentIndex + 1,
    });
  }
  return askRepetitionsCount(turn, holdSeconds, played);
}

export function askRepetitionsCount(turn: Turn, holdSeconds: number, before: Speech = nothing): Response {
  return ask(turn, join(before, say(turn.t('measure.askRepetitions'))), say(turn.t('measure.askRepetitionsReprompt')), {
    step: 'measureAskRepetitions',
    holdSeconds,
  });
}

export function answerMeasuredHold(turn: Turn, value: number | undefined): Response {
  const hold = checkHoldSeconds(value);
  if (!hold.ok) return explainHold(turn, hold.problem, { step: 'measureAskHold' });
  return continueMeasure(turn, hold.value, 0, say(turn.t('measure.holdHeard', { hold: hold.value })));
}

export async function answerMeasuredRepetitions(turn: Turn, holdSeconds: number, value: number | undefined): Promise<Response> {
  const reps = checkRepetitions(value);
  if (!reps.ok) return explainRepetitions(turn, reps.problem, { step: 'measureAskRepetitions', holdSeconds });
  return saveStartblok(turn, { holdSeconds, repetitions: reps.value });
}

/** Saves a new startblok and offers to train with it right away. */
export async function saveStartblok(turn: Turn, startblok: Startblok, before: Speech = nothing): Promise<Response> {
  const previous = storedStartblok(turn);
  const stored = { ...startblok, setOn: turn.today };
  const saved = await changeProfile(turn, (p) => ({
    ...p,
    welcomedOn: p.welcomedOn ?? turn.today,
    startblok: stored,
    startblokHistory: appendHistory(p.startblokHistory, stored, HISTORY_LIMIT),
  }));
  const vars = { hold: startblok.holdSeconds, repetitions: startblok.repetitions };
  const key: TextKey = !saved
    ? 'startblok.notSaved'
    : previous && isImprovement(startblok, previous)
      ? 'startblok.improved'
      : 'startblok.saved';
  // Reaching 10 s x 8 changes the advice: 8-12 contractions, 3 times a day.
  const target = reachesTarget(startblok) && !reachesTarget(previous) ? say(turn.t('progress.targetReached')) : nothing;
  return ask(
    turn,
    join(before, say(turn.t(key, vars)), target, say(turn.t('startblok.offerNow'))),
    say(turn.t('startblok.savedReprompt')),
    {
      step: 'offerTraining',
    },
  );
}

/**
 * A startblok said in parts or in one go ("vier seconden", "zes keer", "vier seconden zes
 * keer"): what is known so far waits in the dialog, the missing part is asked for.
 */
export async function answerStartblok(
  turn: Turn,
  known: number | undefined,
  seconds: number | undefined,
  repetitions: number | undefined,
  before: Speech = nothing,
): Promise<Response> {
  const holdValue = seconds ?? known;
  const hold = checkHoldSeconds(holdValue);
  if (!hold.ok) {
    if (hold.problem === 'holdMissing' && repetitions !== undefined) {
      return ask(turn, join(before, say(turn.t('startblok.holdMissing'))), say(turn.t('startblok.holdReprompt')), {
        step: 'askStartblok',
      });
    }
    return explainHold(turn, hold.problem, { step: 'askStartblok' });
  }
  const reps = checkRepetitions(repetitions);
  if (!reps.ok) {
    const dialog: Dialog = { step: 'askStartblok', holdSeconds: hold.value };
    if (reps.problem === 'repetitionsMissing') {
      return ask(
        turn,
        join(before, say(turn.t('startblok.askRepetitionsFor', { hold: hold.value }))),
        say(turn.t('startblok.askRepetitionsForReprompt')),
        dialog,
      );
    }
    return explainRepetitions(turn, reps.problem, dialog);
  }
  return saveStartblok(turn, { holdSeconds: hold.value, repetitions: reps.value }, before);
}

/** A bare number or a "… seconden / … keer" answer, read against the open question. */
export async function answerNumber(
  turn: Turn,
  seconds: number | undefined,
  repetitions: number | undefined,
  bare: number | undefined,
): Promise<Response | undefined> {
  const d = turn.state.dialog;
  switch (d.step) {
    case 'measureAskHold':
      return answerMeasuredHold(turn, seconds ?? bare ?? repetitions);
    case 'measureAskRepetitions':
      return answerMeasuredRepetitions(turn, d.holdSeconds, repetitions ?? bare ?? seconds);
    case 'askEnduranceHold':
      return answerEnduranceHold(turn, d.parts, seconds ?? bare ?? repetitions);
    case 'askStartblok':
      if (d.holdSeconds === undefined && seconds === undefined && repetitions === undefined) {
        return answerStartblok(turn, undefined, bare, undefined);
      }
      return answerStartblok(turn, d.holdSeconds, seconds, repetitions ?? (d.holdSeconds !== undefined ? bare : undefined));
    default:
      return undefined;
  }
}

export const SetStartblokHandler = handler(
  (input) => isIntent(input, 'SetStartblokIntent'),
  async (turn) => {
    const seconds = numberSlot(turn.input, 'seconds');
    const repetitions = numberSlot(turn.input, 'repetitions');
    const inDialog = await answerNumber(turn, seconds, repetitions, undefined);
    if (inDialog) return inDialog;
    return answerStartblok(turn, undefined, seconds, repetitions, await firstVisitNote(turn));
  },
);

export const NumberAnswerHandler = handler(
  (input) => isIntent(input, 'NumberAnswerIntent'),
  async (turn) => {
    const answered = await answerNumber(turn, undefined, undefined, numberSlot(turn.input, 'number'));
    return answered ?? fallback(turn);
  },
);

export const MeasureStartblokHandler = handler(
  (input) => isIntent(input, 'MeasureStartblokIntent'),
  async (turn) => startMeasure(turn, await firstVisitNote(turn)),
);

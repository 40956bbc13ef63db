import { appendHistory, reachesTarget } from '../domain/progress';
import type { HoldProblem, RepetitionsProblem, Startblok, StartblokProblem } from '../domain/startblok';
import { checkHoldSeconds, checkRepetitions, HOLD_SECONDS, isImprovement } from '../domain/startblok';
import { readMeasuredHold, readMeasuredRepetitions } from '../domain/measureAnswer';
import { CANT_FEEL_LINES, CANT_FEEL_SAFETY_NET, CARE_QUESTION, CARE_TEXT } from '../speech/careTexts';
import { HISTORY_LIMIT } from '../persistence/userData';
import type { TextKey } from '../speech/translator';
import type { Answer, OpenAnswer, Part } from '../skill/answer';
import { ask, askText, prepend, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import type { Dialog } from '../skill/dialog';
import { idle } from '../skill/dialog';
import { storedStartblok } from './common';
import { answerEnduranceHold } from './exercises';
import { segmentLayout } from '../speech/layout';
import { planMeasureRepetitions, tipFrom } from '../domain/planner';
import type { ProgrammeRequest } from '../domain/programme';
import { continueExercise } from './exercise';
import { startTraining } from './training';

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

const explainHold = (problem: HoldProblem, next: Dialog) => askText(PROBLEM_TEXT[problem], 'startblok.holdReprompt', next);

const explainRepetitions = (problem: RepetitionsProblem, next: Dialog) =>
  askText(PROBLEM_TEXT[problem], 'startblok.repetitionsReprompt', next);

/**
 * Determining the startblok. The first time it is taught in short steps (review 2026-12-06,
 * 1.3): a position and "klaar"; then how to find the muscle and two gentle squeezes; then,
 * after "klaar" again, the maximal one. A new measurement later goes straight to it.
 */
export function startMeasure(ctx: FlowContext): OpenAnswer {
  const profile = ctx.state.user?.profile;
  const measuredBefore = profile?.startblok !== undefined || (profile?.startblokHistory?.length ?? 0) > 0;
  // Measured before: no gentle squeezes again, but sitting ready before the maximal one starts.
  if (measuredBefore) return askText('measure.positionAgain', 'measure.readyForMaxReprompt', { step: 'measureReady', again: true });
  return askText('measure.position', 'measure.positionReprompt', { step: 'measurePosition' });
}

/** The muscle-finding tip (leaflet 001, oefening 2) and two gentle squeezes, then the wait for "klaar". */
export function practiceMeasure(): OpenAnswer {
  return ask(
    [text('measure.findMuscle'), { segment: { plan: { programme: 'measurePractice' }, set: 0, index: 0 } }, text('measure.readyForMax')],
    [text('measure.readyForMaxReprompt')],
    { step: 'measureReady' },
  );
}

/** Step 1 of determining the startblok: squeeze, the coach counts (with "adem door" inside the count), then the question. */
export function measureNow(): OpenAnswer {
  return ask(
    [{ segment: { plan: { programme: 'measureHold' }, set: 0, index: 0 } }, text('measure.askHold')],
    [text('measure.askHoldReprompt')],
    {
      step: 'measureAskHold',
    },
  );
}

/**
 * "Nul", or nothing felt, at the measurement (domain/measureAnswer.ts): no startblok is made up.
 * A newcomer hears reassurance, the muscle-finding tip and a bekkenfysiotherapeut to check it;
 * someone who measured before hears that a tired day happens and their startblok stays. Then
 * trying again together.
 */
export function nothingFelt(ctx: FlowContext): OpenAnswer {
  // Counted in the session (never stored): a second time, in another try or right after, gets a
  // short word and when it is no longer that, not the same paragraph; a third rests it for today.
  const times = (ctx.state.nothingFelt = Math.min(3, (ctx.state.nothingFelt ?? 0) + 1));
  if (times === 3) return askText(CARE_TEXT.restForNow, 'question.idle', idle);
  const question = CARE_QUESTION.measureAgain;
  const known = storedStartblok(ctx);
  const said =
    times === 2
      ? [text(CARE_TEXT.stillNothing), text(CANT_FEEL_SAFETY_NET)]
      : known
        ? [text(CARE_TEXT.nothingFeltKnown, { seconds: known.holdSeconds, count: known.repetitions })]
        : [...CANT_FEEL_LINES.map((l) => text(l.key, l.vars)), text(CARE_TEXT.nothingStored)];
  return ask([...said, text(question.text)], [text(question.reprompt)], { step: 'offerMeasure', afterNothingFelt: true });
}

export const askWhichStartblok = (): OpenAnswer => askText('startblok.askWhich', 'startblok.askWhichReprompt', { step: 'askStartblok' });

/** Step 2: guides repetitions at the measured hold, a segment per response. */
export function continueMeasure(holdSeconds: number, segmentIndex: number): OpenAnswer {
  const [segments] = segmentLayout(planMeasureRepetitions(holdSeconds));
  const played: Part[] = [{ segment: { plan: { programme: 'measureRepetitions', holdSeconds }, set: 0, index: segmentIndex } }];
  if (segmentIndex < segments.length - 1) {
    return ask([...played, text('measure.keepGoing')], [text('measure.keepGoingReprompt')], {
      step: 'measureRepetitions',
      holdSeconds,
      segmentIndex: segmentIndex + 1,
    });
  }
  return prepend(played, askRepetitionsCount(holdSeconds, segmentIndex + 1));
}

/** The count asked after `played` segments of guided squeezes; "allemaal" then means all of those. */
export function askRepetitionsCount(holdSeconds: number, played: number): OpenAnswer {
  const [segments] = segmentLayout(planMeasureRepetitions(holdSeconds));
  const guided = segments[Math.min(played, segments.length) - 1]?.last;
  return askText('measure.askRepetitions', 'measure.askRepetitionsReprompt', {
    step: 'measureAskRepetitions',
    holdSeconds,
    ...(guided ? { guided } : {}),
  });
}

export function answerMeasuredHold(ctx: FlowContext, value: number | undefined): OpenAnswer {
  const hold = readMeasuredHold(value);
  if (!hold.ok) return hold.problem === 'nothingFelt' ? nothingFelt(ctx) : explainHold(hold.problem, { step: 'measureAskHold' });
  return prepend([text('measure.holdHeard', { hold: hold.value })], continueMeasure(hold.value, 0));
}

/**
 * "Nul" to "Bij welk nummer lukte het?": the hold was held once, in the measurement, but not
 * again, so it is too long to repeat; the squeezes are tried at a shorter hold. Only at one
 * second is it the answer of someone who felt nothing.
 */
function tooLongToRepeat(ctx: FlowContext, holdSeconds: number): OpenAnswer {
  const shorter = Math.max(HOLD_SECONDS.min, Math.floor(holdSeconds / 2));
  if (shorter === holdSeconds) return nothingFelt(ctx);
  return askText(
    'measure.tooLongToRepeat',
    'measure.tryShorterReprompt',
    { step: 'offerShorterHold', holdSeconds: shorter },
    {
      hold: holdSeconds,
      shorter,
    },
  );
}

/** "Ja" to trying at the shorter hold: its guided squeezes, from the first. */
export const tryShorterHold = (holdSeconds: number): OpenAnswer =>
  prepend([text('measure.holdHeard', { hold: holdSeconds })], continueMeasure(holdSeconds, 0));

export async function answerMeasuredRepetitions(ctx: FlowContext, holdSeconds: number, value: number | undefined): Promise<Answer> {
  const reps = readMeasuredRepetitions(value);
  if (!reps.ok) {
    return reps.problem === 'nothingFelt'
      ? tooLongToRepeat(ctx, holdSeconds)
      : explainRepetitions(reps.problem, { step: 'measureAskRepetitions', holdSeconds });
  }
  // Up to twelve maximal squeezes to fatigue: that is a training of its own (review 1.5), so the
  // day counts it, and only the quick contractions are offered after it, not the whole set again.
  await ctx.store.recordWork(`${ctx.newId()}:measure`, { sessions: 1, repetitions: reps.value, holdSeconds });
  return saveStartblok(ctx, { holdSeconds, repetitions: reps.value }, true);
}

/** The quick contractions on their own, after a measurement: the second set of the daily training. */
export async function startQuick(ctx: FlowContext): Promise<Answer> {
  const startblok = storedStartblok(ctx);
  if (!startblok) return startTraining(ctx);
  const request: ProgrammeRequest = { programme: 'startblokTraining', ...startblok, position: 'zittend', tip: tipFrom(ctx.random()) };
  return continueExercise(ctx, { step: 'exercise', request, setIndex: 1, segmentIndex: 0, runId: ctx.newId() });
}

/** Saves a new startblok and offers to train with it right away, or after a measurement only the quick contractions. */
export async function saveStartblok(ctx: FlowContext, startblok: Startblok, measured = false): Promise<Answer> {
  const previous = storedStartblok(ctx);
  const stored = { ...startblok, setOn: ctx.today };
  const saved = await ctx.store.changeProfile((p) => ({
    ...p,
    welcomedOn: p.welcomedOn ?? ctx.today,
    startblok: stored,
    startblokHistory: appendHistory(p.startblokHistory, stored, HISTORY_LIMIT),
  }));
  const vars = { hold: startblok.holdSeconds, repetitions: startblok.repetitions };
  const key: TextKey = !saved
    ? 'startblok.notSaved'
    : previous && isImprovement(startblok, previous)
      ? 'startblok.improved'
      : // A measurement below the last one is said kindly, not passed over: bad days happen.
        measured && previous && isImprovement(previous, startblok)
        ? 'startblok.lower'
        : 'startblok.saved';
  // Reaching 10 s x 8 changes the advice: 8-12 contractions, 3 times a day.
  const target: Part[] = reachesTarget(startblok) && !reachesTarget(previous) ? [text('progress.targetReached')] : [];
  if (measured) {
    return ask(
      [text(key, vars), ...target, text('measure.countsAsTraining'), text('measure.offerQuick')],
      [text('measure.offerQuickReprompt')],
      {
        step: 'offerQuick',
      },
    );
  }
  return ask([text(key, vars), ...target, text('startblok.offerNow')], [text('startblok.savedReprompt')], { step: 'offerTraining' });
}

/**
 * A startblok said in parts or in one go ("vier seconden", "zes keer", "vier seconden zes
 * keer"): what is known so far waits in the dialog, the missing part is asked for.
 */
export async function answerStartblok(
  ctx: FlowContext,
  known: number | undefined,
  seconds: number | undefined,
  repetitions: number | undefined,
): Promise<Answer> {
  // A startblok told (from a bekkenfysiotherapeut, or known) of "nul seconden": nothing was
  // measured together, so no "try again" but the told startblok's own answer (holdTooShort).
  const hold = checkHoldSeconds(seconds ?? known);
  if (!hold.ok) {
    if (hold.problem === 'holdMissing' && repetitions !== undefined) {
      // "Zes keer" said first is kept while the seconds are asked.
      const reps = checkRepetitions(repetitions);
      return askText('startblok.holdMissing', 'startblok.holdReprompt', {
        step: 'askStartblok',
        ...(reps.ok ? { repetitions: reps.value } : {}),
      });
    }
    return explainHold(hold.problem, { step: 'askStartblok' });
  }
  const reps = checkRepetitions(repetitions);
  if (!reps.ok) {
    const next: Dialog = { step: 'askStartblok', holdSeconds: hold.value };
    if (reps.problem === 'repetitionsMissing') {
      return ask([text('startblok.askRepetitionsFor', { hold: hold.value })], [text('startblok.askRepetitionsForReprompt')], next);
    }
    return explainRepetitions(reps.problem, next);
  }
  return saveStartblok(ctx, { holdSeconds: hold.value, repetitions: reps.value });
}

/** A bare number or a "… seconden / … keer" answer, read against the open question; undefined where no number was asked. */
export async function answerNumber(
  ctx: FlowContext,
  seconds: number | undefined,
  repetitions: number | undefined,
  bare: number | undefined,
): Promise<Answer | undefined> {
  const d = ctx.state.dialog;
  switch (d.step) {
    case 'measureAskHold':
      return answerMeasuredHold(ctx, seconds ?? bare ?? repetitions);
    // "Vijf keer" to "Lukt het nog?": it no longer did, after five. "Nul" there, after squeezes
    // already guided, is no "nothing felt" but "no more": which one was the last whole one?
    case 'measureRepetitions': {
      const count = repetitions ?? bare ?? seconds;
      if (count === 0) return askRepetitionsCount(d.holdSeconds, d.segmentIndex);
      return answerMeasuredRepetitions(ctx, d.holdSeconds, count);
    }
    case 'measureAskRepetitions':
      return answerMeasuredRepetitions(ctx, d.holdSeconds, repetitions ?? bare ?? seconds);
    case 'askEnduranceHold':
      return answerEnduranceHold(ctx, d.parts, seconds ?? bare ?? repetitions);
    case 'askStartblok':
      // Without the hold yet, a bare number is the seconds; with it, the repetitions.
      if (d.holdSeconds === undefined) {
        return answerStartblok(ctx, undefined, seconds ?? (repetitions === undefined ? bare : undefined), repetitions ?? d.repetitions);
      }
      return answerStartblok(ctx, d.holdSeconds, seconds, repetitions ?? bare);
    default:
      return undefined;
  }
}

/**
 * "Alles", "allemaal" in the measurement: to "Tot hoeveel kon je vasthouden?" the whole count;
 * to "Bij welk nummer lukte het?" all the guided squeezes worked; to "Lukt het nog?" it still
 * does. Undefined elsewhere.
 */
export function allSqueezes(ctx: FlowContext): Answer | Promise<Answer> | undefined {
  const d = ctx.state.dialog;
  if (d.step === 'measureAskHold') return answerMeasuredHold(ctx, HOLD_SECONDS.max);
  if (d.step === 'measureAskRepetitions' && d.guided) return answerMeasuredRepetitions(ctx, d.holdSeconds, d.guided);
  if (d.step === 'measureRepetitions') return continueMeasure(d.holdSeconds, d.segmentIndex);
  return undefined;
}

/**
 * Not sure of the number just measured: a rough one is fine, asked again in the same step.
 * Not sure whether it still works ("Lukt het nog?"): in doubt the squeezes stop, since only
 * whole ones count, and the count is asked.
 */
export async function estimateWillDo(ctx: FlowContext, open: Dialog): Promise<Answer> {
  if (open.step === 'measureRepetitions')
    return prepend([text('measure.inDoubtStop')], askRepetitionsCount(open.holdSeconds, open.segmentIndex));
  if (open.step === 'measureAskHold') {
    // A second "weet ik niet": a cautious start, to measure again in a few days, rather than the same question once more.
    if (open.unsure) return prepend([text('measure.takeHold', { hold: CAUTIOUS.holdSeconds })], continueMeasure(CAUTIOUS.holdSeconds, 0));
    return askText('measure.estimateHold', 'measure.askHoldReprompt', { ...open, unsure: true });
  }
  if (open.step !== 'measureAskRepetitions') return askText('fallback.general', 'question.idle', open);
  if (open.unsure) {
    const count = Math.min(open.guided ?? CAUTIOUS.repetitions, CAUTIOUS.repetitions);
    return prepend([text('measure.takeRepetitions', { count })], await answerMeasuredRepetitions(ctx, open.holdSeconds, count));
  }
  return askText('measure.estimateRepetitions', 'measure.askRepetitionsReprompt', { ...open, unsure: true });
}

/** What is taken when someone twice does not know the measured number: little, so nothing is overdone. */
const CAUTIOUS = { holdSeconds: 3, repetitions: 3 } as const;

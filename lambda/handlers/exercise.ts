import type { Response } from 'ask-sdk-model';
import type { ExerciseProgramme, ProgrammeRequest } from '../domain/programme';
import { planProgramme } from '../domain/programme';
import { dailyAdvice, phaseOf } from '../domain/progress';
import type { SetKind } from '../domain/timeline';
import type { DayCounter } from '../persistence/userData';
import { renderGetReady, segmentPlan } from '../speech/renderPlan';
import { needsFullSetup } from '../domain/familiarity';
import type { Speech } from '../speech/ssml';
import { join, nothing, say } from '../speech/ssml';
import type { TextKey } from '../speech/translator';
import type { Dialog } from '../skill/dialog';
import type { Turn } from '../skill/turn';
import { todayTally } from '../skill/turn';
import type { Work } from './recording';
import { recordWork } from './recording';
import type { Screen } from '../skill/reply';
import { ask, tell } from '../skill/reply';
import { vary } from '../skill/variety';
import { exerciseScreen } from '../screen/exerciseScreen';
import { exerciseTimeline } from '../screen/timeline';

/**
 * Runs any exercise programme: plays the segment the dialog points at, asks before the next
 * round or set, records each completed set, and closes with praise. Every programme goes
 * through here, so none has timing or flow code of its own.
 */
export type ExerciseDialog = Extract<Dialog, { step: 'exercise' }>;

const NEXT_SET: Partial<Record<SetKind, readonly [TextKey, TextKey]>> = {
  maintenance: ['next.maintenance', 'next.reprompt'],
  quick: ['next.quick', 'next.quickReprompt'],
  sphincterEndurance: ['next.sphincterEndurance', 'next.reprompt'],
  sphincterSpeed: ['next.sphincterSpeed', 'next.reprompt'],
  layerMiddle: ['next.layerMiddle', 'next.reprompt'],
  layerDeep: ['next.layerDeep', 'next.reprompt'],
};

/** Exercises other than the daily training: one day counter and one closing each. */
const COUNTED: Record<Exclude<ExerciseProgramme, 'startblokTraining'>, { counter: DayCounter; done: TextKey }> = {
  lift: { counter: 'lift', done: 'done.lift' },
  sphincter: { counter: 'sphincter', done: 'done.sphincter' },
  relaxation: { counter: 'relaxation', done: 'done.relaxation' },
  layers: { counter: 'layers', done: 'done.layers' },
  maintenance: { counter: 'sessions', done: 'done.maintenance' },
};

function workFor(request: ProgrammeRequest, kind: SetKind, lastSet: boolean): Work | undefined {
  switch (request.programme) {
    case 'startblokTraining':
      return kind === 'startblok' ? { sessions: 1, repetitions: request.repetitions, holdSeconds: request.holdSeconds } : { quickSets: 1 };
    case 'maintenance':
      return lastSet
        ? { sessions: 1, repetitions: request.repetitions * planProgramme(request).sets.length, holdSeconds: request.holdSeconds }
        : undefined;
    default:
      return lastSet ? { [COUNTED[request.programme].counter]: 1 } : undefined;
  }
}

/** Today's count against the advice of the phase: 4-6 a day, or 3 a day once at 10 s x 8. */
function trainingDoneText(turn: Turn): string {
  const sessions = turn.state.user?.today.sessions ?? 0;
  const phase = phaseOf(turn.state.user?.profile.startblok, false);
  const advice = { ...dailyAdvice(phase), count: sessions };
  if (sessions > advice.max) return turn.t('training.doneEnough', advice);
  if (phase === 'target') return turn.t(sessions === advice.max ? 'training.doneTargetReached' : 'training.doneTarget', advice);
  return turn.t(sessions <= 1 ? 'training.doneFirstToday' : 'training.doneToday', advice);
}

/** Praise, never the same words twice in a row, then what was done: relaxation is not praised, it is noticed. */
function doneSpeech(turn: Turn, programme: ExerciseProgramme): Speech {
  const text = programme === 'startblokTraining' ? trainingDoneText(turn) : turn.t(COUNTED[programme].done);
  return join(programme === 'relaxation' ? nothing : vary(turn, 'praise'), say(text));
}

/** Ends an exercise: praise, or an honest word and a retry offer when saving failed. */
function close(turn: Turn, programme: ExerciseProgramme, before: Speech, screen?: Screen): Response {
  const question = (key: TextKey, repromptKey: TextKey, dialog: Dialog) =>
    ask(turn, join(before, say(turn.t(key))), say(turn.t(repromptKey)), dialog, screen);
  if (turn.state.unsaved.length > 0) return question('training.doneUnsaved', 'training.doneUnsavedReprompt', { step: 'confirmRetrySave' });
  // A tense pelvic floor relaxes first and trains strength lightly after (focus "ontspanning").
  const profile = turn.state.user?.profile;
  if (programme === 'relaxation' && profile?.focus === 'ontspanning' && profile.startblok) {
    return question('done.relaxationThenStrength', 'done.relaxationThenStrengthReprompt', { step: 'offerTraining' });
  }
  return tell(turn, join(before, doneSpeech(turn, programme)), screen);
}

export async function continueExercise(turn: Turn, d: ExerciseDialog, before: Speech = nothing): Promise<Response> {
  const plan = planProgramme(d.request);
  const sets = segmentPlan(plan, turn.t);
  const segments = sets[d.setIndex];
  const segment = segments?.[d.segmentIndex];
  if (!segment) return startExercise(turn, d.request, before);
  const played = join(before, segment.speech);
  // The picture walks the same plan and segment as the speech, after what is said before it.
  const screen = () => exerciseScreen(exerciseTimeline(plan, d.setIndex, segment, turn.t, before.seconds), turn.t);
  if (d.segmentIndex < segments.length - 1) {
    return ask(
      turn,
      join(played, say(turn.t('training.nextRound'))),
      say(turn.t('training.nextRoundReprompt')),
      { ...d, segmentIndex: d.segmentIndex + 1 },
      screen,
    );
  }
  const lastSet = d.setIndex === sets.length - 1;
  const set = plan.sets[d.setIndex];
  const work = workFor(d.request, set.kind, lastSet);
  if (work) await recordWork(turn, `${d.runId}:${set.kind}`, work);
  if (lastSet) return close(turn, d.request.programme, played, screen);
  const [question, reprompt] = NEXT_SET[plan.sets[d.setIndex + 1].kind] ?? ['training.nextRound', 'training.nextRoundReprompt'];
  return ask(turn, join(played, say(turn.t(question))), say(turn.t(reprompt)), { ...d, setIndex: d.setIndex + 1, segmentIndex: 0 }, screen);
}

/** The full setup the first times (domain/familiarity.ts), or when asked for: "hoe moet het ook alweer". */
function fullSetupDue(turn: Turn): boolean {
  const earlierDays = (turn.state.user?.recentDays ?? []).filter((day) => day.date !== turn.today && day.sessions > 0).length;
  return needsFullSetup(todayTally(turn).sessions, earlierDays);
}

/** Says the setup of an exercise in a position and waits for "klaar"; the repetitions come after it. */
export function getReady(turn: Turn, d: ExerciseDialog, before: Speech, full = fullSetupDue(turn)): Response | undefined {
  const ready = renderGetReady(planProgramme(d.request).sets[0], turn.t, full);
  return ready && ask(turn, join(before, ready.speech), ready.reprompt, { step: 'getReady', resume: d });
}

export async function startExercise(turn: Turn, request: ProgrammeRequest, before: Speech = nothing, full?: boolean): Promise<Response> {
  const d: ExerciseDialog = { step: 'exercise', request, setIndex: 0, segmentIndex: 0, runId: turn.deps.newId() };
  return getReady(turn, d, before, full) ?? continueExercise(turn, d, before);
}

/** Startblok repetitions already played when the user stops halfway through that set. */
function repetitionsDone(turn: Turn, d: ExerciseDialog): number {
  if (d.request.programme !== 'startblokTraining' || d.setIndex > 0 || d.segmentIndex === 0) return 0;
  return segmentPlan(planProgramme(d.request), turn.t)[0][d.segmentIndex - 1].last;
}

/** Records what was done before a stop; finished is true when the startblok itself was. */
export async function recordPartial(turn: Turn, d: ExerciseDialog): Promise<{ repetitions: number; finished: boolean }> {
  const repetitions = repetitionsDone(turn, d);
  if (repetitions > 0) await recordWork(turn, `${d.runId}:partial`, { repetitions });
  return { repetitions, finished: d.request.programme === 'startblokTraining' && d.setIndex > 0 };
}

/** "Stop" or "nee" during an exercise: record, say what counted, and close. */
export async function stopExercise(turn: Turn, d: ExerciseDialog): Promise<Response> {
  const { repetitions, finished } = await recordPartial(turn, d);
  const lost = turn.state.unsaved.length > 0 ? say(turn.t('error.lostOnExit')) : nothing;
  if (finished) return tell(turn, join(doneSpeech(turn, 'startblokTraining'), lost));
  if (repetitions > 0) return tell(turn, join(say(turn.t('training.stoppedPartway', { repetitions })), lost));
  return tell(turn, join(vary(turn, 'goodbye'), lost));
}

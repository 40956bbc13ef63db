import type { ExerciseProgramme, ProgrammeRequest } from '../domain/programme';
import { planProgramme } from '../domain/programme';
import { needsFullSetup } from '../domain/familiarity';
import { afterTraining } from '../domain/adherence';
import { repetitionsLeftToRecord } from '../domain/resume';
import { dailyAdvice, phaseOf } from '../domain/progress';
import { lightStrengthDue } from '../domain/planner';
import type { SetKind } from '../domain/timeline';
import type { DayCounter } from '../persistence/userData';
import { segmentLayout } from '../speech/layout';
import { readyReprompt } from '../speech/renderPlan';
import type { TextKey } from '../speech/translator';
import type { Answer, OpenAnswer, Part } from '../skill/answer';
import { ask, tell, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { storing } from './consent';
import type { Dialog } from '../skill/dialog';
import { activeDialog, holdsRun } from '../skill/dialog';
import type { Work } from '../skill/recording';
import { todayTally } from '../skill/turn';

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
  lightStrength: { counter: 'sessions', done: 'done.lightStrength' },
};

/** Help during an exercise, per programme. */
export const HELP_BY_PROGRAMME: Record<ExerciseProgramme, TextKey> = {
  startblokTraining: 'help.training',
  lift: 'help.lift',
  sphincter: 'help.sphincter',
  relaxation: 'help.relaxation',
  layers: 'help.layers',
  maintenance: 'help.maintenance',
  lightStrength: 'help.lightStrength',
};

/** `counted`: repetitions of this set recorded before a closed session; a resumed set counts only the rest. */
function workFor(request: ProgrammeRequest, kind: SetKind, lastSet: boolean, counted = 0): Work | undefined {
  switch (request.programme) {
    case 'startblokTraining':
      return kind === 'startblok'
        ? { sessions: 1, repetitions: repetitionsLeftToRecord(request.repetitions, counted), holdSeconds: request.holdSeconds }
        : { quickSets: 1 };
    case 'maintenance':
      return lastSet
        ? { sessions: 1, repetitions: request.repetitions * planProgramme(request).sets.length, holdSeconds: request.holdSeconds }
        : undefined;
    default:
      return lastSet ? { [COUNTED[request.programme].counter]: 1 } : undefined;
  }
}

/** Today's count against the advice of the phase: 4-6 a day, or 3 a day once at 10 s x 8. */
function trainingDone(ctx: FlowContext): Part {
  const sessions = ctx.state.user?.today.sessions ?? 0;
  const phase = phaseOf(ctx.state.user?.profile.startblok, false);
  const advice = { ...dailyAdvice(phase), count: sessions };
  if (sessions > advice.max) return text('training.doneEnough', advice);
  if (phase === 'target') return text(sessions === advice.max ? 'training.doneTargetReached' : 'training.doneTarget', advice);
  return text(sessions <= 1 ? 'training.doneFirstToday' : 'training.doneToday', advice);
}

/** Praise, never the same words twice in a row, then what was done: relaxation is not praised, it is noticed. */
function done(ctx: FlowContext, programme: ExerciseProgramme): Part[] {
  const said = programme === 'startblokTraining' ? trainingDone(ctx) : text(COUNTED[programme].done);
  return programme === 'relaxation' ? [said] : [{ variant: 'praise' }, said];
}

/** Ends an exercise: praise, or an honest word and a retry offer when saving failed. */
function close(ctx: FlowContext, programme: ExerciseProgramme, played: readonly Part[]): Answer {
  const screen = { kind: 'exercise' } as const;
  const question = (key: TextKey, repromptKey: TextKey, next: Dialog) => ask([...played, text(key)], [text(repromptKey)], next, { screen });
  if (ctx.state.unsaved.length > 0) return question('training.doneUnsaved', 'training.doneUnsavedReprompt', { step: 'confirmRetrySave' });
  // A tense pelvic floor relaxes first; light strength only after several days of it (article 000).
  const user = ctx.state.user;
  const relaxationDays = (user?.recentDays ?? []).filter((day) => day.relaxation > 0).length + ((user?.today.relaxation ?? 0) > 0 ? 1 : 0);
  if (programme === 'relaxation' && user?.profile.focus === 'ontspanning' && user.profile.startblok && lightStrengthDue(relaxationDays)) {
    return question('done.relaxationThenStrength', 'done.relaxationThenStrengthReprompt', { step: 'offerLightStrength' });
  }
  return tell([...played, ...done(ctx, programme)], { screen });
}

export async function continueExercise(ctx: FlowContext, d: ExerciseDialog): Promise<Answer> {
  const plan = planProgramme(d.request);
  const sets = segmentLayout(plan);
  const segments = sets[d.setIndex];
  if (!segments?.[d.segmentIndex]) return startExercise(ctx, d.request);
  const played: Part[] = [{ segment: { plan: d.request, set: d.setIndex, index: d.segmentIndex } }];
  const screen = { kind: 'exercise' } as const;
  if (d.segmentIndex < segments.length - 1) {
    return ask(
      [...played, text('training.nextRound')],
      [text('training.nextRoundReprompt')],
      { ...d, segmentIndex: d.segmentIndex + 1 },
      { screen },
    );
  }
  const lastSet = d.setIndex === sets.length - 1;
  const set = plan.sets[d.setIndex];
  const work = workFor(d.request, set.kind, lastSet, d.counted);
  if (work) await ctx.store.recordWork(`${d.runId}:${set.kind}`, work);
  if (work && (lastSet || work.sessions)) {
    await noteTrainingDay(ctx);
    // A place kept earlier today in this programme is stale once it is done: no offer to go on with it.
    if (ctx.state.user?.profile.resumePoint?.request.programme === d.request.programme) {
      ctx.store.noteProfile((p) => ({ ...p, resumePoint: undefined }));
    }
  }
  if (lastSet) return close(ctx, d.request.programme, played);
  const [question, reprompt] = NEXT_SET[plan.sets[d.setIndex + 1].kind] ?? ['training.nextRound', 'training.nextRoundReprompt'];
  const { counted: _done, ...next } = d;
  return ask([...played, text(question)], [text(reprompt)], { ...next, setIndex: d.setIndex + 1, segmentIndex: 0 }, { screen });
}

/** Once a day, the training record that praise and maintenance are earned by (domain/adherence.ts). */
async function noteTrainingDay(ctx: FlowContext): Promise<void> {
  if (ctx.state.user?.profile.lastTrainedOn === ctx.today) return;
  await ctx.store.changeProfile((p) => ({ ...p, ...afterTraining(p, ctx.today) }));
}

/** The full setup the first times (domain/familiarity.ts), or when asked for: "hoe moet het ook alweer". */
function fullSetupDue(ctx: FlowContext): boolean {
  const earlierDays = (ctx.state.user?.recentDays ?? []).filter((day) => day.date !== ctx.today && day.sessions > 0).length;
  return needsFullSetup(todayTally(ctx).sessions, earlierDays);
}

/** Says the setup of an exercise in a position and waits for "klaar"; the repetitions come after it. */
export function getReady(ctx: FlowContext, d: ExerciseDialog, full = fullSetupDue(ctx)): OpenAnswer | undefined {
  const reprompt = readyReprompt(planProgramme(d.request).sets[0]);
  return reprompt && ask([{ getReady: { request: d.request, full } }], [text(reprompt)], { step: 'getReady', resume: d });
}

export async function startExercise(ctx: FlowContext, request: ProgrammeRequest, full?: boolean): Promise<Answer> {
  const d: ExerciseDialog = { step: 'exercise', request, setIndex: 0, segmentIndex: 0, runId: ctx.newId() };
  return getReady(ctx, d, full) ?? continueExercise(ctx, d);
}

/** Startblok repetitions already played when the user stops halfway through that set (a resumed set included). */
export function repetitionsDone(d: ExerciseDialog): number {
  if (d.request.programme !== 'startblokTraining' || d.setIndex > 0 || d.segmentIndex === 0) return 0;
  return segmentLayout(planProgramme(d.request))[0][d.segmentIndex - 1].last;
}

/** Records what was done before a stop, less what a closed session recorded already; finished is true when the startblok itself was. */
export async function recordPartial(ctx: FlowContext, d: ExerciseDialog): Promise<{ repetitions: number; finished: boolean }> {
  const repetitions = Math.max(0, repetitionsDone(d) - (d.counted ?? 0));
  if (repetitions > 0) await ctx.store.recordWork(`${d.runId}:partial`, { repetitions });
  return { repetitions, finished: d.request.programme === 'startblokTraining' && d.setIndex > 0 };
}

/** What was done of a run that ends here: its repetitions and whole parts; finished when the startblok itself was. */
async function recordRunDone(ctx: FlowContext, d: ExerciseDialog): Promise<{ finished: boolean; parts: boolean }> {
  const { finished } = await recordPartial(ctx, d);
  return { finished, parts: await recordParts(ctx, d) };
}

/** Stopped within a part, with consent: the place is kept for a launch later today. True when it was. */
async function keepPlace(ctx: FlowContext, d: ExerciseDialog): Promise<boolean> {
  return d.segmentIndex > 0 && storing(ctx) && (await keepResumePoint(ctx, d));
}

/**
 * Something else takes a running exercise's place and must say whether saving failed (an alarm,
 * pain): what was done is recorded before the answer is built. Other requests leave it to the
 * turn's end (keepDroppedWork).
 */
export async function keepWorkDone(ctx: FlowContext): Promise<void> {
  const d = activeDialog(ctx.state.dialog);
  if (d.step === 'exercise') await recordRunDone(ctx, d);
}

/**
 * The turn's end (handlers/common.ts): an answer that no longer holds the exercise that was
 * running (a new measurement, progress, the tips took its place) keeps what was done of it, as
 * a stop does, unless the turn recorded that run already (its last set, or the flow said what
 * counted); a set left within a part keeps its place for a launch later today, as a stop does. A
 * pause, a repair or an answer in passing holds the run: it goes on later.
 */
export async function keepDroppedWork(ctx: FlowContext, next: Dialog, recorded: readonly string[]): Promise<void> {
  const d = activeDialog(ctx.state.dialog);
  if (d.step !== 'exercise' || holdsRun(next, d.runId) || recorded.some((id) => id.startsWith(`${d.runId}:`))) return;
  const { finished, parts } = await recordRunDone(ctx, d);
  if (!finished && !parts) await keepPlace(ctx, d);
}

/**
 * Another programme stopped after one or more whole parts (the sphincter's strength, a layer):
 * it counts for the day, as the startblok without the quick contractions does. Only on an
 * explicit stop: a session that closes keeps a resume point instead, and its end counts then.
 */
async function recordParts(ctx: FlowContext, d: ExerciseDialog): Promise<boolean> {
  const programme = d.request.programme;
  if (programme === 'startblokTraining' || d.setIndex === 0) return false;
  await ctx.store.recordWork(`${d.runId}:parts`, { [COUNTED[programme].counter]: 1 });
  return true;
}

/**
 * Where an exercise stopped, for a launch later today (domain/resume.ts): its settings and
 * place only. True when it was stored, so the skill only promises what it can keep.
 */
export function keepResumePoint(ctx: FlowContext, d: ExerciseDialog): Promise<boolean> {
  const point = {
    request: d.request,
    setIndex: d.setIndex,
    segmentIndex: d.segmentIndex,
    repetitionsDone: Math.max(repetitionsDone(d), d.counted ?? 0),
    on: ctx.today,
  };
  return ctx.store.changeProfile((p) => ({ ...p, resumePoint: point }));
}

/**
 * "Stop" or "nee" during an exercise: record, say what counted, and close. Stopped within a
 * part ("stop maar even"), the place is kept for later today, as when Alexa closes the session.
 */
export async function stopExercise(ctx: FlowContext, d: ExerciseDialog): Promise<Answer> {
  const { finished, parts } = await recordRunDone(ctx, d);
  // What is said is the set's total so far, a part done before a resume included.
  const repetitions = Math.max(repetitionsDone(d), d.counted ?? 0);
  const lost: Part[] = ctx.state.unsaved.length > 0 ? [text('error.lostOnExit')] : [];
  if (finished) return tell([...done(ctx, 'startblokTraining'), ...lost]);
  if (parts) return tell([text('training.stoppedAfterPart'), ...lost]);
  // Without consent the place lives in this closing session only: nothing to promise.
  const resumable = await keepPlace(ctx, d);
  if (repetitions > 0)
    return tell([text(resumable ? 'training.stoppedPartwayResumable' : 'training.stoppedPartway', { repetitions }), ...lost]);
  if (resumable) return tell([text('training.stoppedResumable'), ...lost]);
  return tell([{ variant: 'goodbye' }, ...lost]);
}

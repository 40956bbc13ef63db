import type { Phase } from '../domain/progress';
import { cheerFor } from '../domain/adherence';
import { activeDays, dailyAdvice, daysBetween, PROGRAMME, phaseOf, programmeStart, weeksTraining } from '../domain/progress';
import { cheerLine } from '../speech/careTexts';
import { trainingRecord } from './launch';
import type { ProgressPicture } from '../screen/progressScreen';
import type { TextKey } from '../speech/translator';
import type { Answer, Part } from '../skill/answer';
import { askText, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { todayTally } from '../skill/turn';
import { storedStartblok } from './common';
import { storing } from './consent';
import { inPassing } from './inPassing';

/** How the user is doing: today, this week, the startblok's growth, the months of training. */

export type ProgressAspect = 'vandaag' | 'week' | 'startblok';

export function currentPhase(ctx: FlowContext): Phase {
  const profile = ctx.state.user?.profile;
  return phaseOf(profile?.startblok, profile?.maintenanceFrom !== undefined);
}

const ADVICE: Record<Phase, TextKey> = {
  startblok: 'progress.adviceStartblok',
  target: 'progress.adviceTarget',
  maintenance: 'progress.adviceMaintenance',
};

/** Today's advice, or, once today's trainings reach it, that they do. */
const ADVICE_MET: Partial<Record<Phase, TextKey>> = {
  startblok: 'progress.adviceStartblokMet',
  target: 'progress.adviceTargetMet',
};

function adviceLine(ctx: FlowContext): Part {
  const phase = currentPhase(ctx);
  const advice = dailyAdvice(phase);
  const met = ADVICE_MET[phase];
  return met && todayTally(ctx).sessions >= advice.min ? text(met, advice) : text(ADVICE[phase], advice);
}

function todayLine(ctx: FlowContext): Part[] {
  const tally = todayTally(ctx);
  // The advice counts whole trainings; a lift, relaxation or a set stopped halfway is practice too.
  const none = activeDays([tally]) === 0 ? text('progress.todayNone') : text('progress.todayNoTraining');
  return [tally.sessions === 0 ? none : text('progress.today', { count: tally.sessions }), adviceLine(ctx)];
}

const daysThisWeek = (ctx: FlowContext): number => activeDays([todayTally(ctx), ...(ctx.state.user?.recentDays ?? [])]);

function weekLine(ctx: FlowContext): Part[] {
  const days = daysThisWeek(ctx);
  return [days === 0 ? text('progress.weekNone') : text('progress.week', { count: days })];
}

/** Today and this week; a week without practice is said once, not as today and again as the week. */
function recentLines(ctx: FlowContext): Part[] {
  return daysThisWeek(ctx) === 0 ? [text('progress.weekNone'), adviceLine(ctx)] : [...todayLine(ctx), ...weekLine(ctx)];
}

function startblokLine(ctx: FlowContext): Part[] {
  const profile = ctx.state.user?.profile;
  const current = profile?.startblok;
  if (!current) return [text('progress.noStartblok')];
  const first = profile?.startblokHistory?.[0];
  const vars = { hold: current.holdSeconds, repetitions: current.repetitions };
  if (first && (first.holdSeconds !== current.holdSeconds || first.repetitions !== current.repetitions)) {
    return [text('progress.startblokGrown', { ...vars, firstHold: first.holdSeconds, firstRepetitions: first.repetitions })];
  }
  return [text('progress.startblok', vars)];
}

function programmeLine(ctx: FlowContext): Part[] {
  const startedOn = programmeStart(ctx.state.user?.profile.startblokHistory);
  if (!startedOn) return [];
  if (daysBetween(startedOn, ctx.today) >= PROGRAMME.programmeDays) return [text('progress.programmeDone')];
  const weeks = weeksTraining(startedOn, ctx.today);
  // Completed weeks count from 0; the week the user is in is one more (day 9 is week 2).
  const line = weeks === 0 ? text('progress.firstWeek') : text('progress.weeks', { count: weeks + 1 });
  // A word that fits the training actually done: praise only when it was earned.
  const profile = ctx.state.user?.profile;
  const record = profile ? trainingRecord(ctx, profile) : undefined;
  const cheer = record && cheerFor(record, undefined, ctx.today);
  const said = cheer && cheerLine(cheer, record.daysThisWeek);
  return said ? [line, text(said.key, said.vars)] : [line];
}

const WEEK_DAYS = 7;

/** The last seven days (today last, days without training as 0) and every startblok so far. */
function progressPicture(ctx: FlowContext): ProgressPicture {
  const tallies = [todayTally(ctx), ...(ctx.state.user?.recentDays ?? [])];
  const days = Array.from({ length: WEEK_DAYS }, (_, i) => {
    const date = new Date(Date.parse(`${ctx.today}T12:00:00Z`) - (WEEK_DAYS - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    return { date, sessions: tallies.find((d) => d.date === date)?.sessions ?? 0 };
  });
  const profile = ctx.state.user?.profile;
  // The history holds every startblok set, the current one last.
  const history = profile?.startblokHistory ?? [];
  const startbloks = history.length > 0 ? history : profile?.startblok ? [profile.startblok] : [];
  return { days, advice: dailyAdvice(currentPhase(ctx)), startbloks };
}

const ASPECT: Record<ProgressAspect, (ctx: FlowContext) => Part[]> = {
  vandaag: todayLine,
  week: weekLine,
  startblok: startblokLine,
};

/**
 * One aspect, or the whole summary; then the offer to train, and the picture on a screen. Asked
 * where a question is owed (a set under way), that question comes back instead of the offer.
 */
export async function progress(ctx: FlowContext, aspect: ProgressAspect | undefined): Promise<Answer> {
  // Without consent nothing of earlier sessions is known: said first, so "nog niet geoefend" is not taken as the truth.
  const notKept: Part[] = storing(ctx) ? [] : [text('progress.notKept')];
  const summary = [...notKept, ...(aspect ? ASPECT[aspect](ctx) : [...recentLines(ctx), ...startblokLine(ctx), ...programmeLine(ctx)])];
  const answer = await inPassing(ctx, summary, () =>
    askText('progress.askTrain', 'progress.askTrainReprompt', { step: storedStartblok(ctx) ? 'offerTraining' : 'offerMeasure' }),
  );
  // A set under way keeps its own screen.
  return answer.screen ? answer : { ...answer, screen: { kind: 'progress', picture: progressPicture(ctx) } };
}

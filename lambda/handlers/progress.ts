import type { Response } from 'ask-sdk-model';
import type { Phase } from '../domain/progress';
import { activeDays, dailyAdvice, daysBetween, encouragement, PROGRAMME, phaseOf, programmeStart, weeksTraining } from '../domain/progress';
import type { Speech } from '../speech/ssml';
import { join, nothing, say } from '../speech/ssml';
import type { TextKey } from '../speech/translator';
import type { Turn } from '../skill/turn';
import { todayTally } from '../skill/turn';
import { handler, isIntent, storedStartblok } from './common';
import { changeProfile } from './recording';
import { ask, askText } from '../skill/reply';
import type { ProgressPicture } from '../screen/progressScreen';
import { progressScreen } from '../screen/progressScreen';
import { customSlot } from './slots';
import { startMeasure } from './startblok';
import { startExercise } from './exercise';

/** How the user is doing: today, this week, the startblok's growth, the months of training. */

export function currentPhase(turn: Turn): Phase {
  const profile = turn.state.user?.profile;
  return phaseOf(profile?.startblok, profile?.maintenanceFrom !== undefined);
}

function todayLine(turn: Turn): Speech {
  const sessions = todayTally(turn).sessions;
  const phase = currentPhase(turn);
  const advice: Record<Phase, TextKey> = {
    startblok: 'progress.adviceStartblok',
    target: 'progress.adviceTarget',
    maintenance: 'progress.adviceMaintenance',
  };
  return join(
    say(sessions === 0 ? turn.t('progress.todayNone') : turn.t('progress.today', { count: sessions })),
    say(turn.t(advice[phase], dailyAdvice(phase))),
  );
}

function weekLine(turn: Turn): Speech {
  const days = activeDays([todayTally(turn), ...(turn.state.user?.recentDays ?? [])]);
  return say(days === 0 ? turn.t('progress.weekNone') : turn.t('progress.week', { count: days }));
}

function startblokLine(turn: Turn): Speech {
  const profile = turn.state.user?.profile;
  const current = profile?.startblok;
  if (!current) return say(turn.t('progress.noStartblok'));
  const first = profile?.startblokHistory?.[0];
  const vars = { hold: current.holdSeconds, repetitions: current.repetitions };
  if (first && (first.holdSeconds !== current.holdSeconds || first.repetitions !== current.repetitions)) {
    return say(turn.t('progress.startblokGrown', { ...vars, firstHold: first.holdSeconds, firstRepetitions: first.repetitions }));
  }
  return say(turn.t('progress.startblok', vars));
}

function programmeLine(turn: Turn): Speech {
  const startedOn = programmeStart(turn.state.user?.profile.startblokHistory);
  if (!startedOn) return nothing;
  if (daysBetween(startedOn, turn.today) >= PROGRAMME.programmeDays) return say(turn.t('progress.programmeDone'));
  const weeks = weeksTraining(startedOn, turn.today);
  const line = say(weeks === 0 ? turn.t('progress.firstWeek') : turn.t('progress.weeks', { count: weeks }));
  const kind = encouragement(startedOn, undefined, turn.today);
  return join(line, kind ? say(turn.t(kind === 'weeks3to6' ? 'progress.weeks3to6' : 'progress.later')) : nothing);
}

const WEEK_DAYS = 7;

/** The last seven days (today last, days without training as 0) and every startblok so far. */
function progressPicture(turn: Turn): ProgressPicture {
  const tallies = [todayTally(turn), ...(turn.state.user?.recentDays ?? [])];
  const days = Array.from({ length: WEEK_DAYS }, (_, i) => {
    const date = new Date(Date.parse(`${turn.today}T12:00:00Z`) - (WEEK_DAYS - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    return { date, sessions: tallies.find((d) => d.date === date)?.sessions ?? 0 };
  });
  const profile = turn.state.user?.profile;
  // The history holds every startblok set, the current one last.
  const history = profile?.startblokHistory ?? [];
  const startbloks = history.length > 0 ? history : profile?.startblok ? [profile.startblok] : [];
  return { days, advice: dailyAdvice(currentPhase(turn)), startbloks };
}

const ASPECT: Record<string, (turn: Turn) => Speech> = {
  vandaag: todayLine,
  week: weekLine,
  startblok: startblokLine,
};

export const ProgressHandler = handler(
  (input) => isIntent(input, 'ProgressIntent'),
  (turn) => {
    const slot = customSlot(turn.input, 'aspect');
    const only = slot.kind === 'matched' ? ASPECT[slot.value] : undefined;
    const summary = only ? only(turn) : join(todayLine(turn), weekLine(turn), startblokLine(turn), programmeLine(turn));
    return ask(
      turn,
      join(summary, say(turn.t('progress.askTrain'))),
      say(turn.t('progress.askTrainReprompt')),
      { step: storedStartblok(turn) ? 'offerTraining' : 'offerMeasure' },
      () => progressScreen(progressPicture(turn), turn.t),
    );
  },
);

/** "Het is te makkelijk": a stronger floor, so offer to measure the startblok again. */
export const EasyHandler = handler(
  (input) => isIntent(input, 'EasyIntent'),
  (turn) => askText(turn, 'progress.easy', 'progress.retestReprompt', { step: 'offerRetest' }),
);

export async function acceptMaintenance(turn: Turn): Promise<Response> {
  await changeProfile(turn, (p) => ({ ...p, maintenanceFrom: p.maintenanceFrom ?? turn.today }));
  const startblok = storedStartblok(turn);
  if (!startblok) return startMeasure(turn);
  return startExercise(turn, { programme: 'maintenance', holdSeconds: startblok.holdSeconds, repetitions: startblok.repetitions });
}

import type { DayCounter, DayIncrement, DayTally, UserProfile } from '../persistence/userData';
import { DAY_COUNTERS, emptyProfile } from '../persistence/userData';
import type { Turn } from './turn';
import { rememberTally, todayTally } from './turn';
import { saveWithRetry } from './persist';
import { writesAllowed } from './privacy';

export type Work = Partial<Record<DayCounter, number>> & { readonly holdSeconds?: number };

/**
 * Records completed work for today. Counted locally at once; when the database does not
 * take it, it waits in the session and every later turn retries it (same id, so once).
 */
export async function recordWork(turn: Turn, id: string, work: Work): Promise<DayTally> {
  const before = todayTally(turn);
  const increment = { id, date: turn.today } as Record<string, string | number>;
  const local = { date: turn.today } as Record<string, string | number>;
  for (const counter of DAY_COUNTERS) {
    increment[counter] = work[counter] ?? 0;
    local[counter] = before[counter] + (work[counter] ?? 0);
  }
  const hold = work.holdSeconds ?? before.holdSeconds;
  if (work.holdSeconds !== undefined) increment.holdSeconds = work.holdSeconds;
  if (hold !== undefined) local.holdSeconds = hold;
  return saveIncrement(turn, increment as DayIncrement, local as DayTally);
}

async function saveIncrement(turn: Turn, increment: DayIncrement, local: DayTally): Promise<DayTally> {
  if (!turn.state.user) turn.state.user = { profile: emptyProfile, today: local, recentDays: [] };
  rememberTally(turn, local);
  // After a failure in this turn the next request retries it (skill/turn.ts flushUnsaved), and
  // SessionEndedRequest once more (flows/session.ts).
  // Without consent the work counts in the session only, and never waits to be written.
  if (!writesAllowed(turn.state, turn.deps.assumeConsent)) return local;
  const user = turn.user;
  if (user === undefined || turn.storageDown) {
    turn.state.unsaved.push(increment);
    return local;
  }
  try {
    // Completed work is retried within this turn too, while the reply budget allows.
    const stored = await saveWithRetry(turn, () => turn.deps.store.addToDay(user, increment));
    rememberTally(turn, stored);
    return stored;
  } catch {
    turn.state.unsaved.push(increment);
    turn.storageDown = true;
    return local;
  }
}

/** Applies a profile change locally and, with consent, in the database; false when the database did not take it. */
export async function changeProfile(turn: Turn, change: (p: UserProfile) => UserProfile): Promise<boolean> {
  const current = turn.state.user?.profile ?? emptyProfile;
  const today = todayTally(turn);
  const recentDays = turn.state.user?.recentDays ?? [];
  // Without consent the change lives in the session only: as intended, so no failure to report.
  const allowed = writesAllowed(turn.state, turn.deps.assumeConsent);
  if (allowed && turn.user !== undefined && !turn.storageDown) {
    try {
      const saved = await turn.deps.store.updateProfile(turn.user, current, change);
      turn.state.user = { profile: saved, today, recentDays };
      return true;
    } catch (error) {
      turn.storageDown = true;
      turn.deps.log({ event: 'storage', error: (error as Error).name });
    }
  }
  turn.state.user = { profile: change(current), today, recentDays };
  return !allowed;
}

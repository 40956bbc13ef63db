import type { DayIncrement, DayTally, UserProfile } from '../persistence/userData';
import { emptyProfile } from '../persistence/userData';
import type { Turn } from '../skill/turn';
import { rememberTally, todayTally } from '../skill/turn';

export type Work = Partial<Pick<DayIncrement, 'sessions' | 'repetitions' | 'quickSets'>>;

/**
 * Records completed work for today. Counted locally at once; when the database does not
 * take it, it waits in the session and every later turn retries it (same id, so once).
 */
export async function recordWork(turn: Turn, id: string, work: Work): Promise<DayTally> {
  const increment: DayIncrement = {
    id,
    date: turn.today,
    sessions: work.sessions ?? 0,
    repetitions: work.repetitions ?? 0,
    quickSets: work.quickSets ?? 0,
  };
  const before = todayTally(turn);
  const local: DayTally = {
    date: turn.today,
    sessions: before.sessions + increment.sessions,
    repetitions: before.repetitions + increment.repetitions,
    quickSets: before.quickSets + increment.quickSets,
  };
  if (!turn.state.user) turn.state.user = { profile: emptyProfile, today: local };
  rememberTally(turn, local);
  if (turn.userKey === undefined) {
    turn.state.unsaved.push(increment);
    return local;
  }
  try {
    const stored = await turn.deps.store.addToDay(turn.userKey, increment);
    rememberTally(turn, stored);
    return stored;
  } catch (error) {
    turn.state.unsaved.push(increment);
    turn.deps.log({ event: 'storage', error: (error as Error).name });
    return local;
  }
}

/** Applies a profile change locally and in the database; false when only local. */
export async function changeProfile(turn: Turn, change: (p: UserProfile) => UserProfile): Promise<boolean> {
  const current = turn.state.user?.profile ?? emptyProfile;
  const today = todayTally(turn);
  if (turn.userKey !== undefined && !turn.storageDown) {
    try {
      const saved = await turn.deps.store.updateProfile(turn.userKey, current, change);
      turn.state.user = { profile: saved, today };
      return true;
    } catch (error) {
      turn.deps.log({ event: 'storage', error: (error as Error).name });
    }
  }
  turn.state.user = { profile: change(current), today };
  return false;
}

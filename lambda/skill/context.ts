import type { ClockTime } from '../domain/reminderTimes';
import type { DayTally, UserProfile } from '../persistence/userData';
import { createDailyReminders, deleteAllReminders, listReminderTimes, remindersGranted } from '../services/reminders';
import { explicitWording } from '../domain/discretion';
import { METRIC } from '../services/metrics';
import { SkillEventError } from './errors';
import type { Logger } from './log';
import { budgetAllows } from './persist';
import type { Work } from './recording';
import { changeProfile, noteProfile, recordWork } from './recording';
import { discretionOf } from './privacy';
import type { SessionState } from './sessionState';
import type { Turn } from './turn';
import { flushUnsaved } from './turn';

/** The database, as the flows see it: every write is bounded and never throws. */
export interface FlowStore {
  /**
   * Applies a profile change locally at once and stores it: true only when the database took it,
   * so "dat onthoud ik" is said only then. What it did not take waits in the session and is
   * written later (at most one profile write per turn: skill/persist.ts).
   */
  changeProfile(change: (p: UserProfile) => UserProfile): Promise<boolean>;
  /** A change that needs no answer now (a date noted): written with the turn's one profile write. */
  noteProfile(change: (p: UserProfile) => UserProfile): void;
  /** Records completed work for today; what the database does not take waits in the session. */
  recordWork(id: string, work: Work): Promise<DayTally>;
  /** Writes what waits in the session; true when nothing is left. */
  flushUnsaved(): Promise<boolean>;
  /** The session's last chance to save what waits (Alexa closed it); what still fails is handed off after it. */
  lastChanceFlush(): Promise<void>;
  /** Deletes the asking user's own data, leaving an erasure marker; false when that failed. */
  deleteUser(): Promise<boolean>;
  /** Deletes a whole account (the skill was disabled); throws SkillEventError when that failed, so it is retried and alarmed. */
  deleteAccount(userId: string): Promise<void>;
}

/** The Alexa Reminders API; the calls throw RemindersError (services/reminders.ts). */
export interface RemindersPort {
  granted(): boolean;
  createDaily(times: readonly ClockTime[]): Promise<void>;
  list(): Promise<ClockTime[]>;
  deleteAll(): Promise<number>;
}

/**
 * What a flow works with: the session's state and today's date as data, the outside world
 * as ports. No SDK and no translator, so a flow is tested with a plain object.
 */
export interface FlowContext {
  readonly today: string;
  /** The session: flows read the dialog and the cached profile, and keep the self-test's progress here. */
  readonly state: SessionState;
  readonly store: FlowStore;
  readonly reminders: RemindersPort;
  /** A fresh id per exercise run, so a retried write counts once. */
  readonly newId: () => string;
  /** A number in [0, 1): which technique tip a training opens with, rotating over sessions. */
  readonly random: () => number;
  readonly log: Logger;
  /** False only in tests of other features (deps.assumeConsent): then nobody is asked, and writes go through. */
  readonly askConsent: boolean;
}

export function contextOf(turn: Turn): FlowContext {
  const { input, deps } = turn;
  return {
    today: turn.today,
    state: turn.state,
    newId: deps.newId,
    random: deps.random,
    log: deps.log,
    askConsent: deps.assumeConsent !== true,
    store: {
      changeProfile: (change) => changeProfile(turn, change),
      noteProfile: (change) => noteProfile(turn, change),
      recordWork: (id, work) => recordWork(turn, id, work),
      flushUnsaved: () => flushUnsaved(turn),
      async lastChanceFlush() {
        if (turn.state.unsaved.length > 0 && budgetAllows(turn)) {
          turn.storageDown = false;
          await flushUnsaved(turn);
        }
      },
      async deleteUser() {
        if (turn.user === undefined) return false;
        try {
          // A marker with the time stays, so sessions opened before it (other devices) write nothing back.
          await deps.store.deleteUser(turn.user, deps.now().getTime(), { abortSignal: turn.signal });
          return true;
        } catch (error) {
          deps.log({ event: 'storage', error: (error as Error).name });
          deps.metric?.(METRIC.deletionFailed);
          return false;
        }
      },
      async deleteAccount(userId) {
        try {
          await deps.store.deleteAccount(userId, deps.now().getTime(), { abortSignal: turn.signal });
        } catch (error) {
          deps.log({ event: 'storage', error: (error as Error).name });
          deps.metric?.(METRIC.deletionFailed);
          throw new SkillEventError(error);
        }
      },
    },
    reminders: {
      granted: () => remindersGranted(input),
      // The turn's deadline ends these calls too: a slow API is told as failed in time.
      createDaily: (times) =>
        createDailyReminders(
          input,
          times,
          turn.today,
          turn.t(explicitWording(discretionOf(turn.state)) ? 'discretion.reminderExplicit' : 'discretion.reminderNeutral'),
          turn.signal,
        ),
      list: () => listReminderTimes(input, turn.signal),
      deleteAll: () => deleteAllReminders(input, turn.signal),
    },
  };
}
